#pragma once

#include "devserver/AuthorizationCodes.h"
#include "devserver/Clock.h"
#include "devserver/DeviceAuthorizations.h"
#include "devserver/PendingAuthentications.h"
#include "devserver/Reply.h"
#include "devserver/ServerOptions.h"
#include "devserver/ServerStats.h"
#include "devserver/Sessions.h"
#include "devserver/TokenIssuer.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <functional>
#include <optional>

namespace astro::devserver {

class FormData;

// The HTTP face of the dev server: WorkOS User Management (device flow, refresh), the Astro
// API (/v1), the verification page (/device) and the test controls (/_dev). State lives in
// the small classes it owns; this class maps requests onto them and keeps the statistics.
class DevServer : public QObject
{
    Q_OBJECT
public:
    explicit DevServer(const ServerOptions &options, QObject *parent = nullptr);

    // Listens on 127.0.0.1 only. Returns an error message, empty on success.
    QString listen();
    quint16 port() const { return m_port; }
    QString baseUrl() const { return m_baseUrl; }

private:
    using Handler = std::function<Reply(const QHttpServerRequest &)>;

    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    void send(const QHttpServerRequest &request, QHttpServerResponder &&responder, Reply reply);
    void log(const QByteArray &line) const;
    Reply fallback(const QHttpServerRequest &request);

    // WorkOS User Management
    Reply authorizeDevice(const QHttpServerRequest &request);
    Reply authenticate(const QHttpServerRequest &request);
    Reply deviceCodeGrant(const FormData &form);
    Reply authorizationCodeGrant(const FormData &form);
    Reply organizationSelectionGrant(const FormData &form);
    Reply refreshTokenGrant(const FormData &form);
    Reply redeemRefreshToken(const FormData &form);
    Reply authenticationError() const;
    // Tokens for `identity`, or 403 organization_selection_required when it has several
    // organizations and none was chosen.
    Reply signIn(const QString &identity, const QString &organizationId);
    Reply tokens(const QString &sessionId);
    std::optional<Reply> rejectClient(const FormData &form) const;
    std::optional<Reply> redirection(const QHttpServerRequest &request) const;

    // Browser sign-in (authorization code + PKCE)
    Reply webAuthorize(const QHttpServerRequest &request);
    Reply webDecision(const QHttpServerRequest &request);
    Reply finishWebAuthorization(const AuthorizationCodes::Request &request, bool approved);

    // Astro API
    Reply me(const QHttpServerRequest &request);
    Reply api(const QHttpServerRequest &request);
    std::optional<Reply> rejectBearer(const QHttpServerRequest &request, AccessClaims *claims);

    // Verification page
    Reply devicePage(const QHttpServerRequest &request);
    Reply deviceDecision(const QHttpServerRequest &request);

    // Test controls
    Reply decide(const QHttpServerRequest &request, DeviceAuthorizations::Decision decision);
    Reply configure(const QHttpServerRequest &request);
    Reply advanceClock(const QHttpServerRequest &request);

    QJsonObject userObject(const QString &identity) const;
    Reply sessionLogout(const QHttpServerRequest &request);
    Reply jwks(const QString &clientId) const;

    ServerOptions m_options;
    QHttpServer m_http;
    TokenIssuer m_tokens;
    DeviceAuthorizations m_devices;
    Clock m_clock; // for authorization codes and pending authentication tokens
    AuthorizationCodes m_codes {m_clock};
    PendingAuthentications m_pending {m_clock};
    Sessions m_sessions;
    ServerStats m_stats;
    QHash<QString, QByteArrayList> m_routeMethods; // path -> methods, for 405 and Allow
    quint16 m_port = 0;
    QString m_baseUrl;
};

} // namespace astro::devserver
