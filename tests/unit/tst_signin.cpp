#include "FakeClock.h"
#include "FakeHttpServer.h"
#include "ProfileLock.h"
#include "SessionFixture.h"
#include "SignIn.h"
#include "TestHelpers.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;
using ast::ErrorKind;
using ast::SignIn;
using astro::test::CannedResponse;
using astro::test::SessionFixture;

namespace {
const QString AuthorizePath = u"/user_management/authorize/device"_s;
const QString AuthenticatePath = u"/user_management/authenticate"_s;
} // namespace

// SignIn against a fake WorkOS server: the server choice and URL checks before anything is
// sent, the device flow, and the record it saves under the profile's lock.
class tst_SignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deviceFlowSavesTheProfile();
    void keepsTheStoredServer();
    void serverOverrideWins();
    void refusesAnUnsafeServerBeforeSendingAnything();
    void refusesAnUnsafeAuthUrl();
    void deniedStoresNothing();
    void cancelStopsPolling();
    void savesUnderTheProfileLockAndCannotBeCancelledThen();
    void webFlowSavesTheProfile();
    void webFlowCancelClosesThePort();
    void organizationChosenAfterSelectionRequired();
    void chooseOrganizationWithoutPendingSelectionDoesNothing();

private:
    ast::Settings settings() const;
    void createSignIn(const ast::Settings &settings);
    // Queues a device code and an approval (after one "pending"), starts and waits for the code.
    bool startApproved();
    // Advances the fake clock past one poll interval and waits until that poll is answered.
    bool pollOnce();
    ast::Error failure() const { return m_failed->at(0).at(0).value<ast::Error>(); }

    std::unique_ptr<SessionFixture> m_fixture;
    std::unique_ptr<SignIn> m_signIn;
    std::unique_ptr<QSignalSpy> m_codeReady;
    std::unique_ptr<QSignalSpy> m_saving;
    std::unique_ptr<QSignalSpy> m_succeeded;
    std::unique_ptr<QSignalSpy> m_failed;
};

void tst_SignIn::initTestCase()
{
    qRegisterMetaType<ast::DeviceAuthorization>();
    qRegisterMetaType<ast::Authentication>();
    qRegisterMetaType<ast::ProfileRecord>();
    qRegisterMetaType<ast::Error>();
}

void tst_SignIn::init()
{
    m_fixture = std::make_unique<SessionFixture>();
    QVERIFY(m_fixture->temp->isValid());
    QVERIFY(m_fixture->server->listen());
}

void tst_SignIn::cleanup()
{
    m_codeReady.reset();
    m_saving.reset();
    m_succeeded.reset();
    m_failed.reset();
    m_signIn.reset();
    m_fixture.reset();
}

ast::Settings tst_SignIn::settings() const
{
    ast::Settings settings;
    settings.astroHome = m_fixture->home;
    settings.profile = u"default"_s;
    settings.authUrl = m_fixture->server->baseUrl();
    settings.clientId = SessionFixture::clientId();
    settings.serverOverride = m_fixture->server->url(u"/api"_s).toString();
    settings.storeChoice = ast::StoreChoice::File;
    return settings;
}

void tst_SignIn::createSignIn(const ast::Settings &settings)
{
    m_signIn = std::make_unique<SignIn>(m_fixture->http.get(), m_fixture->manager.get(), settings,
                                        m_fixture->clock.get());
    m_codeReady = std::make_unique<QSignalSpy>(m_signIn.get(), &SignIn::codeReady);
    m_saving = std::make_unique<QSignalSpy>(m_signIn.get(), &SignIn::saving);
    m_succeeded = std::make_unique<QSignalSpy>(m_signIn.get(), &SignIn::succeeded);
    m_failed = std::make_unique<QSignalSpy>(m_signIn.get(), &SignIn::failed);
}

bool tst_SignIn::startApproved()
{
    auto &server = *m_fixture->server;
    server.enqueue(
        AuthorizePath,
        CannedResponse::json(200,
                             {{u"device_code"_s, u"devcode_SECRET"_s},
                              {u"user_code"_s, u"WXYZ-1234"_s},
                              {u"verification_uri"_s, server.url(u"/device"_s).toString()},
                              {u"expires_in"_s, 300},
                              {u"interval"_s, 5}}));
    server.enqueue(AuthenticatePath, CannedResponse::oauthError(u"authorization_pending"_s));
    const qint64 now = m_fixture->clock->now().toSecsSinceEpoch();
    server.enqueue(
        AuthenticatePath,
        CannedResponse::json(200,
                             astro::test::authenticationJson(
                                 astro::test::makeJwt(now, now + 3600, u"user_1"_s, u"session_9"_s),
                                 u"refresh_1"_s)));
    m_signIn->startDeviceFlow();
    return QTest::qWaitFor([this] { return !m_codeReady->isEmpty() || !m_failed->isEmpty(); })
        && m_codeReady->count() == 1;
}

bool tst_SignIn::pollOnce()
{
    const int before = int(m_fixture->server->requestsTo(AuthenticatePath).size());
    m_fixture->clock->advance(5000);
    return QTest::qWaitFor([&] {
        return m_fixture->server->requestsTo(AuthenticatePath).size() > before
            && (m_fixture->clock->pendingCount() > 0 || !m_saving->isEmpty()
                || !m_failed->isEmpty());
    });
}

void tst_SignIn::deviceFlowSavesTheProfile()
{
    createSignIn(settings());
    QVERIFY(startApproved());
    QCOMPARE(m_codeReady->at(0).at(0).value<ast::DeviceAuthorization>().userCode, u"WXYZ-1234"_s);
    QCOMPARE(m_codeReady->at(0).at(1).toDateTime(), m_fixture->clock->now().addSecs(300));
    QVERIFY(m_signIn->isActive());
    QVERIFY(pollOnce()); // pending
    QVERIFY(m_succeeded->isEmpty());
    QVERIFY(pollOnce()); // approved
    QVERIFY(m_succeeded->wait(5000) || m_succeeded->count() == 1);
    QCOMPARE(m_succeeded->count(), 1);
    QCOMPARE(m_saving->count(), 1);
    QVERIFY(m_failed->isEmpty());
    QVERIFY(!m_signIn->isActive());

    const auto record = m_succeeded->at(0).at(0).value<ast::ProfileRecord>();
    QCOMPARE(record.name, u"default"_s);
    QCOMPARE(record.server, m_fixture->server->url(u"/api"_s));
    QCOMPARE(record.authUrl, m_fixture->server->baseUrl());
    QCOMPARE(record.clientId, SessionFixture::clientId());
    QCOMPARE(record.user.email, u"ada@example.com"_s);
    QCOMPARE(record.sessionId, u"session_9"_s);
    QCOMPARE(record.storage, ast::StorageKind::File);
    QCOMPARE(record.accessReceivedAt, m_fixture->clock->now());
    QCOMPARE(record.accessExpiresAt, m_fixture->clock->now().addSecs(3600));

    auto data = m_fixture->store->load();
    QVERIFY(data);
    const ast::ProfileRecord *stored = data->find(u"default"_s);
    QVERIFY(stored);
    QCOMPARE(stored->user, record.user);
    QCOMPARE(stored->server, record.server);
    QVERIFY(stored->fileTokens);
    QCOMPARE(stored->fileTokens->refreshToken, u"refresh_1"_s);
}

void tst_SignIn::keepsTheStoredServer()
{
    ast::ProfileRecord before = m_fixture->signedInRecord(3600 * 1000);
    before.server = m_fixture->server->url(u"/stored"_s);
    QVERIFY(m_fixture->save(before, {u"a0"_s, u"r0"_s}));
    ast::Settings withoutOverride = settings();
    withoutOverride.serverOverride.clear();
    createSignIn(withoutOverride);
    QVERIFY(startApproved());
    QCOMPARE(m_signIn->server(), m_fixture->server->url(u"/stored"_s));
    QVERIFY(pollOnce());
    QVERIFY(pollOnce());
    QTRY_COMPARE(m_succeeded->count(), 1);
    QCOMPARE(m_succeeded->at(0).at(0).value<ast::ProfileRecord>().server,
             m_fixture->server->url(u"/stored"_s));
}

void tst_SignIn::serverOverrideWins()
{
    ast::ProfileRecord before = m_fixture->signedInRecord(3600 * 1000);
    before.server = m_fixture->server->url(u"/stored"_s);
    QVERIFY(m_fixture->save(before, {u"a0"_s, u"r0"_s}));
    createSignIn(settings());
    QVERIFY(startApproved());
    QCOMPARE(m_signIn->server(), m_fixture->server->url(u"/api"_s));
    m_signIn->cancel();
}

void tst_SignIn::refusesAnUnsafeServerBeforeSendingAnything()
{
    ast::Settings unsafe = settings();
    unsafe.serverOverride = u"http://api.example.com"_s; // plain http off loopback
    createSignIn(unsafe);
    m_signIn->startDeviceFlow();
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::UrlRefused);
    QVERIFY(!m_signIn->isActive());
    QCOMPARE(m_fixture->server->requestCount(), 0);
}

void tst_SignIn::refusesAnUnsafeAuthUrl()
{
    ast::Settings unsafe = settings();
    unsafe.authUrl = QUrl(u"http://auth.example.com"_s);
    createSignIn(unsafe);
    m_signIn->startDeviceFlow();
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::UrlRefused);
    QCOMPARE(m_fixture->server->requestCount(), 0);
}

void tst_SignIn::deniedStoresNothing()
{
    auto &server = *m_fixture->server;
    server.enqueue(
        AuthorizePath,
        CannedResponse::json(200,
                             {{u"device_code"_s, u"devcode_SECRET"_s},
                              {u"user_code"_s, u"WXYZ-1234"_s},
                              {u"verification_uri"_s, server.url(u"/device"_s).toString()},
                              {u"expires_in"_s, 300},
                              {u"interval"_s, 5}}));
    server.enqueue(AuthenticatePath, CannedResponse::oauthError(u"access_denied"_s));
    createSignIn(settings());
    m_signIn->startDeviceFlow();
    QTRY_COMPARE(m_codeReady->count(), 1);
    QVERIFY(pollOnce());
    QTRY_COMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::AccessDenied);
    QVERIFY(m_saving->isEmpty());
    QVERIFY(!m_signIn->isActive());
    auto data = m_fixture->store->load();
    QVERIFY(data);
    QVERIFY(!data->find(u"default"_s));
}

void tst_SignIn::cancelStopsPolling()
{
    createSignIn(settings());
    QVERIFY(startApproved());
    QVERIFY(m_signIn->cancel());
    QVERIFY(!m_signIn->isActive());
    m_fixture->clock->advance(60 * 1000);
    QTest::qWait(0);
    QCOMPARE(m_fixture->server->requestsTo(AuthenticatePath).size(), 0);
    QVERIFY(m_failed->isEmpty());
    QVERIFY(m_succeeded->isEmpty());
}

void tst_SignIn::savesUnderTheProfileLockAndCannotBeCancelledThen()
{
    // Another process (a refresh) holds the profile's lock: the save waits for it.
    ast::ProfileLock other(m_fixture->home, u"default"_s);
    bool held = false;
    other.acquire([&held](ast::Status error) { held = !error; });
    QTRY_VERIFY(held);

    createSignIn(settings());
    QVERIFY(startApproved());
    QVERIFY(pollOnce());
    QVERIFY(pollOnce());
    QTRY_COMPARE(m_saving->count(), 1);
    QVERIFY(m_signIn->isSaving());
    QVERIFY(!m_signIn->cancel()); // the write is let finish
    QVERIFY(m_succeeded->isEmpty());
    auto data = m_fixture->store->load();
    QVERIFY(data);
    QVERIFY(!data->find(u"default"_s)); // not written while the lock is held elsewhere

    other.release();
    // The save retries the lock on the injected (fake) clock: its next attempt takes it.
    m_fixture->clock->advance(ast::ProfileLock::RetryEveryMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_succeeded->count(), 1, 10000);
    QVERIFY(m_failed->isEmpty());
    data = m_fixture->store->load();
    QVERIFY(data);
    QVERIFY(data->find(u"default"_s));
}

namespace {
// What the browser does once the user approved: GET the redirect URI with `query`.
int browserReturns(const QUrl &authorizeUrl, const QString &query)
{
    const QUrlQuery authorize(authorizeUrl);
    QUrl redirect(authorize.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    redirect.setQuery(QString(query).replace(
        u"{state}"_s, authorize.queryItemValue(u"state"_s, QUrl::FullyDecoded)));
    QNetworkAccessManager browser;
    browser.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(redirect)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject selectionRequired()
{
    return {{u"code"_s, u"organization_selection_required"_s},
            {u"message"_s, u"Choose"_s},
            {u"pending_authentication_token"_s, u"pending_SECRET"_s},
            {u"user"_s, QJsonObject {{u"id"_s, u"user_1"_s}}},
            {u"organizations"_s,
             QJsonArray {QJsonObject {{u"id"_s, u"org_A"_s}, {u"name"_s, u"Alpha"_s}},
                         QJsonObject {{u"id"_s, u"org_B"_s}, {u"name"_s, u"Beta"_s}}}}};
}
} // namespace

void tst_SignIn::webFlowSavesTheProfile()
{
    createSignIn(settings());
    QSignalSpy urlReady(m_signIn.get(), &SignIn::authorizeUrlReady);
    m_signIn->setOrganizationId(u"org_B"_s);
    m_signIn->startWebFlow();
    QCOMPARE(urlReady.count(), 1);
    const QUrl url = urlReady.at(0).at(0).toUrl();
    QCOMPARE(QUrlQuery(url).queryItemValue(u"organization_id"_s), u"org_B"_s);
    QVERIFY(m_signIn->isActive());
    const qint64 now = m_fixture->clock->now().toSecsSinceEpoch();
    m_fixture->server->enqueue(
        AuthenticatePath,
        CannedResponse::json(200,
                             astro::test::authenticationJson(
                                 astro::test::makeJwt(now, now + 3600, u"user_1"_s, u"session_9"_s),
                                 u"refresh_1"_s)));
    QCOMPARE(browserReturns(url, u"code=c1&state={state}"_s), 200);
    QTRY_COMPARE(m_succeeded->count(), 1);
    QCOMPARE(m_fixture->server->requestsTo(AuthenticatePath).at(0).formValue(u"grant_type"_s),
             u"authorization_code"_s);
    const auto record = m_succeeded->at(0).at(0).value<ast::ProfileRecord>();
    QCOMPARE(record.server, m_fixture->server->url(u"/api"_s));
    QCOMPARE(record.sessionId, u"session_9"_s);
    auto data = m_fixture->store->load();
    QVERIFY(data && data->find(u"default"_s) && data->find(u"default"_s)->fileTokens);
    QCOMPARE(data->find(u"default"_s)->fileTokens->refreshToken, u"refresh_1"_s);
}

void tst_SignIn::webFlowCancelClosesThePort()
{
    createSignIn(settings());
    QSignalSpy urlReady(m_signIn.get(), &SignIn::authorizeUrlReady);
    m_signIn->startWebFlow();
    QCOMPARE(urlReady.count(), 1);
    const QUrl redirect(QUrlQuery(urlReady.at(0).at(0).toUrl())
                            .queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QVERIFY(m_signIn->cancel());
    QVERIFY(!m_signIn->isActive());
    QTcpSocket late;
    late.connectToHost(u"127.0.0.1"_s, quint16(redirect.port()));
    QTRY_COMPARE(late.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(m_failed->isEmpty());
    QVERIFY(m_succeeded->isEmpty());
}

void tst_SignIn::organizationChosenAfterSelectionRequired()
{
    createSignIn(settings());
    QSignalSpy urlReady(m_signIn.get(), &SignIn::authorizeUrlReady);
    m_signIn->startWebFlow();
    m_fixture->server->enqueue(AuthenticatePath, CannedResponse::json(403, selectionRequired()));
    QCOMPARE(browserReturns(urlReady.at(0).at(0).toUrl(), u"code=c1&state={state}"_s), 200);
    QTRY_COMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::OrganizationSelectionRequired);
    QVERIFY(!m_signIn->isActive());
    QVERIFY(!m_fixture->store->load()->find(u"default"_s)); // nothing stored

    const qint64 now = m_fixture->clock->now().toSecsSinceEpoch();
    QJsonObject reply = astro::test::authenticationJson(
        astro::test::makeJwt(now, now + 3600, u"user_1"_s, u"session_9"_s), u"refresh_1"_s);
    reply.insert(u"organization_id"_s, u"org_B"_s);
    m_fixture->server->enqueue(AuthenticatePath, CannedResponse::json(200, reply));
    m_signIn->chooseOrganization(u"org_B"_s);
    QTRY_COMPARE(m_succeeded->count(), 1);
    const auto request = m_fixture->server->requestsTo(AuthenticatePath).at(1);
    QCOMPARE(request.formValue(u"grant_type"_s),
             u"urn:workos:oauth:grant-type:organization-selection"_s);
    QCOMPARE(request.formValue(u"pending_authentication_token"_s), u"pending_SECRET"_s);
    QCOMPARE(request.formValue(u"organization_id"_s), u"org_B"_s);
    QCOMPARE(m_succeeded->at(0).at(0).value<ast::ProfileRecord>().organizationId, u"org_B"_s);
}

void tst_SignIn::chooseOrganizationWithoutPendingSelectionDoesNothing()
{
    createSignIn(settings());
    m_signIn->chooseOrganization(u"org_B"_s);
    QVERIFY(!m_signIn->isActive());
    QCOMPARE(m_fixture->server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SignIn)
#include "tst_signin.moc"
