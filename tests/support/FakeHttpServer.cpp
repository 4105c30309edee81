#include "FakeHttpServer.h"

#include "Clock.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace astro::test {

namespace {
constexpr qsizetype MaxRequestBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto &[key, value] : headers) {
        if (key == wanted)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto &[key, value] : headers) {
        if (key == wanted)
            return true;
    }
    return false;
}

QList<std::pair<QString, QString>> RecordedRequest::formItems() const
{
    const auto decode = [](QByteArray part) {
        return QUrl::fromPercentEncoding(part.replace('+', ' '));
    };
    QList<std::pair<QString, QString>> items;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            items.append({decode(pair), QString()});
        else
            items.append({decode(pair.left(equals)), decode(pair.mid(equals + 1))});
    }
    return items;
}

QString RecordedRequest::formValue(const QString &key) const
{
    const auto items = formItems();
    for (const auto &[name, value] : items) {
        if (name == key)
            return value;
    }
    return {};
}

CannedResponse CannedResponse::json(int status, const QJsonObject &body)
{
    CannedResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

CannedResponse CannedResponse::raw(int status, const QByteArray &body,
                                   const QByteArray &contentType)
{
    CannedResponse response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    return response;
}

CannedResponse CannedResponse::hang()
{
    CannedResponse response;
    response.action = Action::Hang;
    return response;
}

CannedResponse CannedResponse::close()
{
    CannedResponse response;
    response.action = Action::Close;
    return response;
}

CannedResponse CannedResponse::oauthError(const QString &code, int status,
                                          const QString &description)
{
    QJsonObject body {{u"error"_s, code}};
    if (!description.isEmpty())
        body.insert(u"error_description"_s, description);
    return json(status, body);
}

CannedResponse &CannedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

CannedResponse &CannedResponse::before(std::function<void(const RecordedRequest &)> hook)
{
    beforeReply = std::move(hook);
    return *this;
}

FakeHttpServer::FakeHttpServer(ast::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_clock(clock)
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

bool FakeHttpServer::listen(quint16 port)
{
    if (port == 0)
        port = m_port;
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeHttpServer::close()
{
    m_server->close();
}

bool FakeHttpServer::isListening() const
{
    return m_server->isListening();
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QUrl FakeHttpServer::url(const QString &path) const
{
    QUrl url = baseUrl();
    url.setPath(path);
    return url;
}

void FakeHttpServer::enqueue(const CannedResponse &response)
{
    m_anyPath.enqueue(response);
}

void FakeHttpServer::enqueue(const QString &path, const CannedResponse &response)
{
    m_byPath[path].enqueue(response);
}

int FakeHttpServer::queuedCount() const
{
    int count = int(m_anyPath.size());
    for (const auto &queue : m_byPath)
        count += int(queue.size());
    return count;
}

QList<RecordedRequest> FakeHttpServer::requestsTo(const QString &path) const
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &request : m_requests) {
        if (request.path == path)
            result.append(request);
    }
    return result;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_connections.remove(socket))
                socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->handled)
        return;
    it->buffer += socket->readAll();
    if (it->buffer.size() > MaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3) {
        socket->abort();
        return;
    }
    RecordedRequest request;
    request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype queryStart = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(queryStart < 0 ? target : target.left(queryStart));
    if (queryStart >= 0)
        request.query = QString::fromLatin1(target.mid(queryStart + 1));
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            contentLength = value.toLongLong();
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (it->buffer.size() - bodyStart < contentLength)
        return; // wait for the rest of the body
    request.body = it->buffer.mid(bodyStart, contentLength);
    it->handled = true;
    handle(socket, std::move(request));
}

void FakeHttpServer::handle(QTcpSocket *socket, RecordedRequest request)
{
    if (m_clock)
        request.clockTime = m_clock->now();
    CannedResponse response;
    auto byPath = m_byPath.find(request.path);
    if (byPath != m_byPath.end() && !byPath->isEmpty()) {
        response = byPath->dequeue();
    } else if (!m_anyPath.isEmpty()) {
        response = m_anyPath.dequeue();
    } else {
        ++m_unexpected;
        response = CannedResponse::json(500, {{u"error"_s, u"no_canned_response"_s}});
    }
    m_requests.append(request);
    m_maxConcurrent = std::max(m_maxConcurrent, ++m_open);
    const int index = int(m_requests.size()) - 1;
    if (response.beforeReply)
        response.beforeReply(m_requests.at(index));
    Q_EMIT requestReceived(index);

    switch (response.action) {
    case CannedResponse::Action::Hang:
        m_held.enqueue(socket);
        return;
    case CannedResponse::Action::Close:
        finishOne();
        socket->disconnectFromHost();
        return;
    case CannedResponse::Action::Reply:
        respond(socket, response);
        return;
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const CannedResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    if (response.sendContentLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    ++m_answered;
    finishOne();
    socket->write(head);
    socket->write(response.body);
    socket->disconnectFromHost();
}

void FakeHttpServer::finishOne()
{
    m_open = std::max(0, m_open - 1);
}

bool FakeHttpServer::answerHeld(const CannedResponse &response)
{
    while (!m_held.isEmpty()) {
        QPointer<QTcpSocket> socket = m_held.dequeue();
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            finishOne();
            continue;
        }
        if (response.action == CannedResponse::Action::Reply)
            respond(socket, response);
        else {
            finishOne();
            socket->disconnectFromHost();
        }
        return true;
    }
    return false;
}

} // namespace astro::test
