#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUrl>
#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace ast {
class Clock;
}

namespace astro::test {

// One request as the fake server saw it.
struct RecordedRequest
{
    QByteArray method;
    QString path; // decoded path, without the query
    QString query; // raw query string (no '?')
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QDateTime clockTime; // the injected clock's time on arrival (invalid without a clock)

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // The body decoded as application/x-www-form-urlencoded ('+' is a space, %XX escapes).
    QList<std::pair<QString, QString>> formItems() const;
    QString formValue(const QString &key) const; // first value of `key`
};

// What the fake server does with one request.
struct CannedResponse
{
    enum class Action {
        Reply, // send status, headers and body, then close the connection
        Hang, // keep the connection open and never answer (until answerHeld())
        Close, // close the connection without answering
    };
    Action action = Action::Reply;
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool sendContentLength = true; // false: the body ends when the connection closes
    // Runs when the request has arrived, before the answer is sent (e.g. to play "another
    // process" changing the credentials store in the meantime).
    std::function<void(const RecordedRequest &)> beforeReply;

    static CannedResponse json(int status, const QJsonObject &body);
    static CannedResponse raw(int status, const QByteArray &body,
                              const QByteArray &contentType = "text/plain");
    static CannedResponse hang();
    static CannedResponse close();
    // {"error": code, "error_description": description} (OAuth shape), status 400 by default.
    static CannedResponse oauthError(const QString &code, int status = 400,
                                     const QString &description = {});

    CannedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    CannedResponse &before(std::function<void(const RecordedRequest &)> hook);
};

// A scripted HTTP/1.1 responder on 127.0.0.1 built on QTcpServer: every request takes the next
// canned response queued for its path (or else the next one queued for any path) and is
// recorded. Requests with nothing queued are answered 500 and counted as unexpected. Each
// response closes its connection, so every request arrives on a fresh one.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(ast::Clock *clock = nullptr, QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on 127.0.0.1 (port 0: any free port). Listening again after close() reuses the
    // previous port when `port` is 0.
    bool listen(quint16 port = 0);
    // Stops accepting connections: clients get "connection refused" until listen() again.
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl url(const QString &path) const;

    void enqueue(const CannedResponse &response);
    void enqueue(const QString &path, const CannedResponse &response);
    int queuedCount() const;

    const QList<RecordedRequest> &requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QString &path) const;
    int requestCount() const { return int(m_requests.size()); }
    int answeredCount() const { return m_answered; }
    int unexpectedCount() const { return m_unexpected; }
    // Requests received and not yet answered or closed (at most, over the server's life).
    int maxConcurrent() const { return m_maxConcurrent; }
    int heldCount() const { return int(m_held.size()); }
    // Answers the oldest request that got Action::Hang. False when none is held.
    bool answerHeld(const CannedResponse &response);

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Connection
    {
        QByteArray buffer;
        bool handled = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, RecordedRequest request);
    void respond(QTcpSocket *socket, const CannedResponse &response);
    void finishOne();

    QTcpServer *m_server;
    ast::Clock *m_clock;
    quint16 m_port = 0;
    QQueue<CannedResponse> m_anyPath;
    QHash<QString, QQueue<CannedResponse>> m_byPath;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    QQueue<QPointer<QTcpSocket>> m_held;
    int m_answered = 0;
    int m_unexpected = 0;
    int m_open = 0;
    int m_maxConcurrent = 0;
};

} // namespace astro::test
