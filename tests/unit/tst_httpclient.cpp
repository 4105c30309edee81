#include "FakeClock.h"
#include "FakeHttpServer.h"
#include "HttpClient.h"
#include "TestHelpers.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ast::ErrorKind;
using ast::HttpClient;
using ast::HttpResult;
using astro::test::CannedResponse;
using astro::test::FakeClock;
using astro::test::FakeHttpServer;

namespace {
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}
} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getWithBearer();
    void postFormEncodesEveryValue();
    void noCookies();
    void replyAtTheCapIsKept();
    void replyOverCapAborted_data();
    void replyOverCapAborted();
    void transferTimeout();
    void totalDeadlineEndsADrippingReply();
    void connectionRefused();
    void retryAfter_data();
    void retryAfter();
    void retryAfterHttpDate();
    void errorStatusesKeepBody();
    void abortSkipsCallback();
    void transience_data();
    void transience();

private:
    std::optional<HttpResult> get(const QString &path, const QString &token = {});

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void tst_HttpClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_http = std::make_unique<HttpClient>();
    m_http->setTimeout(10s);
}

void tst_HttpClient::cleanup()
{
    m_http.reset();
    m_server.reset();
}

std::optional<HttpResult> tst_HttpClient::get(const QString &path, const QString &token)
{
    auto slot = std::make_shared<std::optional<HttpResult>>();
    auto calls = std::make_shared<int>(0);
    m_http->send("GET", m_server->url(path), token, {}, {},
                 [slot, calls](const HttpResult &result) {
                     ++*calls;
                     *slot = result;
                 });
    (void)QTest::qWaitFor([&] { return slot->has_value(); }, 15000);
    QCoreApplication::processEvents();
    return *calls == 1 ? *slot : std::nullopt;
}

void tst_HttpClient::getWithBearer()
{
    m_server->enqueue(CannedResponse::json(200, {{u"ok"_s, true}}));
    const auto result = get(u"/v1/me"_s, u"tok_123"_s);
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    QVERIFY(result->gotReply());
    QCOMPARE(result->body, QByteArray(R"({"ok":true})"));
    QCOMPARE(result->contentType, QByteArray("application/json"));
    QVERIFY(!result->timedOut);
    QVERIFY(!result->tooLarge);
    const auto request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer tok_123"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QVERIFY(request.header("user-agent").startsWith("ast/"));
}

void tst_HttpClient::postFormEncodesEveryValue()
{
    m_server->enqueue(CannedResponse::json(200, {}));
    QUrlQuery form;
    const QString tricky = u"a+b&c=d e%25f/é?%zz=="_s;
    form.addQueryItem(u"client_id"_s, u"client_1"_s);
    form.addQueryItem(u"device_code"_s, tricky);
    auto slot = std::make_shared<std::optional<HttpResult>>();
    m_http->postForm(m_server->url(u"/form"_s), form, [slot](const HttpResult &r) { *slot = r; });
    QTRY_VERIFY(slot->has_value());
    QCOMPARE((*slot)->status, 200);
    const auto request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(!request.hasHeader("authorization"));
    QVERIFY(!request.body.contains('+')); // a literal plus would decode as a space
    QCOMPARE(request.formValue(u"client_id"_s), u"client_1"_s);
    QCOMPARE(request.formValue(u"device_code"_s), tricky);
    QCOMPARE(request.formItems().size(), 2);
}

void tst_HttpClient::noCookies()
{
    m_server->enqueue(
        CannedResponse::json(200, {}).withHeader("Set-Cookie", "session=abc; Path=/"));
    m_server->enqueue(CannedResponse::json(200, {}));
    QVERIFY(get(u"/a"_s));
    QVERIFY(get(u"/b"_s));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(!m_server->requests().at(1).hasHeader("cookie"));
}

void tst_HttpClient::replyAtTheCapIsKept()
{
    const QByteArray body(HttpClient::MaxReplyBytes, 'x');
    m_server->enqueue(CannedResponse::raw(200, body));
    const auto result = get(u"/big"_s);
    QVERIFY(result);
    QVERIFY(!result->tooLarge);
    QVERIFY(result->gotReply());
    QCOMPARE(result->body.size(), body.size());
}

void tst_HttpClient::replyOverCapAborted_data()
{
    QTest::addColumn<bool>("announced");
    QTest::addColumn<qint64>("size");
    QTest::newRow("Content-Length over the cap") << true << qint64(HttpClient::MaxReplyBytes + 1);
    QTest::newRow("Content-Length 8 MiB") << true << qint64(8 * 1024 * 1024);
    QTest::newRow("no Content-Length, 3 MiB") << false << qint64(3 * 1024 * 1024);
}

void tst_HttpClient::replyOverCapAborted()
{
    QFETCH(bool, announced);
    QFETCH(qint64, size);
    CannedResponse response = CannedResponse::raw(200, QByteArray(size, 'x'));
    response.sendContentLength = announced;
    m_server->enqueue(response);
    const auto result = get(u"/huge"_s);
    QVERIFY(result);
    QVERIFY(result->tooLarge);
    QVERIFY(!result->gotReply());
    QVERIFY(!result->isTransient());
    QVERIFY(result->body.isEmpty());
    QVERIFY(!result->timedOut);
    QCOMPARE(result->transportError().kind, ErrorKind::ReplyTooLarge);
}

void tst_HttpClient::transferTimeout()
{
    m_http->setTimeout(300ms);
    m_server->enqueue(CannedResponse::hang());
    QTest::failOnWarning(QRegularExpression(u".*"_s)); // e.g. reading the closed reply
    const auto result = get(u"/slow"_s);
    QVERIFY(result);
    QVERIFY(result->timedOut);
    QCOMPARE(result->status, 0);
    QVERIFY(!result->gotReply());
    QVERIFY(result->isTransient());
    QCOMPARE(result->transportError().kind, ErrorKind::Timeout);
    QCOMPARE(m_server->heldCount(), 1);
}

void tst_HttpClient::totalDeadlineEndsADrippingReply()
{
    // One byte every 50 ms: never quiet long enough for the inactivity timeout, and 10 s for
    // the whole body. Only the total deadline ends it.
    QTcpServer drip;
    QVERIFY(drip.listen(QHostAddress::LocalHost));
    connect(&drip, &QTcpServer::newConnection, &drip, [&drip] {
        QTcpSocket *socket = drip.nextPendingConnection();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 200\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(50);
    });
    m_http->setTimeout(500ms);
    m_http->setDeadline(1500ms);
    QElapsedTimer elapsed;
    elapsed.start();
    auto slot = std::make_shared<std::optional<HttpResult>>();
    m_http->send("GET", QUrl(u"http://127.0.0.1:%1/drip"_s.arg(drip.serverPort())), {}, {}, {},
                 [slot](const HttpResult &result) { *slot = result; });
    QVERIFY(QTest::qWaitFor([&] { return slot->has_value(); }, 15000));
    QVERIFY2(elapsed.elapsed() < 5000, QByteArray::number(elapsed.elapsed()).constData());
    QVERIFY((*slot)->timedOut);
    QCOMPARE((*slot)->status, 0);
    QCOMPARE((*slot)->transportError().kind, ErrorKind::Timeout);
}

void tst_HttpClient::connectionRefused()
{
    m_server->close();
    const auto result = get(u"/x"_s);
    QVERIFY(result);
    QCOMPARE(result->status, 0);
    QCOMPARE(result->networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY(!result->timedOut);
    QVERIFY(result->isTransient());
    const ast::Error error = result->transportError();
    QCOMPARE(error.kind, ErrorKind::Network);
    QVERIFY(!error.detail.isEmpty());
}

void tst_HttpClient::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header"); // empty: not sent
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArray("30") << 30;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray("  12 ") << 12;
    QTest::newRow("negative") << QByteArray("-5") << 0;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("date in the past") << QByteArray("Thu, 01 Jan 2004 00:00:00 GMT") << 0;
}

void tst_HttpClient::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    CannedResponse response = CannedResponse::raw(503, "busy");
    if (!header.isEmpty())
        response.withHeader("Retry-After", header);
    m_server->enqueue(response);
    const auto result = get(u"/r"_s);
    QVERIFY(result);
    QCOMPARE(result->status, 503);
    QCOMPARE(result->retryAfterSeconds.value_or(-1), expected);
}

void tst_HttpClient::retryAfterHttpDate()
{
    // A date is read against the injected clock, so the answer is exact.
    FakeClock clock;
    m_http = std::make_unique<HttpClient>(&clock);
    m_server->enqueue(CannedResponse::raw(429, "slow down")
                          .withHeader("Retry-After", httpDate(clock.now().addSecs(120))));
    const auto result = get(u"/r"_s);
    QVERIFY(result);
    QVERIFY(result->retryAfterSeconds);
    QCOMPARE(*result->retryAfterSeconds, 120);
    m_http.reset(); // before the clock it uses
}

void tst_HttpClient::errorStatusesKeepBody()
{
    m_server->enqueue(CannedResponse::oauthError(u"authorization_pending"_s)
                          .withHeader("WWW-Authenticate", "Bearer realm=\"x\""));
    const auto result = get(u"/e"_s);
    QVERIFY(result);
    QCOMPARE(result->status, 400);
    QVERIFY(result->gotReply());
    QVERIFY(!result->isTransient());
    QCOMPARE(result->body, QByteArray(R"({"error":"authorization_pending"})"));
    QCOMPARE(result->wwwAuthenticate, QByteArray("Bearer realm=\"x\""));
    QCOMPARE(result->transportError().kind, ErrorKind::BadReply);
}

void tst_HttpClient::abortSkipsCallback()
{
    m_server->enqueue(CannedResponse::hang());
    int calls = 0;
    QNetworkReply *reply = m_http->send("GET", m_server->url(u"/hang"_s), {}, {}, {},
                                        [&calls](const HttpResult &) { ++calls; });
    QTRY_COMPARE(m_server->heldCount(), 1);
    QPointer<QNetworkReply> watched(reply);
    HttpClient::abort(reply);
    QTRY_VERIFY(!watched); // deleted later
    QCOMPARE(calls, 0);
    HttpClient::abort(nullptr); // harmless
}

void tst_HttpClient::transience_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("0") << 0 << true << ErrorKind::Network;
    QTest::newRow("400") << 400 << false << ErrorKind::BadReply;
    QTest::newRow("401") << 401 << false << ErrorKind::BadReply;
    QTest::newRow("404") << 404 << false << ErrorKind::BadReply;
    QTest::newRow("408") << 408 << true << ErrorKind::ServerUnavailable;
    QTest::newRow("429") << 429 << true << ErrorKind::ServerUnavailable;
    QTest::newRow("500") << 500 << true << ErrorKind::ServerUnavailable;
    QTest::newRow("502") << 502 << true << ErrorKind::ServerUnavailable;
    QTest::newRow("503") << 503 << true << ErrorKind::ServerUnavailable;
}

void tst_HttpClient::transience()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    QFETCH(ErrorKind, kind);
    HttpResult result;
    result.status = status;
    QCOMPARE(result.isTransient(), transient);
    QCOMPARE(result.transportError().kind, kind);
    QCOMPARE(result.transportError().httpStatus, status);
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
