#include "core/LoopbackRedirectListener.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

using namespace std::chrono;

namespace ast {

namespace {
constexpr int MaxConnections = 16; // a page hammering the port cannot exhaust anything
constexpr int MaxErrorTextLength = 500;

// A complete page: fixed markup, the only variable part is `message`, escaped here.
QByteArray page(const QString &heading, const QString &message)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                          "<title>Astro</title></head><body style=\"font-family:sans-serif;"
                          "margin:3em\"><h1>%1</h1><p>%2</p></body></html>\n")
        .arg(heading.toHtmlEscaped(), message.toHtmlEscaped())
        .toUtf8();
}

// The value of the one Host header; empty when absent or repeated.
QByteArray hostHeader(const QByteArray &head)
{
    QByteArray host;
    int found = 0;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "host") {
            host = line.mid(colon + 1).trimmed();
            ++found;
        }
    }
    return found == 1 ? host : QByteArray();
}

// "GET /callback?x HTTP/1.1" -> ("GET", "/callback?x"); empty when malformed.
std::pair<QByteArray, QByteArray> requestLine(const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray line = (lineEnd < 0 ? head : head.left(lineEnd)).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1."))
        return {};
    return {parts[0], parts[1]};
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(MaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

Status LoopbackRedirectListener::listen(milliseconds deadline)
{
    Q_ASSERT(!m_server->isListening() && !m_done);
    // The literal address: "localhost" may resolve to ::1 or elsewhere, Any would expose the
    // port to the network.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0))
        return Error {ErrorKind::Network, {}, m_server->errorString()};
    m_port = m_server->serverPort();
    m_deadline = m_clock->now().addMSecs(deadline.count());
    const quint64 epoch = m_epoch;
    m_clock->callAfter(deadline, this, [this, epoch] {
        if (epoch != m_epoch || m_done)
            return;
        qCDebug(lcFlow) << "no browser callback before the deadline";
        stop();
        Q_EMIT timedOut();
    });
    qCDebug(lcFlow) << "waiting for the browser on" << redirectUri().toString();
    return std::nullopt;
}

void LoopbackRedirectListener::close()
{
    ++m_epoch;
    stop();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

QHostAddress LoopbackRedirectListener::address() const
{
    return m_server->serverAddress();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_port;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(CallbackPath);
    return url;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_done || m_buffers.size() >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A client that sends nothing (or trickles) does not hold a slot for long.
        m_clock->callAfter(ConnectionTimeout, socket, [this, socket] {
            m_buffers.remove(socket);
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end())
        return; // already answered
    buffer->append(socket->read(MaxRequestBytes + 1 - buffer->size()));
    qsizetype headEnd = buffer->indexOf("\r\n\r\n");
    if (headEnd < 0)
        headEnd = buffer->indexOf("\n\n");
    if (headEnd < 0) {
        if (buffer->size() > MaxRequestBytes)
            answer(socket, 431, "Request Header Fields Too Large",
                   page(tr("Request too large"), {}));
        return;
    }
    const QByteArray head = buffer->left(headEnd);
    const auto [method, target] = requestLine(head);
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray path = queryStart < 0 ? target : target.left(queryStart);
    // Exact match, no decoding or normalisation: "/callback/", "/%63allback" are other paths.
    // The Host must name this listener: a page whose own name was rebound to 127.0.0.1 (DNS
    // rebinding) sends its own name and gets nowhere.
    const QByteArray expectedHost = "127.0.0.1:" + QByteArray::number(m_port);
    if (m_done || method != "GET" || path != CallbackPath.latin1()
        || hostHeader(head) != expectedHost) {
        qCDebug(lcFlow) << "browser listener: refused a request (not the callback)";
        return answer(socket, 404, "Not Found", page(tr("Not found"), {}));
    }
    QByteArray rawQuery = queryStart < 0 ? QByteArray() : target.mid(queryStart + 1);
    rawQuery.replace('+', "%20"); // form encoding of a space
    const QUrlQuery query(QString::fromLatin1(rawQuery));
    m_done = true;
    if (query.hasQueryItem(QStringLiteral("error"))) {
        QString text = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        if (!description.isEmpty())
            text += QStringLiteral(": ") + description;
        answer(socket, 200, "OK", page(tr("Sign-in failed"), text.left(MaxErrorTextLength)));
    } else {
        answer(socket, 200, "OK",
               page(tr("Sign-in received"), tr("You can close this tab and return to Astro.")));
    }
    stop();
    Q_EMIT callbackReceived(query);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QByteArray &reason,
                                      const QByteArray &body)
{
    m_buffers.remove(socket);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Content-Length: "
        + QByteArray::number(body.size())
        + "\r\n"
          "Cache-Control: no-store\r\n"
          // The page runs nothing, loads nothing and tells nobody where it came from (its URL
          // holds the authorization code).
          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
          "Referrer-Policy: no-referrer\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "X-Frame-Options: DENY\r\n"
          "Connection: close\r\n\r\n";
    socket->write(response + body);
    // Into the kernel now: the process may exit right after the callback (a refused sign-in).
    socket->flush();
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::stop()
{
    m_server->close();
    // Connections still waiting to send a request are dropped; answered ones finish writing.
    const auto waiting = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : waiting)
        socket->abort();
}

} // namespace ast
