#include "devserver/Reply.h"

#include <QJsonDocument>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace astro::devserver {

Reply Reply::json(const QJsonObject &body, StatusCode status)
{
    return Reply(QHttpServerResponse("application/json"_ba,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact), status));
}

Reply Reply::oauthError(QLatin1StringView error, const QString &description, StatusCode status)
{
    return json({{u"error"_s, error}, {u"error_description"_s, description}}, status);
}

Reply Reply::plainStatus(int status)
{
    QByteArray reason;
    switch (status) {
    case 408:
        reason = "Request Timeout"_ba;
        break;
    case 429:
        reason = "Too Many Requests"_ba;
        break;
    case 500:
        reason = "Internal Server Error"_ba;
        break;
    case 502:
        reason = "Bad Gateway"_ba;
        break;
    case 503:
        reason = "Service Unavailable"_ba;
        break;
    case 504:
        reason = "Gateway Timeout"_ba;
        break;
    default:
        reason = "Error "_ba + QByteArray::number(status);
        break;
    }
    return Reply(QHttpServerResponse("text/plain; charset=utf-8"_ba, reason,
                                     static_cast<StatusCode>(status)));
}

Reply Reply::html(const QByteArray &body, StatusCode status)
{
    return Reply(QHttpServerResponse("text/html; charset=utf-8"_ba, body, status));
}

Reply Reply::bytes(const QByteArray &mimeType, const QByteArray &body, StatusCode status)
{
    return Reply(QHttpServerResponse(mimeType, body, status));
}

Reply Reply::stream(Stream stream)
{
    Reply reply(QHttpServerResponse(StatusCode::Ok));
    reply.m_stream = std::move(stream);
    return reply;
}

namespace {

// Feeds a body to the socket in small pieces, only when its write buffer has drained: the
// server never holds more than a few pieces in flight, and a client that hangs up stops it.
class StreamWriter : public QObject
{
public:
    StreamWriter(QTcpSocket *socket, const Reply::Stream &stream)
        : QObject(socket)
        , m_socket(socket)
        , m_body(stream.body)
        , m_chunked(stream.framing == Reply::Framing::Chunked)
        , m_stall(stream.framing == Reply::Framing::StallHalfway)
        , m_drip(stream.framing == Reply::Framing::Drip)
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: "_ba + stream.contentType
            + "\r\nCache-Control: no-store\r\nConnection: close\r\n"_ba;
        if (m_chunked)
            head += "Transfer-Encoding: chunked\r\n"_ba;
        if (m_stall || m_drip)
            head += "Content-Length: "_ba + QByteArray::number(m_body.size()) + "\r\n"_ba;
        if (m_stall)
            m_body.truncate(m_body.size() / 2);
        m_socket->write(head + "\r\n"_ba);
        if (m_drip) {
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, &StreamWriter::dripOne);
            timer->start(dripIntervalMs);
            return;
        }
        connect(m_socket, &QTcpSocket::bytesWritten, this, &StreamWriter::pump);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        pump();
    }

private:
    static constexpr qsizetype pieceBytes = 16 * 1024;
    static constexpr qint64 bufferedBytes = 64 * 1024;
    static constexpr int dripIntervalMs = 2000;

    void dripOne()
    {
        if (m_offset < m_body.size())
            m_socket->write(m_body.mid(m_offset++, 1));
    }

    void pump()
    {
        while (m_offset < m_body.size() && m_socket->bytesToWrite() < bufferedBytes) {
            const QByteArray piece = m_body.mid(m_offset, pieceBytes);
            m_offset += piece.size();
            if (m_chunked)
                m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n"_ba + piece
                                + "\r\n"_ba);
            else
                m_socket->write(piece);
        }
        if (m_offset < m_body.size() || m_done)
            return;
        m_done = true;
        if (m_stall)
            return; // the connection stays open, the rest never comes
        if (m_chunked)
            m_socket->write("0\r\n\r\n"_ba);
        m_socket->disconnectFromHost(); // after the buffer is flushed
    }

    QTcpSocket *m_socket;
    QByteArray m_body;
    qsizetype m_offset = 0;
    bool m_chunked;
    bool m_stall;
    bool m_drip;
    bool m_done = false;
};

} // namespace

void Reply::writeStream(QTcpSocket *socket, const Stream &stream)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        new StreamWriter(socket, stream);
}

Reply &Reply::setHeader(const QByteArray &name, const QByteArray &value) &
{
    m_response.setHeader(name, value);
    return *this;
}

Reply &Reply::setDelayMs(int delayMs) &
{
    m_delayMs = delayMs;
    return *this;
}

} // namespace astro::devserver
