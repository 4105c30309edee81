#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/WorkOsProtocol.h"

#include <QObject>
#include <QPointer>

namespace ast {

class HttpClient;

// RFC 8628 device authorization against WorkOS, as a state machine driven by the event loop:
// start() -> userCodeReady -> (polls) -> succeeded | failed. Exactly one of succeeded/failed
// is emitted, once, unless cancel() was called first.
//
// Polling rules (docs/protocol.md): wait `interval` before every poll; slow_down adds 5 s for good;
// network errors, timeouts, 408/429/5xx back off (doubling, honouring Retry-After) and keep
// polling; any error reply stops; the flow ends by itself when the code expires. One request
// is in flight at a time.
class DeviceAuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Polling, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    static constexpr int SlowDownStepSecs = 5;
    static constexpr int MaxBackoffSecs = 60;

    DeviceAuthorizationFlow(HttpClient *http, QUrl authBase, QString clientId,
                            Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~DeviceAuthorizationFlow() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    int intervalSecs() const { return m_intervalSecs; }
    int pollCount() const { return m_pollCount; }
    QDateTime expiresAt() const { return m_expiresAt; }

Q_SIGNALS:
    void userCodeReady(const ast::DeviceAuthorization &authorization, const QDateTime &expiresAt);
    // A transient problem while polling; the flow goes on (for "offline, retrying" hints).
    void pollingDelayed(const ast::Error &error, int retryInSecs);
    void succeeded(const ast::Authentication &authentication);
    void failed(const ast::Error &error);

private:
    void onAuthorizationReply(const HttpResult &result);
    void poll();
    void onPollReply(const HttpResult &result);
    void scheduleNextPoll(std::chrono::milliseconds delay);
    void fail(Error error);

    HttpClient *m_http;
    QUrl m_authBase;
    QString m_clientId;
    Clock *m_clock;

    State m_state = State::Idle;
    DeviceAuthorization m_authorization;
    QDateTime m_expiresAt;
    int m_intervalSecs = 5;
    int m_backoffSecs = 0; // > 0 while the server or network is failing
    int m_pollCount = 0;
    QPointer<QNetworkReply> m_inFlight;
    // Scheduled polls are tied to this object; cancel() invalidates them by epoch.
    quint64 m_epoch = 0;
};

} // namespace ast

Q_DECLARE_METATYPE(ast::DeviceAuthorization)
