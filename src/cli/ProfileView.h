#pragma once

#include "core/AstroApi.h"
#include "core/ProfileRecord.h"
#include "core/ProfileStatus.h"

#include <QJsonObject>

namespace ast::cli {

class Terminal;

// A profile as `whoami` and `status` show it, in words or as JSON (documented in README).
struct ProfileView
{
    QString profile;
    QUrl server;
    UserInfo user;
    QString organizationId;
    AccountInfo account; // from /v1/me
    QDateTime accessExpiresAt;
    QString storage; // keyring | file | environment
    ProfileStatus::State state = ProfileStatus::State::SignedOut;
    QString problem;

    static ProfileView fromRecord(const ProfileRecord &record);
    // Takes the user, organization and account the server reported (GET /v1/me).
    void applyMe(const MeReply &me);

    // Exact values (the JSON writer escapes them); print with TerminalText::terminalSafeJson.
    QJsonObject toJson() const;
    // Every value passes through TerminalText::sanitized(): they come from a server or a file.
    QString toText(const Terminal &terminal) const;
    QString toStatusText(const Terminal &terminal, bool current) const;
};

} // namespace ast::cli
