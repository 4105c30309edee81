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

struct Organization
{
    QString id;
    QString name;
    bool operator==(const Organization &) const = default;
};

// The 403 `organization_selection_required` reply of authenticate: the user belongs to several
// organizations and the sign-in finishes once one is chosen.
struct OrganizationSelection
{
    QString pendingAuthenticationToken; // secret: never shown or logged
    UserInfo user;
    QList<Organization> organizations;
};

// Requests and replies of WorkOS User Management CLI Auth. Pure functions: no I/O, so the
// parsers can be unit-tested and fuzzed on their own.
namespace WorkOs {

inline constexpr QLatin1String DeviceCodeGrant {"urn:ietf:params:oauth:grant-type:device_code"};
inline constexpr QLatin1String RefreshTokenGrant {"refresh_token"};
inline constexpr QLatin1String AuthorizationCodeGrant {"authorization_code"};
inline constexpr QLatin1String OrganizationSelectionGrant {
    "urn:workos:oauth:grant-type:organization-selection"};
inline constexpr QLatin1String OrganizationSelectionRequiredCode {
    "organization_selection_required"};

// What the browser's authorize URL carries besides the client id (docs/protocol.md).
struct AuthorizeRequest
{
    QUrl redirectUri;
    QString codeChallenge; // S256
    QString state;
    QString organizationId; // optional: AuthKit then selects this organization
    QString loginHint; // optional: pre-fills the email
};

// Before any request of a sign-in: a client id, and an auth URL the URL policy accepts.
Status checkSignInTarget(const QUrl &authBase, const QString &clientId);

QUrl authorizeDeviceUrl(const QUrl &authBase);
QUrl authenticateUrl(const QUrl &authBase);
// GET {auth}/user_management/sessions/logout?session_id=<sid>: public, ends the session.
QUrl sessionLogoutUrl(const QUrl &authBase, const QString &sessionId);
QUrlQuery authorizeDeviceForm(const QString &clientId);
QUrlQuery deviceCodeForm(const QString &clientId, const QString &deviceCode);
// `organizationId` (optional) asks for a token scoped to that organization.
QUrlQuery refreshForm(const QString &clientId, const QString &refreshToken,
                      const QString &organizationId = {});
// GET {auth}/user_management/authorize?...: the page the browser opens for the code flow.
QUrl authorizeUrl(const QUrl &authBase, const QString &clientId, const AuthorizeRequest &request);
QUrlQuery authorizationCodeForm(const QString &clientId, const QString &code,
                                const QString &codeVerifier);
QUrlQuery organizationSelectionForm(const QString &clientId,
                                    const QString &pendingAuthenticationToken,
                                    const QString &organizationId);

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
// The body of a 403 organization_selection_required reply; fails unless it carries a pending
// token and at least one organization with an id.
Result<OrganizationSelection> parseOrganizationSelection(const QByteArray &body);

// Classifies a non-2xx authenticate/authorize reply: transient transport errors, the OAuth
// codes with a meaning of their own, and any other server refusal. A complete
// organization_selection_required reply becomes OrganizationSelectionRequired with its payload.
Error classifyFailure(const HttpResult &result);

} // namespace WorkOs
} // namespace ast

// Carried by the flows' signals (every sign-in flow ends in the same two).
Q_DECLARE_METATYPE(ast::Authentication)
