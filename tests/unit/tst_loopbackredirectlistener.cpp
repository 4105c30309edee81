#include "FakeClock.h"
#include "LoopbackRedirectListener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ast::LoopbackRedirectListener;
using astro::test::FakeClock;

namespace {
struct RawExchange
{
    bool connected = false;
    QByteArray reply; // everything the listener sent before closing

    int status() const { return reply.mid(9, 3).toInt(); }
    QByteArray body() const { return reply.mid(reply.indexOf("\r\n\r\n") + 4); }
};

// One connection: send `request` as is, read until the listener closes.
RawExchange exchange(quint16 port, const QByteArray &request,
                     const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
{
    RawExchange result;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { result.reply += socket.readAll(); });
    socket.connectToHost(host, port);
    QTest::qWaitFor([&] {
        return socket.state() == QAbstractSocket::ConnectedState
            || socket.state() == QAbstractSocket::UnconnectedState;
    });
    result.connected = socket.state() == QAbstractSocket::ConnectedState;
    if (!result.connected)
        return result;
    socket.write(QByteArray(request).replace("PORT", QByteArray::number(port)));
    QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
    result.reply += socket.readAll();
    return result;
}

// PORT in `host` stands for the listener's port (exchange() fills it in).
QByteArray get(const QByteArray &target, const QByteArray &host = "127.0.0.1:PORT")
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: test\r\n\r\n";
}
} // namespace

class tst_LoopbackRedirectListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void boundToIpv4LoopbackOnly();
    void otherRequestsGet404AndTheWaitGoesOn_data();
    void otherRequestsGet404AndTheWaitGoesOn();
    void oneCallbackThenClosed();
    void callbackPageEchoesNothing();
    void errorPageIsEscaped();
    void answerHeaders();
    void oversizeRequestRefused();
    void slowRequestServedBeforeItsTimeout();
    void idleConnectionTimesOut();
    void deadline();
    void closeStopsEverything();

private:
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<LoopbackRedirectListener> m_listener;
    std::unique_ptr<QSignalSpy> m_callbacks;
    std::unique_ptr<QSignalSpy> m_timedOut;
};

void tst_LoopbackRedirectListener::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_listener = std::make_unique<LoopbackRedirectListener>(m_clock.get());
    m_callbacks =
        std::make_unique<QSignalSpy>(m_listener.get(), &LoopbackRedirectListener::callbackReceived);
    m_timedOut =
        std::make_unique<QSignalSpy>(m_listener.get(), &LoopbackRedirectListener::timedOut);
    QCOMPARE(m_listener->listen(), std::nullopt);
}

void tst_LoopbackRedirectListener::cleanup()
{
    m_callbacks.reset();
    m_timedOut.reset();
    m_listener.reset();
    m_clock.reset();
}

void tst_LoopbackRedirectListener::boundToIpv4LoopbackOnly()
{
    QCOMPARE(m_listener->address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_listener->port() != 0);
    QCOMPARE(m_listener->redirectUri(),
             QUrl(u"http://127.0.0.1:%1/callback"_s.arg(m_listener->port())));
    // Another loopback address and IPv6 reach the same machine but not this socket: it is
    // bound to 127.0.0.1 alone (bound to Any, both would connect).
    QVERIFY(!exchange(m_listener->port(), get("/"), QHostAddress(u"127.0.0.2"_s)).connected);
    QVERIFY(!exchange(m_listener->port(), get("/"), QHostAddress(QHostAddress::LocalHostIPv6))
                 .connected);
    QVERIFY(exchange(m_listener->port(), get("/")).connected);
}

void tst_LoopbackRedirectListener::otherRequestsGet404AndTheWaitGoesOn_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("root") << get("/?code=c&state=s");
    QTest::newRow("trailing slash") << get("/callback/?code=c&state=s");
    QTest::newRow("case") << get("/Callback?code=c&state=s");
    QTest::newRow("encoded") << get("/%63allback?code=c&state=s");
    QTest::newRow("longer") << get("/callbackx?code=c&state=s");
    QTest::newRow("prefix") << get("/x/callback?code=c&state=s");
    QTest::newRow("absolute") << get("http://127.0.0.1/callback?code=c&state=s");
    QTest::newRow("favicon") << get("/favicon.ico");
    QTest::newRow("POST") << QByteArray("POST /callback?code=c&state=s HTTP/1.1\r\n"
                                        "Content-Length: 0\r\n\r\n");
    QTest::newRow("HEAD") << QByteArray("HEAD /callback?code=c&state=s HTTP/1.1\r\n\r\n");
    QTest::newRow("not HTTP") << QByteArray("GET /callback?code=c&state=s\r\n\r\n");
    QTest::newRow("rebound host") << get("/callback?code=c&state=s", "evil.example:PORT");
    QTest::newRow("localhost") << get("/callback?code=c&state=s", "localhost:PORT");
    QTest::newRow("host without port") << get("/callback?code=c&state=s", "127.0.0.1");
    QTest::newRow("no host") << QByteArray(
        "GET /callback?code=c&state=s HTTP/1.1\r\nUser-Agent: x\r\n\r\n");
    QTest::newRow("two hosts") << QByteArray(
        "GET /callback?code=c&state=s HTTP/1.1\r\n"
        "Host: 127.0.0.1:PORT\r\nHost: 127.0.0.1:PORT\r\n\r\n");
}

void tst_LoopbackRedirectListener::otherRequestsGet404AndTheWaitGoesOn()
{
    QFETCH(QByteArray, request);
    const RawExchange refused = exchange(m_listener->port(), request);
    QVERIFY(refused.connected);
    QCOMPARE(refused.status(), 404);
    QCOMPARE(m_callbacks->count(), 0);
    QVERIFY(m_listener->isListening());

    const RawExchange callback = exchange(m_listener->port(), get("/callback?code=c&state=s"));
    QCOMPARE(callback.status(), 200);
    QCOMPARE(m_callbacks->count(), 1);
}

void tst_LoopbackRedirectListener::oneCallbackThenClosed()
{
    const RawExchange first =
        exchange(m_listener->port(), get("/callback?code=abc%2Bdef&state=xyz&extra=1"));
    QCOMPARE(first.status(), 200);
    QCOMPARE(m_callbacks->count(), 1);
    const auto query = m_callbacks->at(0).at(0).value<QUrlQuery>();
    QCOMPARE(query.queryItemValue(u"code"_s, QUrl::FullyDecoded), u"abc+def"_s);
    QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"xyz"_s);
    QVERIFY(!m_listener->isListening());

    // The port is closed: a second callback (or anything else) cannot even connect.
    const RawExchange second = exchange(m_listener->port(), get("/callback?code=x&state=xyz"));
    QVERIFY(!second.connected);
    QCOMPARE(m_callbacks->count(), 1);
    // The deadline has nothing left to end.
    m_clock->advance(LoopbackRedirectListener::DefaultDeadline);
    QCOMPARE(m_timedOut->count(), 0);
}

void tst_LoopbackRedirectListener::callbackPageEchoesNothing()
{
    const RawExchange reply =
        exchange(m_listener->port(), get("/callback?code=CODEMARKER&state=STATEMARKER&x=%3Cb%3EX"));
    QCOMPARE(reply.status(), 200);
    QVERIFY(reply.body().contains("close this tab"));
    for (const char *marker : {"CODEMARKER", "STATEMARKER", "<b>", "%3Cb"})
        QVERIFY2(!reply.reply.contains(marker), marker);
}

void tst_LoopbackRedirectListener::errorPageIsEscaped()
{
    const RawExchange reply =
        exchange(m_listener->port(),
                 get("/callback?error=%3Cscript%3Ealert(1)%3C/script%3E&error_description="
                     "Denied+by+%22admin%22+%3Cimg+src%3Dx+onerror%3Dalert(2)%3E&state=s"));
    QCOMPARE(reply.status(), 200);
    const QByteArray body = reply.body();
    QVERIFY2(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), body.constData());
    QVERIFY2(body.contains("Denied by &quot;admin&quot; &lt;img src=x onerror=alert(2)&gt;"),
             body.constData());
    QVERIFY(!body.contains("<script"));
    QVERIFY(!body.contains("<img"));
    QCOMPARE(m_callbacks->count(), 1);
    const auto query = m_callbacks->at(0).at(0).value<QUrlQuery>();
    QCOMPARE(query.queryItemValue(u"error"_s, QUrl::FullyDecoded), u"<script>alert(1)</script>"_s);
}

void tst_LoopbackRedirectListener::answerHeaders()
{
    const RawExchange reply = exchange(m_listener->port(), get("/callback?code=c&state=s"));
    const QByteArray head = reply.reply.left(reply.reply.indexOf("\r\n\r\n")).toLower();
    QVERIFY(head.contains("\r\nconnection: close"));
    QVERIFY(head.contains("\r\ncontent-type: text/html; charset=utf-8"));
    QVERIFY(head.contains("\r\ncontent-security-policy: default-src 'none'"));
    QVERIFY(head.contains("\r\nreferrer-policy: no-referrer"));
    QVERIFY(head.contains("\r\ncache-control: no-store"));
    QVERIFY(head.contains(
        QByteArray(QByteArray("content-length: ") + QByteArray::number(reply.body().size()))));
}

void tst_LoopbackRedirectListener::oversizeRequestRefused()
{
    QByteArray request = "GET /callback?code=c&state=s HTTP/1.1\r\nX-Pad: ";
    request += QByteArray(LoopbackRedirectListener::MaxRequestBytes, 'a');
    request += "\r\n\r\n";
    const RawExchange reply = exchange(m_listener->port(), request);
    QCOMPARE(reply.status(), 431);
    QCOMPARE(m_callbacks->count(), 0);
    QVERIFY(m_listener->isListening());
}

void tst_LoopbackRedirectListener::slowRequestServedBeforeItsTimeout()
{
    QTcpSocket slow;
    QByteArray reply;
    connect(&slow, &QTcpSocket::readyRead, this, [&] { reply += slow.readAll(); });
    slow.connectToHost(QHostAddress(QHostAddress::LocalHost), m_listener->port());
    QTRY_COMPARE(slow.state(), QAbstractSocket::ConnectedState);
    slow.write("GET /callback?code=c");
    QTRY_COMPARE(m_clock->pendingCount(), 2); // the deadline + this connection's timeout
    m_clock->advance(LoopbackRedirectListener::ConnectionTimeout - 1ms);
    slow.write("&state=s HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_listener->port())
               + "\r\n\r\n");
    QTRY_COMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
    QCOMPARE(m_callbacks->count(), 1);
}

void tst_LoopbackRedirectListener::idleConnectionTimesOut()
{
    QTcpSocket idle;
    idle.connectToHost(QHostAddress(QHostAddress::LocalHost), m_listener->port());
    QTRY_COMPARE(idle.state(), QAbstractSocket::ConnectedState);
    idle.write("GET /callback?code=c");
    QTRY_COMPARE(m_clock->pendingCount(), 2);
    m_clock->advance(LoopbackRedirectListener::ConnectionTimeout);
    QTRY_COMPARE(idle.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_callbacks->count(), 0);
    QVERIFY(m_listener->isListening());
}

void tst_LoopbackRedirectListener::deadline()
{
    QCOMPARE(m_listener->deadline(), m_clock->now().addSecs(300));
    m_clock->advance(LoopbackRedirectListener::DefaultDeadline - 1ms);
    QCOMPARE(m_timedOut->count(), 0);
    QVERIFY(m_listener->isListening());
    m_clock->advance(1ms);
    QCOMPARE(m_timedOut->count(), 1);
    QVERIFY(!m_listener->isListening());
    QVERIFY(!exchange(m_listener->port(), get("/callback?code=c&state=s")).connected);
    QCOMPARE(m_callbacks->count(), 0);
}

void tst_LoopbackRedirectListener::closeStopsEverything()
{
    const quint16 port = m_listener->port();
    m_listener->close();
    QVERIFY(!m_listener->isListening());
    QVERIFY(!exchange(port, get("/callback?code=c&state=s")).connected);
    m_clock->advance(LoopbackRedirectListener::DefaultDeadline);
    QCOMPARE(m_timedOut->count(), 0);
    QCOMPARE(m_callbacks->count(), 0);
}

QTEST_GUILESS_MAIN(tst_LoopbackRedirectListener)
#include "tst_loopbackredirectlistener.moc"
