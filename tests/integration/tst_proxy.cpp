// HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured (system proxy configuration), checked with
// a tiny proxy on loopback that records what reaches it.
#include "AstProcess.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace astro::test;

namespace {
// Refuses CONNECT tunnels (502) and answers anything else itself (200 JSON),
// recording each request line and whether an Authorization header came along.
class RecordingProxy : public QObject
{
public:
    RecordingProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QStringList requestLines;
    int authorizationHeaders = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &head = m_pending[socket];
        head += socket->readAll();
        if (!head.contains("\r\n\r\n"))
            return;
        const QByteArray requestLine = head.left(head.indexOf("\r\n"));
        requestLines << QString::fromLatin1(requestLine);
        if (head.toLower().contains("\r\nauthorization: bearer "))
            ++authorizationHeaders;
        m_pending.remove(socket);
        if (requestLine.startsWith("CONNECT ")) {
            socket->write(
                "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            const QByteArray body = "{\"via\":\"proxy\"}";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                          "close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

// Runs ast while this thread's event loop keeps serving the proxy.
AstProcess::Outcome runServed(const TestUser &user, const QStringList &arguments)
{
    AstProcess process(user.environment());
    process.start(arguments);
    QDeadlineTimer deadline(30000);
    while (process.process().state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    return process.finish(1000);
}
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noProxyListIsConsulted();
    void httpsProxyIsAskedForATunnel();
};

void TestProxy::noProxyListIsConsulted()
{
    // A NO_PROXY list that does not name the server keeps the proxy in use. (A matching entry
    // would send the request direct, which here means a DNS query off this machine: not tested.
    // Loopback hosts always bypass the proxy.)
    RecordingProxy proxy;
    TestUser user;
    user.environment().insert(QStringLiteral("ASTRO_TOKEN"),
                              QStringLiteral("token-for-proxy-test"));
    user.environment().insert(QStringLiteral("ASTRO_SERVER"),
                              QStringLiteral("https://api.astro.invalid"));
    user.environment().insert(QStringLiteral("HTTPS_PROXY"), proxy.url());
    user.environment().insert(QStringLiteral("https_proxy"), proxy.url());
    user.environment().insert(QStringLiteral("NO_PROXY"),
                              QStringLiteral("other.invalid,localhost"));
    user.environment().insert(QStringLiteral("no_proxy"),
                              QStringLiteral("other.invalid,localhost"));
    const auto outcome = runServed(user, {QStringLiteral("api"), QStringLiteral("/v1/me")});
    QCOMPARE(outcome.exitCode, 1);
    QCOMPARE(proxy.requestLines.size(), 1);
}

void TestProxy::httpsProxyIsAskedForATunnel()
{
    RecordingProxy proxy;
    TestUser user;
    user.environment().insert(QStringLiteral("ASTRO_TOKEN"),
                              QStringLiteral("token-for-proxy-test"));
    user.environment().insert(QStringLiteral("ASTRO_SERVER"),
                              QStringLiteral("https://api.astro.invalid"));
    user.environment().insert(QStringLiteral("HTTPS_PROXY"), proxy.url());
    user.environment().insert(QStringLiteral("https_proxy"), proxy.url());
    const auto outcome = runServed(user, {QStringLiteral("api"), QStringLiteral("/v1/me")});
    QCOMPARE(outcome.exitCode, 1); // the proxy refuses the tunnel
    QCOMPARE(proxy.requestLines.value(0).section(u' ', 0, 1),
             QStringLiteral("CONNECT api.astro.invalid:443"));
    QCOMPARE(proxy.authorizationHeaders, 0); // the token never goes to the proxy in clear
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
