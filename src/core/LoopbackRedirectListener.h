#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace ast {

// The RFC 8252 loopback redirect endpoint of a browser sign-in (docs/protocol.md): a tiny HTTP
// server on the IPv4 literal 127.0.0.1 (never any other interface, never a name that could
// resolve elsewhere) and a random port. It takes exactly one GET of exactly `/callback`, answers
// it with a fixed page and stops listening; any other request gets a 404 and it keeps waiting.
// Nothing from a request is ever written back except the `error` text of the callback, and
// that only HTML-escaped. Requests are bounded in size and time; the whole wait has a deadline.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxRequestBytes = 8 * 1024; // request line + headers
    static constexpr std::chrono::milliseconds ConnectionTimeout {10'000};
    static constexpr std::chrono::milliseconds DefaultDeadline {5 * 60'000};
    static constexpr QLatin1String CallbackPath {"/callback"};

    explicit LoopbackRedirectListener(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Binds 127.0.0.1 on a free port and starts the deadline.
    Status listen(std::chrono::milliseconds deadline = DefaultDeadline);
    // Stops listening and drops open connections; no signal follows.
    void close();

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // http://127.0.0.1:{port}/callback
    QUrl redirectUri() const;
    QDateTime deadline() const { return m_deadline; }

Q_SIGNALS:
    // The one callback, with its query (already answered; the listener no longer listens).
    void callbackReceived(const QUrlQuery &query);
    // The deadline passed without a callback; the listener no longer listens.
    void timedOut();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &page);
    void stop();

    Clock *m_clock;
    QTcpServer *m_server;
    quint16 m_port = 0; // kept after close(): the redirect URI stays what it was
    QDateTime m_deadline;
    bool m_done = false;
    quint64 m_epoch = 0; // invalidates the deadline after close()
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace ast
