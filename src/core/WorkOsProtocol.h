#pragma once

#include "core/HttpClient.h"
#include "core/Result.h"
#include "core/TokenSet.h"
#include "core/UserInfo.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace ast {

// RFC 8628 3.2 reply of POST /user_management/authorize/device.
struct DeviceAuthorization
{
    QString deviceCode; // secret: never shown or logged
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // may be empty
    int expiresInSecs = 0;
    int intervalSecs = 5;

    QUrl browserUrl() const
    {
        return verificationUriComplete.isEmpty() ? verificationUri : verificationUriComplete;
    }
};

// A successful authenticate reply (device code or refresh grant).
struct Authentication
{
    UserInfo user;
    QString organizationId;
    QString authenticationMethod;
    QString sessionId; // from the access token's sid claim
    TokenSet tokens;
};

// Requests and replies of WorkOS User Management CLI Auth. Pure functions: no I/O, so the
// parsers can be unit-tested and fuzzed on their own.
namespace WorkOs {

inline constexpr QLatin1String DeviceCodeGrant {"urn:ietf:params:oauth:grant-type:device_code"};
inline constexpr QLatin1String RefreshTokenGrant {"refresh_token"};

QUrl authorizeDeviceUrl(const QUrl &authBase);
QUrl authenticateUrl(const QUrl &authBase);
// GET {auth}/user_management/sessions/logout?session_id=<sid>: public, ends the session.
QUrl sessionLogoutUrl(const QUrl &authBase, const QString &sessionId);
QUrlQuery authorizeDeviceForm(const QString &clientId);
QUrlQuery deviceCodeForm(const QString &clientId, const QString &deviceCode);
QUrlQuery refreshForm(const QString &clientId, const QString &refreshToken);

Result<DeviceAuthorization> parseDeviceAuthorization(const QByteArray &body);
// `receivedAt` anchors the access-token expiry on our clock.
Result<Authentication> parseAuthentication(const QByteArray &body, const QDateTime &receivedAt);

// Both error shapes: {error, error_description} (OAuth) and {code, message} (WorkOS).
struct ErrorReply
{
    QString code;
    QString message;
};
std::optional<ErrorReply> parseErrorReply(const QByteArray &body);

// Classifies a non-2xx authenticate/authorize reply: transient transport errors, the OAuth
// codes with a meaning of their own, and any other server refusal.
Error classifyFailure(const HttpResult &result);

} // namespace WorkOs
} // namespace ast
