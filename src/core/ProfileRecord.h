#pragma once

#include "core/ProfileStatus.h"
#include "core/Result.h"
#include "core/TokenSet.h"
#include "core/UserInfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace ast {

struct Authentication;

enum class StorageKind { File, Keyring };
QString storageKindName(StorageKind kind);

// One profile's entry in credentials.json: non-secret metadata, plus the tokens themselves
// only when the file is the secret store for this profile.
struct ProfileRecord
{
    QString name;
    QUrl server;
    QUrl authUrl;
    QString clientId;
    UserInfo user;
    QString organizationId;
    QString sessionId;
    QDateTime accessReceivedAt; // UTC
    QDateTime accessExpiresAt; // UTC
    QDateTime sessionEndedAt; // set when refresh answered invalid_grant
    StorageKind storage = StorageKind::File;
    std::optional<TokenPair> fileTokens; // only with StorageKind::File
    // Bumped by every login, refresh, logout and session end: a refresh saves its result only
    // while the profile still holds the generation it started from (docs/SECURITY.md).
    qint64 generation = 0;

    // SignedOut, SignedIn or SessionEnded, from the metadata alone (see ProfileStatus::of).
    ProfileStatus::State state() const;
    // Takes who signed in and the new access token's times from a login or refresh reply.
    // The organization and session are kept when the reply leaves them out (a refresh may).
    void applyAuthentication(const Authentication &authentication);
    // Forgets the signed-in identity but keeps where the profile points (server, auth, client).
    void clearSession();

    QJsonObject toJson() const;
    static Result<ProfileRecord> fromJson(const QString &name, const QJsonObject &json);
};

} // namespace ast
