#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Pkce.h"
#include "core/WorkOsProtocol.h"

#include <QObject>
#include <QPointer>

namespace ast {

class HttpClient;
class LoopbackRedirectListener;

// Browser sign-in without a code (RFC 8252 authorization code + PKCE on a loopback redirect,
// docs/protocol.md): start() -> authorizeUrlReady (open it in the browser) -> the browser comes
// back to 127.0.0.1 -> code exchange -> succeeded | failed. Same ending signals as
// DeviceAuthorizationFlow, so whoever stores the result can take either flow. Exactly one of
// succeeded/failed is emitted, once, unless cancel() was called first.
class AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, WaitingForBrowser, Exchanging, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    AuthorizationCodeFlow(HttpClient *http, QUrl authBase, QString clientId,
                          Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // Optional, before start(): AuthKit selects this organization / pre-fills this email.
    void setOrganizationId(const QString &organizationId) { m_organizationId = organizationId; }
    void setLoginHint(const QString &loginHint) { m_loginHint = loginHint; }
    // How long the browser has to come back (5 minutes unless a test says otherwise).
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }

    void start();
    void cancel();

    State state() const { return m_state; }
    QUrl redirectUri() const;

Q_SIGNALS:
    // Open `url` in the browser (through the URL policy, which it has already passed) and show
    // it; the listener waits until `expiresAt`.
    void authorizeUrlReady(const QUrl &url, const QDateTime &expiresAt);
    // The browser came back; the code is being exchanged.
    void exchanging();
    void succeeded(const ast::Authentication &authentication);
    void failed(const ast::Error &error);

private:
    void onCallback(const QUrlQuery &query);
    void onExchangeReply(const HttpResult &result);
    void fail(Error error);

    HttpClient *m_http;
    QUrl m_authBase;
    QString m_clientId;
    Clock *m_clock;
    QString m_organizationId;
    QString m_loginHint;
    std::chrono::milliseconds m_deadline;

    State m_state = State::Idle;
    Pkce m_pkce;
    LoopbackRedirectListener *m_listener = nullptr;
    QPointer<QNetworkReply> m_inFlight;
};

} // namespace ast
