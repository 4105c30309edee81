#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <optional>

class QTcpSocket;

namespace astro::devserver {

// A response plus how long to hold it back; the one shape every route handler returns.
class Reply
{
public:
    using StatusCode = QHttpServerResponse::StatusCode;

    static Reply json(const QJsonObject &body, StatusCode status = StatusCode::Ok);
    // RFC 6749 5.2 shape: {"error", "error_description"}.
    static Reply oauthError(QLatin1StringView error, const QString &description,
                            StatusCode status = StatusCode::BadRequest);
    // A bare status with its reason phrase as text/plain body, like a proxy would send.
    static Reply plainStatus(int status);
    static Reply html(const QByteArray &body, StatusCode status = StatusCode::Ok);
    // Any body, labelled `mimeType` whatever it holds.
    static Reply bytes(const QByteArray &mimeType, const QByteArray &body,
                       StatusCode status = StatusCode::Ok);

    // A 200 body written piece by piece as the socket drains. Chunked and UntilClose send no
    // Content-Length, so a client cannot refuse the body up front and has to cap what it
    // buffers while data arrives; StallHalfway announces the length, sends half and goes quiet;
    // Drip announces the length and sends one byte every 2 s, never silent long enough for an
    // inactivity timeout.
    enum class Framing { Chunked, UntilClose, StallHalfway, Drip };
    struct Stream
    {
        QByteArray contentType;
        QByteArray body;
        Framing framing = Framing::Chunked;
    };
    static Reply stream(Stream stream);
    const std::optional<Stream> &streamed() const { return m_stream; }
    // Writes the status line, headers and body of `stream` straight to the socket.
    static void writeStream(QTcpSocket *socket, const Stream &stream);

    Reply &setHeader(const QByteArray &name, const QByteArray &value) &;
    Reply &&setHeader(const QByteArray &name, const QByteArray &value) &&
    {
        return std::move(setHeader(name, value));
    }
    Reply &setDelayMs(int delayMs) &;

    int delayMs() const { return m_delayMs; }
    StatusCode status() const { return m_response.statusCode(); }
    QHttpServerResponse &response() { return m_response; }

private:
    explicit Reply(QHttpServerResponse &&response)
        : m_response(std::move(response))
    {
    }

    QHttpServerResponse m_response;
    std::optional<Stream> m_stream;
    int m_delayMs = 0;
};

} // namespace astro::devserver
