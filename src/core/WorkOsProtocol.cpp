#include "core/WorkOsProtocol.h"

#include "core/AccessToken.h"
#include "core/TerminalText.h"
#include "core/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ast {

namespace WorkOs {

namespace {
// Bounds that no genuine reply exceeds; anything beyond is a hostile or broken server.
constexpr int MaxFieldLength = 16 * 1024;
constexpr int MaxExpiresIn = 24 * 3600;
constexpr int MaxInterval = 300;

// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::WorkOs)
};

Error badReply(const QString &detail)
{
    return {ErrorKind::BadReply, {}, detail};
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A required, non-empty string field of sane length.
std::optional<QString> requiredString(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString();
    if (text.isEmpty() || text.size() > MaxFieldLength)
        return std::nullopt;
    return text;
}

QString optionalString(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() && value.toString().size() <= MaxFieldLength ? value.toString()
                                                                         : QString();
}

Error missingField(QLatin1String key)
{
    return badReply(Tr::tr("missing or invalid field \"%1\"").arg(key));
}

// Keeps server-provided text printable and short before it reaches a terminal.
QString sanitized(const QString &text)
{
    return TerminalText::sanitized(text).simplified();
}
} // namespace

QUrl authorizeDeviceUrl(const QUrl &authBase)
{
    QUrl url = authBase;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/user_management/authorize/device"));
    return url;
}

QUrl authenticateUrl(const QUrl &authBase)
{
    QUrl url = authBase;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/user_management/authenticate"));
    return url;
}

QUrl sessionLogoutUrl(const QUrl &authBase, const QString &sessionId)
{
    QUrl url = authBase;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/user_management/sessions/logout"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("session_id"), sessionId);
    url.setQuery(query);
    return url;
}

QUrlQuery authorizeDeviceForm(const QString &clientId)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    return form;
}

namespace {
// An authenticate form: the grant, its own fields (an empty optional one is left out), then the
// (public) client.
QUrlQuery grantForm(QLatin1String grant, const QString &clientId,
                    std::initializer_list<std::pair<QLatin1String, QString>> fields)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), grant);
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty())
            form.addQueryItem(key, value);
    }
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    return form;
}
} // namespace

Status checkSignInTarget(const QUrl &authBase, const QString &clientId)
{
    if (clientId.trimmed().isEmpty())
        return Error {ErrorKind::MissingClientId};
    return UrlPolicy::check(authBase, UrlPolicy::Role::AuthUrl);
}

QUrlQuery deviceCodeForm(const QString &clientId, const QString &deviceCode)
{
    return grantForm(DeviceCodeGrant, clientId, {{"device_code"_L1, deviceCode}});
}

QUrlQuery refreshForm(const QString &clientId, const QString &refreshToken,
                      const QString &organizationId)
{
    return grantForm(RefreshTokenGrant, clientId,
                     {{"refresh_token"_L1, refreshToken}, {"organization_id"_L1, organizationId}});
}

QUrl authorizeUrl(const QUrl &authBase, const QString &clientId, const AuthorizeRequest &request)
{
    QUrl url = authBase;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/user_management/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       request.redirectUri.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("provider"), QStringLiteral("authkit"));
    query.addQueryItem(QStringLiteral("code_challenge"), request.codeChallenge);
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), request.state);
    if (!request.organizationId.isEmpty())
        query.addQueryItem(QStringLiteral("organization_id"), request.organizationId);
    if (!request.loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), request.loginHint);
    // Every reserved character of a value (':' '/' '@' '+' '&' '=') is percent-encoded, so the
    // redirect URI and hints arrive as one value each.
    QString encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

QUrlQuery authorizationCodeForm(const QString &clientId, const QString &code,
                                const QString &codeVerifier)
{
    return grantForm(AuthorizationCodeGrant, clientId,
                     {{"code"_L1, code}, {"code_verifier"_L1, codeVerifier}});
}

QUrlQuery organizationSelectionForm(const QString &clientId,
                                    const QString &pendingAuthenticationToken,
                                    const QString &organizationId)
{
    return grantForm(OrganizationSelectionGrant, clientId,
                     {{"pending_authentication_token"_L1, pendingAuthenticationToken},
                      {"organization_id"_L1, organizationId}});
}

Result<DeviceAuthorization> parseDeviceAuthorization(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return badReply(Tr::tr("the device authorization reply is not a JSON object"));
    DeviceAuthorization result;
    const auto deviceCode = requiredString(*object, QLatin1String("device_code"));
    if (!deviceCode)
        return missingField(QLatin1String("device_code"));
    const auto userCode = requiredString(*object, QLatin1String("user_code"));
    // The user compares this code with the browser's (RFC 8628 5.4): one with nothing
    // printable in it cannot be shown, so it is refused.
    if (!userCode || userCode->size() > 64 || sanitized(*userCode).isEmpty())
        return missingField(QLatin1String("user_code"));
    const auto uri = requiredString(*object, QLatin1String("verification_uri"));
    if (!uri || !QUrl(*uri, QUrl::StrictMode).isValid())
        return missingField(QLatin1String("verification_uri"));
    const QJsonValue expiresIn = object->value(QLatin1String("expires_in"));
    if (!expiresIn.isDouble() || expiresIn.toDouble() < 1 || expiresIn.toDouble() > MaxExpiresIn)
        return missingField(QLatin1String("expires_in"));

    result.deviceCode = *deviceCode;
    result.userCode = sanitized(*userCode);
    result.verificationUri = QUrl(*uri, QUrl::StrictMode);
    result.expiresInSecs = int(expiresIn.toDouble());
    const QString complete = optionalString(*object, QLatin1String("verification_uri_complete"));
    if (!complete.isEmpty()) {
        result.verificationUriComplete = QUrl(complete, QUrl::StrictMode);
        if (!result.verificationUriComplete.isValid())
            return missingField(QLatin1String("verification_uri_complete"));
    }
    const QJsonValue interval = object->value(QLatin1String("interval"));
    if (interval.isDouble()) {
        const double secs = interval.toDouble();
        if (secs < 0 || secs > MaxInterval)
            return missingField(QLatin1String("interval"));
        // RFC 8628 3.2: 5 s when absent; a zero interval would hammer the server.
        result.intervalSecs = std::max(1, int(secs));
    } else if (!interval.isUndefined() && !interval.isNull()) {
        return missingField(QLatin1String("interval"));
    }
    return result;
}

Result<Authentication> parseAuthentication(const QByteArray &body, const QDateTime &receivedAt)
{
    const auto object = jsonObject(body);
    if (!object)
        return badReply(Tr::tr("the authentication reply is not a JSON object"));
    const auto accessToken = requiredString(*object, QLatin1String("access_token"));
    if (!accessToken)
        return missingField(QLatin1String("access_token"));
    const auto refreshToken = requiredString(*object, QLatin1String("refresh_token"));
    if (!refreshToken)
        return missingField(QLatin1String("refresh_token"));
    const QJsonValue userValue = object->value(QLatin1String("user"));
    if (!userValue.isObject())
        return missingField(QLatin1String("user"));
    const QJsonObject user = userValue.toObject();
    const auto userId = requiredString(user, QLatin1String("id"));
    if (!userId)
        return missingField(QLatin1String("user.id"));

    const auto claims = AccessTokenClaims::decode(*accessToken);
    if (!claims)
        return claims.error();

    Authentication result;
    result.user.id = *userId;
    result.user.email = sanitized(optionalString(user, QLatin1String("email")));
    result.user.firstName = sanitized(optionalString(user, QLatin1String("first_name")));
    result.user.lastName = sanitized(optionalString(user, QLatin1String("last_name")));
    result.organizationId = optionalString(*object, QLatin1String("organization_id"));
    if (result.organizationId.isEmpty())
        result.organizationId = claims->organizationId;
    result.authenticationMethod = optionalString(*object, QLatin1String("authentication_method"));
    result.sessionId = claims->sessionId;
    result.tokens.tokens = {*accessToken, *refreshToken};
    result.tokens.receivedAt = receivedAt;
    result.tokens.accessExpiresAt = claims->expiryFrom(receivedAt);
    // A lifetime that ends past year 9999 cannot be stored or shown: the expiry would be
    // empty and every call would refresh.
    if (!result.tokens.accessExpiresAt.isValid()
        || result.tokens.accessExpiresAt.date().year() > 9999)
        return badReply(Tr::tr("the access token's lifetime is out of range"));
    return result;
}

std::optional<ErrorReply> parseErrorReply(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return std::nullopt;
    ErrorReply reply;
    reply.code = optionalString(*object, QLatin1String("error"));
    if (!reply.code.isEmpty()) {
        reply.message = optionalString(*object, QLatin1String("error_description"));
    } else {
        reply.code = optionalString(*object, QLatin1String("code"));
        reply.message = optionalString(*object, QLatin1String("message"));
    }
    reply.code = sanitized(reply.code).left(100);
    reply.message = sanitized(reply.message);
    if (reply.code.isEmpty() && reply.message.isEmpty()) // also when nothing printable was left
        return std::nullopt;
    return reply;
}

Result<OrganizationSelection> parseOrganizationSelection(const QByteArray &body)
{
    constexpr int MaxOrganizations = 1000;
    const auto object = jsonObject(body);
    if (!object)
        return badReply(Tr::tr("the organization selection reply is not a JSON object"));
    if (optionalString(*object, QLatin1String("code")) != OrganizationSelectionRequiredCode)
        return missingField(QLatin1String("code"));
    const auto token = requiredString(*object, QLatin1String("pending_authentication_token"));
    if (!token)
        return missingField(QLatin1String("pending_authentication_token"));
    const QJsonValue organizations = object->value(QLatin1String("organizations"));
    if (!organizations.isArray() || organizations.toArray().isEmpty()
        || organizations.toArray().size() > MaxOrganizations)
        return missingField(QLatin1String("organizations"));

    OrganizationSelection result;
    result.pendingAuthenticationToken = *token;
    const QJsonObject user = object->value(QLatin1String("user")).toObject();
    result.user.id = optionalString(user, QLatin1String("id"));
    result.user.email = sanitized(optionalString(user, QLatin1String("email")));
    result.user.firstName = sanitized(optionalString(user, QLatin1String("first_name")));
    result.user.lastName = sanitized(optionalString(user, QLatin1String("last_name")));
    for (const QJsonValue &value : organizations.toArray()) {
        const QJsonObject organization = value.toObject();
        const auto id = requiredString(organization, QLatin1String("id"));
        // The id is typed back by the user and passed on the command line: printable only.
        if (!id || id->size() > 200 || sanitized(*id) != *id || id->contains(u' '))
            return missingField(QLatin1String("organizations.id"));
        result.organizations.append(
            {*id, sanitized(optionalString(organization, QLatin1String("name")))});
    }
    return result;
}

Error classifyFailure(const HttpResult &result)
{
    if (!result.gotReply() || result.isTransient())
        return result.transportError();
    const auto reply = parseErrorReply(result.body);
    if (!reply) {
        Error error = badReply(Tr::tr("HTTP %1 without an error description").arg(result.status));
        error.httpStatus = result.status;
        return error;
    }
    ErrorKind kind = ErrorKind::ServerRefused;
    if (reply->code == QLatin1String("access_denied"))
        kind = ErrorKind::AccessDenied;
    else if (reply->code == QLatin1String("expired_token"))
        kind = ErrorKind::ExpiredToken;
    else if (reply->code == QLatin1String("invalid_grant"))
        kind = ErrorKind::InvalidGrant;
    Error error {kind, reply->code, reply->message, result.status};
    if (reply->code == OrganizationSelectionRequiredCode) {
        // Without its payload the reply stays a plain refusal: there is nothing to choose from.
        auto selection = parseOrganizationSelection(result.body);
        if (selection) {
            error.kind = ErrorKind::OrganizationSelectionRequired;
            error.organizationSelection =
                std::make_shared<const OrganizationSelection>(std::move(selection.value()));
        }
    }
    return error;
}

} // namespace WorkOs
} // namespace ast
