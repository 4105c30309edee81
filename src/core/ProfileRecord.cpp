#include "core/ProfileRecord.h"

#include "core/WorkOsProtocol.h"

#include <QCoreApplication>

namespace ast {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::ProfileRecord)
};
} // namespace

QString storageKindName(StorageKind kind)
{
    return kind == StorageKind::Keyring ? QStringLiteral("keyring") : QStringLiteral("file");
}

namespace {
QString isoTime(const QDateTime &time)
{
    // Milliseconds kept: a short-lived token's refresh time must survive a round trip.
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

void insertIfSet(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}
} // namespace

ProfileStatus::State ProfileRecord::state() const
{
    if (user.id.isEmpty())
        return ProfileStatus::State::SignedOut;
    if (sessionEndedAt.isValid())
        return ProfileStatus::State::SessionEnded;
    return ProfileStatus::State::SignedIn;
}

void ProfileRecord::applyAuthentication(const Authentication &authentication)
{
    user = authentication.user;
    if (!authentication.organizationId.isEmpty())
        organizationId = authentication.organizationId;
    if (!authentication.sessionId.isEmpty())
        sessionId = authentication.sessionId;
    accessReceivedAt = authentication.tokens.receivedAt;
    accessExpiresAt = authentication.tokens.accessExpiresAt;
}

void ProfileRecord::clearSession()
{
    user = {};
    organizationId.clear();
    sessionId.clear();
    accessReceivedAt = {};
    accessExpiresAt = {};
    sessionEndedAt = {};
    fileTokens.reset();
}

QJsonObject ProfileRecord::toJson() const
{
    QJsonObject json;
    insertIfSet(json, QLatin1String("server"), server.toString());
    insertIfSet(json, QLatin1String("auth_url"), authUrl.toString());
    insertIfSet(json, QLatin1String("client_id"), clientId);
    if (!user.id.isEmpty()) {
        QJsonObject userJson {{QLatin1String("id"), user.id}};
        insertIfSet(userJson, QLatin1String("email"), user.email);
        insertIfSet(userJson, QLatin1String("first_name"), user.firstName);
        insertIfSet(userJson, QLatin1String("last_name"), user.lastName);
        json.insert(QLatin1String("user"), userJson);
    }
    insertIfSet(json, QLatin1String("organization_id"), organizationId);
    insertIfSet(json, QLatin1String("session_id"), sessionId);
    insertIfSet(json, QLatin1String("access_token_received_at"), isoTime(accessReceivedAt));
    insertIfSet(json, QLatin1String("access_token_expires_at"), isoTime(accessExpiresAt));
    insertIfSet(json, QLatin1String("session_ended_at"), isoTime(sessionEndedAt));
    json.insert(QLatin1String("storage"), storageKindName(storage));
    if (generation > 0)
        json.insert(QLatin1String("generation"), generation);
    if (storage == StorageKind::File && fileTokens && !fileTokens->isEmpty()) {
        json.insert(QLatin1String("tokens"),
                    QJsonObject {{QLatin1String("access_token"), fileTokens->accessToken},
                                 {QLatin1String("refresh_token"), fileTokens->refreshToken}});
    }
    return json;
}

Result<ProfileRecord> ProfileRecord::fromJson(const QString &name, const QJsonObject &json)
{
    auto invalid = [&name](const char *field) {
        return Error {
            ErrorKind::CorruptCredentials,
            {},
            Tr::tr("profile \"%1\": invalid field \"%2\"").arg(name, QLatin1String(field))};
    };
    for (const char *field :
         {"server", "auth_url", "client_id", "organization_id", "session_id",
          "access_token_received_at", "access_token_expires_at", "session_ended_at", "storage"}) {
        const QJsonValue value = json.value(QLatin1String(field));
        if (!value.isUndefined() && !value.isString())
            return invalid(field);
    }
    ProfileRecord record;
    record.name = name;
    record.server = QUrl(json.value(QLatin1String("server")).toString());
    record.authUrl = QUrl(json.value(QLatin1String("auth_url")).toString());
    record.clientId = json.value(QLatin1String("client_id")).toString();
    const QJsonValue userValue = json.value(QLatin1String("user"));
    if (!userValue.isUndefined()) {
        if (!userValue.isObject())
            return invalid("user");
        const QJsonObject user = userValue.toObject();
        record.user.id = user.value(QLatin1String("id")).toString();
        record.user.email = user.value(QLatin1String("email")).toString();
        record.user.firstName = user.value(QLatin1String("first_name")).toString();
        record.user.lastName = user.value(QLatin1String("last_name")).toString();
    }
    record.organizationId = json.value(QLatin1String("organization_id")).toString();
    record.sessionId = json.value(QLatin1String("session_id")).toString();
    record.accessReceivedAt = parseTime(json.value(QLatin1String("access_token_received_at")));
    record.accessExpiresAt = parseTime(json.value(QLatin1String("access_token_expires_at")));
    record.sessionEndedAt = parseTime(json.value(QLatin1String("session_ended_at")));
    const QString storage = json.value(QLatin1String("storage")).toString(QStringLiteral("file"));
    if (storage == QLatin1String("keyring"))
        record.storage = StorageKind::Keyring;
    else if (storage == QLatin1String("file"))
        record.storage = StorageKind::File;
    else
        return invalid("storage");
    const QJsonValue generation = json.value(QLatin1String("generation"));
    if (!generation.isUndefined()) {
        if (!generation.isDouble() || generation.toDouble() < 0)
            return invalid("generation");
        record.generation = generation.toInteger();
    }
    const QJsonValue tokens = json.value(QLatin1String("tokens"));
    if (!tokens.isUndefined()) {
        const QJsonObject object = tokens.toObject();
        const QJsonValue access = object.value(QLatin1String("access_token"));
        const QJsonValue refresh = object.value(QLatin1String("refresh_token"));
        if (!tokens.isObject() || !access.isString() || !refresh.isString())
            return invalid("tokens");
        record.fileTokens = TokenPair {access.toString(), refresh.toString()};
    }
    return record;
}

} // namespace ast
