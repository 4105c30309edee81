#include "DeviceAuthorizationFlow.h"
#include "FakeClock.h"
#include "FakeHttpServer.h"
#include "HttpClient.h"
#include "TestHelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ast::DeviceAuthorizationFlow;
using ast::ErrorKind;
using astro::test::CannedResponse;
using astro::test::FakeClock;
using astro::test::FakeHttpServer;
using astro::test::RecordedRequest;

namespace {
const QString AuthorizePath = u"/user_management/authorize/device"_s;
const QString AuthenticatePath = u"/user_management/authenticate"_s;
const QString ClientId = u"client_01TEST"_s;
const QString DeviceCode = u"devcode_SECRET_42"_s;
} // namespace

class tst_DeviceAuthorizationFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void requestsDeviceCode();
    void waitsIntervalBeforeEveryPoll();
    void intervalDefaultsToFiveSeconds();
    void slowDownIsCumulative();
    void transientFailuresBackOffAndKeepPolling();
    void retryAfterHonoured();
    void requestTimeoutKeepsPolling();
    void stopsOnErrorReply_data();
    void stopsOnErrorReply();
    void oversizedPollReplyStops();
    void stopsAtExpiry();
    void stopsAtExpiryWhileBackingOff();
    void oneRequestInFlight();
    void cancelWhileWaiting();
    void cancelWithPollInFlight();
    void cancelWhileStarting();
    void cancelFromUserCodeReady();
    void succeedsOnce();
    void successWithBadReplyFails();
    void refusedVerificationUri_data();
    void refusedVerificationUri();
    void missingClientId_data();
    void missingClientId();
    void refusedAuthUrl();
    void authorizeFailures_data();
    void authorizeFailures();

private:
    QJsonObject deviceReply(std::optional<int> interval = 5, int expiresIn = 600) const;
    // Creates the flow, starts it and waits for the user code.
    bool startFlow(const QJsonObject &reply);
    void createFlow(const QString &clientId = ClientId, const QUrl &authBase = {});
    // Advances the fake clock, then waits until the flow has dealt with whatever that started.
    bool advanceAndSettle(qint64 ms);
    QList<RecordedRequest> polls() const { return m_server->requestsTo(AuthenticatePath); }
    ast::Error failure() const { return m_failed->at(0).at(0).value<ast::Error>(); }

    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ast::HttpClient> m_http;
    std::unique_ptr<DeviceAuthorizationFlow> m_flow;
    std::unique_ptr<QSignalSpy> m_ready;
    std::unique_ptr<QSignalSpy> m_delayed;
    std::unique_ptr<QSignalSpy> m_succeeded;
    std::unique_ptr<QSignalSpy> m_failed;
    QDateTime m_start;
};

void tst_DeviceAuthorizationFlow::initTestCase()
{
    qRegisterMetaType<ast::DeviceAuthorization>();
    qRegisterMetaType<ast::Authentication>();
    qRegisterMetaType<ast::Error>();
}

void tst_DeviceAuthorizationFlow::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_start = m_clock->now();
    m_server = std::make_unique<FakeHttpServer>(m_clock.get());
    QVERIFY(m_server->listen());
    m_http = std::make_unique<ast::HttpClient>();
    m_http->setTimeout(10s);
}

void tst_DeviceAuthorizationFlow::cleanup()
{
    m_ready.reset();
    m_delayed.reset();
    m_succeeded.reset();
    m_failed.reset();
    m_flow.reset();
    m_http.reset();
    m_server.reset();
    m_clock.reset();
}

QJsonObject tst_DeviceAuthorizationFlow::deviceReply(std::optional<int> interval,
                                                     int expiresIn) const
{
    QJsonObject reply {{u"device_code"_s, DeviceCode},
                       {u"user_code"_s, u"WXYZ-1234"_s},
                       {u"verification_uri"_s, m_server->url(u"/device"_s).toString()},
                       {u"expires_in"_s, expiresIn}};
    if (interval)
        reply.insert(u"interval"_s, *interval);
    return reply;
}

void tst_DeviceAuthorizationFlow::createFlow(const QString &clientId, const QUrl &authBase)
{
    m_flow = std::make_unique<DeviceAuthorizationFlow>(
        m_http.get(), authBase.isEmpty() ? m_server->baseUrl() : authBase, clientId, m_clock.get());
    m_ready = std::make_unique<QSignalSpy>(m_flow.get(), &DeviceAuthorizationFlow::userCodeReady);
    m_delayed =
        std::make_unique<QSignalSpy>(m_flow.get(), &DeviceAuthorizationFlow::pollingDelayed);
    m_succeeded = std::make_unique<QSignalSpy>(m_flow.get(), &DeviceAuthorizationFlow::succeeded);
    m_failed = std::make_unique<QSignalSpy>(m_flow.get(), &DeviceAuthorizationFlow::failed);
}

bool tst_DeviceAuthorizationFlow::startFlow(const QJsonObject &reply)
{
    m_server->enqueue(AuthorizePath, CannedResponse::json(200, reply));
    createFlow();
    m_flow->start();
    return QTest::qWaitFor([this] { return m_ready->count() > 0 || m_failed->count() > 0; })
        && m_ready->count() == 1;
}

bool tst_DeviceAuthorizationFlow::advanceAndSettle(qint64 ms)
{
    m_clock->advance(ms);
    return QTest::qWaitFor([this] {
        return m_clock->pendingCount() > 0
            || m_flow->state() != DeviceAuthorizationFlow::State::Polling;
    });
}

void tst_DeviceAuthorizationFlow::requestsDeviceCode()
{
    QVERIFY(startFlow(deviceReply(7, 300)));
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, AuthorizePath);
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.formItems(),
             (QList<std::pair<QString, QString>> {{u"client_id"_s, ClientId}}));

    const auto authorization = m_ready->at(0).at(0).value<ast::DeviceAuthorization>();
    QCOMPARE(authorization.userCode, u"WXYZ-1234"_s);
    QCOMPARE(authorization.intervalSecs, 7);
    QCOMPARE(m_ready->at(0).at(1).toDateTime(), m_start.addSecs(300));
    QCOMPARE(m_flow->expiresAt(), m_start.addSecs(300));
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Polling);
    QCOMPARE(m_flow->pollCount(), 0);
}

void tst_DeviceAuthorizationFlow::waitsIntervalBeforeEveryPoll()
{
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));
    m_server->enqueue(
        AuthenticatePath,
        CannedResponse::json(
            200, astro::test::authenticationJson(astro::test::makeJwt(1, 3601), u"r1"_s)));

    // Not a millisecond early.
    QCOMPARE(m_clock->msecsUntilNext(), 5000);
    m_clock->advance(4999);
    QCOMPARE(m_flow->pollCount(), 0);
    QVERIFY(advanceAndSettle(1));
    QCOMPARE(m_flow->pollCount(), 1);

    for (int poll = 2; poll <= 3; ++poll) {
        QCOMPARE(m_clock->msecsUntilNext(), 5000);
        m_clock->advance(4999);
        QCOMPARE(m_flow->pollCount(), poll - 1);
        QVERIFY(advanceAndSettle(1));
        QCOMPARE(m_flow->pollCount(), poll);
    }
    QCOMPARE(m_succeeded->count(), 1);
    QCOMPARE(m_failed->count(), 0);

    const auto requests = polls();
    QCOMPARE(requests.size(), 3);
    for (int i = 0; i < requests.size(); ++i) {
        QCOMPARE(requests[i].clockTime, m_start.addSecs(5 * (i + 1)));
        QCOMPARE(requests[i].formValue(u"grant_type"_s),
                 u"urn:ietf:params:oauth:grant-type:device_code"_s);
        QCOMPARE(requests[i].formValue(u"device_code"_s), DeviceCode);
        QCOMPARE(requests[i].formValue(u"client_id"_s), ClientId);
    }
    QCOMPARE(m_server->unexpectedCount(), 0);
}

void tst_DeviceAuthorizationFlow::intervalDefaultsToFiveSeconds()
{
    QVERIFY(startFlow(deviceReply(std::nullopt)));
    QCOMPARE(m_flow->intervalSecs(), 5);
    QCOMPARE(m_clock->msecsUntilNext(), 5000);
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));
    m_clock->advance(4999);
    QCOMPARE(m_flow->pollCount(), 0);
    QVERIFY(advanceAndSettle(1));
    QCOMPARE(m_flow->pollCount(), 1);
    QCOMPARE(m_clock->msecsUntilNext(), 5000);
}

void tst_DeviceAuthorizationFlow::slowDownIsCumulative()
{
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"slow_down"_s));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"slow_down"_s));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));
    m_server->enqueue(
        AuthenticatePath,
        CannedResponse::json(
            200, astro::test::authenticationJson(astro::test::makeJwt(1, 3601), u"r1"_s)));

    QVERIFY(advanceAndSettle(5000)); // poll 1 at 5 s: slow_down
    QCOMPARE(m_flow->intervalSecs(), 10);
    QCOMPARE(m_clock->msecsUntilNext(), 10000);
    m_clock->advance(9999);
    QCOMPARE(m_flow->pollCount(), 1);
    QVERIFY(advanceAndSettle(1)); // poll 2 at 15 s: slow_down again
    QCOMPARE(m_flow->intervalSecs(), 15);
    QCOMPARE(m_clock->msecsUntilNext(), 15000);
    QVERIFY(advanceAndSettle(15000)); // poll 3 at 30 s: pending; the slower pace stays
    QCOMPARE(m_flow->intervalSecs(), 15);
    QCOMPARE(m_clock->msecsUntilNext(), 15000);
    m_clock->advance(14999);
    QCOMPARE(m_flow->pollCount(), 3);
    QVERIFY(advanceAndSettle(1)); // poll 4 at 45 s: approved
    QCOMPARE(m_succeeded->count(), 1);

    const auto requests = polls();
    QCOMPARE(requests.size(), 4);
    const QList<int> expectedSecs {5, 15, 30, 45};
    for (int i = 0; i < requests.size(); ++i)
        QCOMPARE(m_start.secsTo(requests[i].clockTime), expectedSecs[i]);
    QCOMPARE(m_delayed->count(), 0);
}

void tst_DeviceAuthorizationFlow::transientFailuresBackOffAndKeepPolling()
{
    QVERIFY(startFlow(deviceReply(5, 900)));
    m_server->enqueue(AuthenticatePath, CannedResponse::raw(503, "Service Unavailable"));
    m_server->enqueue(AuthenticatePath, CannedResponse::raw(408, ""));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));
    m_server->enqueue(
        AuthenticatePath,
        CannedResponse::json(
            200, astro::test::authenticationJson(astro::test::makeJwt(1, 3601), u"r1"_s)));

    // Poll 1 (5 s): 503 -> back off twice the interval.
    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_delayed->count(), 1);
    QCOMPARE(m_delayed->at(0).at(0).value<ast::Error>().kind, ErrorKind::ServerUnavailable);
    QCOMPARE(m_delayed->at(0).at(0).value<ast::Error>().httpStatus, 503);
    QCOMPARE(m_delayed->at(0).at(1).toInt(), 10);
    QCOMPARE(m_clock->msecsUntilNext(), 10000);

    // Poll 2 (15 s): 408 -> doubled.
    QVERIFY(advanceAndSettle(10000));
    QCOMPARE(m_delayed->count(), 2);
    QCOMPARE(m_delayed->at(1).at(0).value<ast::Error>().kind, ErrorKind::ServerUnavailable);
    QCOMPARE(m_delayed->at(1).at(1).toInt(), 20);
    QCOMPARE(m_clock->msecsUntilNext(), 20000);

    // Poll 3 (35 s): the server is gone (connection refused) -> doubled again.
    m_server->close();
    QVERIFY(advanceAndSettle(20000));
    QCOMPARE(m_flow->pollCount(), 3);
    QCOMPARE(m_delayed->count(), 3);
    QCOMPARE(m_delayed->at(2).at(0).value<ast::Error>().kind, ErrorKind::Network);
    QCOMPARE(m_delayed->at(2).at(1).toInt(), 40);
    QCOMPARE(m_clock->msecsUntilNext(), 40000);

    // Poll 4 (75 s): back, still pending -> the normal interval again.
    QVERIFY(m_server->listen());
    QVERIFY(advanceAndSettle(40000));
    QCOMPARE(m_clock->msecsUntilNext(), 5000);

    // Poll 5 (80 s): approved.
    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_succeeded->count(), 1);
    QCOMPARE(m_failed->count(), 0);
    QCOMPARE(m_flow->pollCount(), 5);
    const auto requests = polls();
    QCOMPARE(requests.size(), 4); // the refused one never arrived
    const QList<int> expectedSecs {5, 15, 75, 80};
    for (int i = 0; i < requests.size(); ++i)
        QCOMPARE(m_start.secsTo(requests[i].clockTime), expectedSecs[i]);
}

void tst_DeviceAuthorizationFlow::retryAfterHonoured()
{
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(
        AuthenticatePath,
        CannedResponse::oauthError(u"rate_limited"_s, 429).withHeader("Retry-After", "45"));
    m_server->enqueue(AuthenticatePath,
                      CannedResponse::raw(503, "busy").withHeader("Retry-After", "2"));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));

    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_delayed->count(), 1);
    QCOMPARE(m_delayed->at(0).at(1).toInt(), 45); // Retry-After beats the 10 s backoff
    QCOMPARE(m_clock->msecsUntilNext(), 45000);
    m_clock->advance(44999);
    QCOMPARE(m_flow->pollCount(), 1);
    QVERIFY(advanceAndSettle(1));
    QCOMPARE(m_flow->pollCount(), 2);
    // A short Retry-After never makes us poll faster than the backoff.
    QCOMPARE(m_delayed->count(), 2);
    QCOMPARE(m_delayed->at(1).at(1).toInt(), 20);
    QCOMPARE(m_clock->msecsUntilNext(), 20000);
    QVERIFY(advanceAndSettle(20000));
    QCOMPARE(m_flow->pollCount(), 3);
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Polling);
    QCOMPARE(m_clock->msecsUntilNext(), 5000);
}

void tst_DeviceAuthorizationFlow::requestTimeoutKeepsPolling()
{
    m_http->setTimeout(200ms);
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(AuthenticatePath, CannedResponse::hang());
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));

    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_delayed->count(), 1);
    QCOMPARE(m_delayed->at(0).at(0).value<ast::Error>().kind, ErrorKind::Timeout);
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Polling);
    QCOMPARE(m_clock->msecsUntilNext(), 10000);
    QVERIFY(advanceAndSettle(10000));
    QCOMPARE(m_flow->pollCount(), 2);
    QCOMPARE(m_failed->count(), 0);
}

void tst_DeviceAuthorizationFlow::stopsOnErrorReply_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("access_denied") << 400 << QByteArray(R"({"error":"access_denied"})")
                                   << ErrorKind::AccessDenied << u"access_denied"_s;
    QTest::newRow("expired_token") << 400 << QByteArray(R"({"error":"expired_token"})")
                                   << ErrorKind::ExpiredToken << u"expired_token"_s;
    QTest::newRow("invalid_grant") << 400 << QByteArray(R"({"error":"invalid_grant"})")
                                   << ErrorKind::ExpiredToken << u"invalid_grant"_s;
    QTest::newRow("403 code/message")
        << 403
        << QByteArray(
               R"({"code":"organization_selection_required","message":"Pick an organization"})")
        << ErrorKind::ServerRefused << u"organization_selection_required"_s;
    QTest::newRow("400 invalid_client") << 400 << QByteArray(R"({"error":"invalid_client"})")
                                        << ErrorKind::ServerRefused << u"invalid_client"_s;
    QTest::newRow("HTML 404") << 404 << QByteArray("<html><body>Not Found</body></html>")
                              << ErrorKind::BadReply << QString();
}

void tst_DeviceAuthorizationFlow::stopsOnErrorReply()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);

    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));
    m_server->enqueue(AuthenticatePath, CannedResponse::raw(status, body, "application/json"));
    QVERIFY(advanceAndSettle(5000));
    QVERIFY(advanceAndSettle(5000));

    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, kind);
    QCOMPARE(failure().code, code);
    QCOMPARE(failure().httpStatus, status);
    QVERIFY(!ast::userMessage(failure()).contains(DeviceCode));
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Failed);
    QCOMPARE(m_clock->pendingCount(), 0);

    // Nothing more happens, however long we wait.
    m_clock->advance(3600 * 1000);
    QCoreApplication::processEvents();
    QCOMPARE(m_flow->pollCount(), 2);
    QCOMPARE(polls().size(), 2);
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(m_succeeded->count(), 0);
    QCOMPARE(m_delayed->count(), 0);
}

void tst_DeviceAuthorizationFlow::oversizedPollReplyStops()
{
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(
        AuthenticatePath,
        CannedResponse::raw(200, QByteArray(2 * 1024 * 1024, ' '), "application/json"));
    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::ReplyTooLarge);
    QCOMPARE(m_succeeded->count(), 0);
    QCOMPARE(m_delayed->count(), 0);
    QCOMPARE(m_clock->pendingCount(), 0);
    m_clock->advance(600 * 1000);
    QCOMPARE(m_flow->pollCount(), 1);
}

void tst_DeviceAuthorizationFlow::stopsAtExpiry()
{
    QVERIFY(startFlow(deviceReply(5, 12)));
    for (int i = 0; i < 5; ++i)
        m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));

    QVERIFY(advanceAndSettle(5000));
    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_flow->pollCount(), 2);
    // A third poll would come at 15 s, after the code expires at 12 s: the flow ends at 12 s.
    QCOMPARE(m_clock->msecsUntilNext(), 2000);
    m_clock->advance(1999);
    QCOMPARE(m_failed->count(), 0);
    m_clock->advance(1);
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::ExpiredToken);
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Failed);

    m_clock->advance(3600 * 1000);
    QCoreApplication::processEvents();
    QCOMPARE(m_flow->pollCount(), 2);
    QCOMPARE(m_failed->count(), 1);
    const auto requests = polls();
    QCOMPARE(requests.size(), 2);
    for (const RecordedRequest &request : requests)
        QVERIFY(request.clockTime < m_start.addSecs(12));
}

void tst_DeviceAuthorizationFlow::stopsAtExpiryWhileBackingOff()
{
    QVERIFY(startFlow(deviceReply(5, 20)));
    m_server->enqueue(AuthenticatePath, CannedResponse::raw(503, "down"));
    m_server->enqueue(AuthenticatePath, CannedResponse::raw(503, "down"));

    QVERIFY(advanceAndSettle(5000)); // 5 s: 503, next in 10 s
    QVERIFY(advanceAndSettle(10000)); // 15 s: 503, next would be in 20 s: past the expiry
    QCOMPARE(m_flow->pollCount(), 2);
    QCOMPARE(m_clock->msecsUntilNext(), 5000);
    m_clock->advance(5000);
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::ExpiredToken);
    m_clock->advance(60000);
    QCOMPARE(m_flow->pollCount(), 2);
}

void tst_DeviceAuthorizationFlow::oneRequestInFlight()
{
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(AuthenticatePath, CannedResponse::hang());
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));

    m_clock->advance(5000);
    QCOMPARE(m_flow->pollCount(), 1);
    QTRY_COMPARE(m_server->heldCount(), 1);
    // While the poll is unanswered, time passes but no second request starts.
    m_clock->advance(60000);
    QCOMPARE(m_flow->pollCount(), 1);
    QCOMPARE(m_clock->pendingCount(), 0);

    QVERIFY(m_server->answerHeld(CannedResponse::oauthError(u"authorization_pending"_s)));
    QTRY_COMPARE(m_clock->pendingCount(), 1);
    QCOMPARE(m_clock->msecsUntilNext(), 5000); // counted from the reply
    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_flow->pollCount(), 2);
    QCOMPARE(polls().size(), 2);
    QCOMPARE(m_server->maxConcurrent(), 1);
    QCOMPARE(m_start.secsTo(polls().at(1).clockTime), 70);
}

void tst_DeviceAuthorizationFlow::cancelWhileWaiting()
{
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));
    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_flow->pollCount(), 1);

    m_flow->cancel();
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Cancelled);
    m_clock->advance(3600 * 1000);
    QCoreApplication::processEvents();
    QCOMPARE(m_flow->pollCount(), 1);
    QCOMPARE(polls().size(), 1);
    QCOMPARE(m_failed->count(), 0);
    QCOMPARE(m_succeeded->count(), 0);
    QCOMPARE(m_delayed->count(), 0);
    m_flow->cancel(); // harmless twice
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Cancelled);
}

void tst_DeviceAuthorizationFlow::cancelWithPollInFlight()
{
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(AuthenticatePath, CannedResponse::hang());
    m_clock->advance(5000);
    QTRY_COMPARE(m_server->heldCount(), 1);

    m_flow->cancel();
    // The held request is answered now, with a success that must go unnoticed.
    m_server->answerHeld(CannedResponse::json(
        200, astro::test::authenticationJson(astro::test::makeJwt(1, 3601), u"r1"_s)));
    m_clock->advance(3600 * 1000);
    QTest::qWait(100); // let any late reply arrive
    QCOMPARE(m_flow->pollCount(), 1);
    QCOMPARE(polls().size(), 1);
    QCOMPARE(m_succeeded->count(), 0);
    QCOMPARE(m_failed->count(), 0);
    QCOMPARE(m_delayed->count(), 0);
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Cancelled);
}

void tst_DeviceAuthorizationFlow::cancelWhileStarting()
{
    m_server->enqueue(AuthorizePath, CannedResponse::hang());
    createFlow();
    m_flow->start();
    QTRY_COMPARE(m_server->heldCount(), 1);
    m_flow->cancel();
    m_server->answerHeld(CannedResponse::json(200, deviceReply()));
    m_clock->advance(3600 * 1000);
    QTest::qWait(100); // let any late reply arrive
    QCOMPARE(m_ready->count(), 0);
    QCOMPARE(m_failed->count(), 0);
    QCOMPARE(m_flow->pollCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Cancelled);
}

void tst_DeviceAuthorizationFlow::cancelFromUserCodeReady()
{
    m_server->enqueue(AuthorizePath, CannedResponse::json(200, deviceReply()));
    createFlow();
    connect(m_flow.get(), &DeviceAuthorizationFlow::userCodeReady, m_flow.get(),
            [this] { m_flow->cancel(); });
    m_flow->start();
    QTRY_COMPARE(m_ready->count(), 1);
    QCOMPARE(m_clock->pendingCount(), 0);
    m_clock->advance(3600 * 1000);
    QCOMPARE(m_flow->pollCount(), 0);
    QCOMPARE(m_failed->count(), 0);
}

void tst_DeviceAuthorizationFlow::succeedsOnce()
{
    // The token was issued by a server whose clock is years behind ours.
    const QString access =
        astro::test::makeJwt(1600000000, 1600000000 + 3600, u"user_42"_s, u"session_42"_s);
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(
        AuthenticatePath,
        CannedResponse::json(
            200, astro::test::authenticationJson(access, u"refresh_42"_s, u"user_42"_s)));
    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_succeeded->count(), 1);
    QCOMPARE(m_failed->count(), 0);
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Succeeded);
    const auto authentication = m_succeeded->at(0).at(0).value<ast::Authentication>();
    QCOMPARE(authentication.user.id, u"user_42"_s);
    QCOMPARE(authentication.sessionId, u"session_42"_s);
    QCOMPARE(authentication.tokens.tokens.accessToken, access);
    QCOMPARE(authentication.tokens.tokens.refreshToken, u"refresh_42"_s);
    const QDateTime received = m_start.addSecs(5);
    QCOMPARE(authentication.tokens.receivedAt, received);
    QCOMPARE(authentication.tokens.accessExpiresAt, received.addSecs(3600));

    m_clock->advance(3600 * 1000);
    QCoreApplication::processEvents();
    QCOMPARE(m_flow->pollCount(), 1);
    QCOMPARE(m_succeeded->count(), 1);
    m_flow->cancel(); // no effect once finished
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Succeeded);
}

void tst_DeviceAuthorizationFlow::successWithBadReplyFails()
{
    QVERIFY(startFlow(deviceReply(5)));
    m_server->enqueue(
        AuthenticatePath,
        CannedResponse::json(200, astro::test::authenticationJson(u"not-a-jwt"_s, u"r"_s)));
    QVERIFY(advanceAndSettle(5000));
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::BadReply);
    QCOMPARE(m_succeeded->count(), 0);
    QCOMPARE(m_clock->pendingCount(), 0);
}

void tst_DeviceAuthorizationFlow::refusedVerificationUri_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("url");
    QTest::newRow("javascript uri") << u"verification_uri"_s << u"javascript:alert(1)"_s;
    QTest::newRow("file uri") << u"verification_uri"_s << u"file:///etc/passwd"_s;
    QTest::newRow("remote http uri") << u"verification_uri"_s << u"http://evil.example/device"_s;
    QTest::newRow("javascript complete")
        << u"verification_uri_complete"_s << u"javascript:alert(document.cookie)"_s;
    QTest::newRow("remote http complete")
        << u"verification_uri_complete"_s << u"http://evil.example/device?code=1"_s;
}

void tst_DeviceAuthorizationFlow::refusedVerificationUri()
{
    QFETCH(QString, key);
    QFETCH(QString, url);
    QJsonObject reply = deviceReply();
    reply.insert(key, url);
    m_server->enqueue(AuthorizePath, CannedResponse::json(200, reply));
    createFlow();
    m_flow->start();
    QTRY_COMPARE(m_failed->count(), 1);
    // The server chose the URL, not the user: a bad reply (exit 1), naming the refused URL.
    QCOMPARE(failure().kind, ErrorKind::BadReply);
    QVERIFY2(failure().detail.contains(u"verification URL"_s), qPrintable(failure().detail));
    QVERIFY(!failure().detail.contains(DeviceCode));
    QCOMPARE(m_ready->count(), 0);
    QCOMPARE(m_clock->pendingCount(), 0);
    m_clock->advance(60000);
    QCOMPARE(m_flow->pollCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_DeviceAuthorizationFlow::missingClientId_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"  "_s;
}

void tst_DeviceAuthorizationFlow::missingClientId()
{
    QFETCH(QString, clientId);
    createFlow(clientId);
    m_flow->start();
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::MissingClientId);
    QVERIFY(ast::userMessage(failure()).contains(u"ASTRO_CLIENT_ID"_s));
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_ready->count(), 0);
    QCOMPARE(m_flow->state(), DeviceAuthorizationFlow::State::Failed);
}

void tst_DeviceAuthorizationFlow::refusedAuthUrl()
{
    createFlow(ClientId, QUrl(u"http://auth.example.com"_s));
    m_flow->start();
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::UrlRefused);
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_DeviceAuthorizationFlow::authorizeFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("invalid_client")
        << 400 << QByteArray(R"({"error":"invalid_client"})") << ErrorKind::ServerRefused;
    // Before any code exists, access_denied is the client being refused, not the user: at 403
    // WorkOS means the device grant is not enabled for the application.
    QTest::newRow("access_denied")
        << 403 << QByteArray(R"({"error":"access_denied"})") << ErrorKind::DeviceFlowDisabled;
    QTest::newRow("access_denied 400")
        << 400 << QByteArray(R"({"error":"access_denied"})") << ErrorKind::ServerRefused;
    QTest::newRow("code/message") << 403
                                  << QByteArray(R"({"code":"cli_auth_disabled","message":"x"})")
                                  << ErrorKind::ServerRefused;
    QTest::newRow("503") << 503 << QByteArray("down") << ErrorKind::ServerUnavailable;
    QTest::newRow("HTML 200") << 200 << QByteArray("<html>hi</html>") << ErrorKind::BadReply;
    QTest::newRow("200 over 1 MiB")
        << 200 << QByteArray(2 * 1024 * 1024, ' ') << ErrorKind::ReplyTooLarge;
    QTest::newRow("missing fields")
        << 200 << QByteArray(R"({"user_code":"A"})") << ErrorKind::BadReply;
}

void tst_DeviceAuthorizationFlow::authorizeFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    m_server->enqueue(AuthorizePath, CannedResponse::raw(status, body, "application/json"));
    createFlow();
    m_flow->start();
    QTRY_COMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, kind);
    QCOMPARE(m_ready->count(), 0);
    QCOMPARE(m_clock->pendingCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(tst_DeviceAuthorizationFlow)
#include "tst_deviceauthorizationflow.moc"
