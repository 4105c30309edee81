#include "AuthorizationCodeFlow.h"
#include "FakeClock.h"
#include "FakeHttpServer.h"
#include "HttpClient.h"
#include "LoopbackRedirectListener.h"
#include "Pkce.h"
#include "TestHelpers.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ast::AuthorizationCodeFlow;
using ast::ErrorKind;
using astro::test::CannedResponse;
using astro::test::FakeClock;
using astro::test::FakeHttpServer;

namespace {
const QString AuthenticatePath = u"/user_management/authenticate"_s;
const QString ClientId = u"client_01TEST"_s;
} // namespace

class tst_AuthorizationCodeFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void authorizeUrl();
    void authorizeUrlWithOrganizationAndHint();
    void exchangesCodeWithVerifier();
    void callbackRefused_data();
    void callbackRefused();
    void errorFromBrowser_data();
    void errorFromBrowser();
    void exchangeRefused_data();
    void exchangeRefused();
    void organizationSelectionRequired();
    void deadline();
    void cancelWhileWaiting();
    void cancelWhileExchanging();
    void refusedAuthUrl();
    void missingClientId();

private:
    void createFlow(const QUrl &authBase = {}, const QString &clientId = ClientId);
    // Starts the flow and waits for the authorize URL.
    bool startFlow();
    QUrlQuery authorizeQuery() const { return QUrlQuery(m_ready->at(0).at(0).toUrl()); }
    QString authorizeValue(const QString &key) const
    {
        return authorizeQuery().queryItemValue(key, QUrl::FullyDecoded);
    }
    // What the browser does after the user approved: GET the redirect URI with `query`.
    int browserReturns(const QString &query);
    ast::Error failure() const { return m_failed->at(0).at(0).value<ast::Error>(); }
    // Waits until the flow has ended one way or the other.
    bool settled()
    {
        return QTest::qWaitFor([this] { return m_succeeded->count() + m_failed->count() > 0; });
    }

    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ast::HttpClient> m_http;
    std::unique_ptr<AuthorizationCodeFlow> m_flow;
    std::unique_ptr<QSignalSpy> m_ready;
    std::unique_ptr<QSignalSpy> m_succeeded;
    std::unique_ptr<QSignalSpy> m_failed;
};

void tst_AuthorizationCodeFlow::initTestCase()
{
    qRegisterMetaType<ast::Authentication>();
    qRegisterMetaType<ast::Error>();
}

void tst_AuthorizationCodeFlow::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_server = std::make_unique<FakeHttpServer>(m_clock.get());
    QVERIFY(m_server->listen());
    m_http = std::make_unique<ast::HttpClient>();
    m_http->setTimeout(10s);
}

void tst_AuthorizationCodeFlow::cleanup()
{
    m_ready.reset();
    m_succeeded.reset();
    m_failed.reset();
    m_flow.reset();
    m_http.reset();
    m_server.reset();
    m_clock.reset();
}

void tst_AuthorizationCodeFlow::createFlow(const QUrl &authBase, const QString &clientId)
{
    m_flow = std::make_unique<AuthorizationCodeFlow>(
        m_http.get(), authBase.isEmpty() ? m_server->baseUrl() : authBase, clientId, m_clock.get());
    m_ready = std::make_unique<QSignalSpy>(m_flow.get(), &AuthorizationCodeFlow::authorizeUrlReady);
    m_succeeded = std::make_unique<QSignalSpy>(m_flow.get(), &AuthorizationCodeFlow::succeeded);
    m_failed = std::make_unique<QSignalSpy>(m_flow.get(), &AuthorizationCodeFlow::failed);
}

bool tst_AuthorizationCodeFlow::startFlow()
{
    if (!m_flow)
        createFlow();
    m_flow->start();
    return m_ready->count() == 1 && m_failed->count() == 0;
}

int tst_AuthorizationCodeFlow::browserReturns(const QString &query)
{
    QNetworkAccessManager browser;
    browser.setProxy(QNetworkProxy::NoProxy);
    QUrl url = m_flow->redirectUri();
    url.setQuery(query);
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void tst_AuthorizationCodeFlow::authorizeUrl()
{
    QVERIFY(startFlow());
    const QUrl url = m_ready->at(0).at(0).toUrl();
    QCOMPARE(url.scheme(), m_server->baseUrl().scheme());
    QCOMPARE(url.port(), m_server->port());
    QCOMPARE(url.path(), u"/user_management/authorize"_s);
    QCOMPARE(m_ready->at(0).at(1).toDateTime(), m_clock->now().addSecs(300));
    QCOMPARE(authorizeValue(u"client_id"_s), ClientId);
    QCOMPARE(authorizeValue(u"response_type"_s), u"code"_s);
    QCOMPARE(authorizeValue(u"provider"_s), u"authkit"_s);
    QCOMPARE(authorizeValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(authorizeValue(u"code_challenge"_s).size(), 43);
    QCOMPARE(authorizeValue(u"state"_s).size(), 22);
    const QUrl redirect(authorizeValue(u"redirect_uri"_s));
    QCOMPARE(redirect, m_flow->redirectUri());
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QCOMPARE(redirect.path(), u"/callback"_s);
    QVERIFY(redirect.port() > 0);
    // The redirect URI is one value, its ':' and '/' escaped.
    QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"redirect_uri=http%3A%2F%2F127.0.0.1%3A"_s));
    QVERIFY(!authorizeQuery().hasQueryItem(u"organization_id"_s));
    QVERIFY(!authorizeQuery().hasQueryItem(u"login_hint"_s));
    QVERIFY(!authorizeQuery().hasQueryItem(u"code_verifier"_s));
    QCOMPARE(m_server->requestCount(), 0); // nothing is sent before the browser comes back
}

void tst_AuthorizationCodeFlow::authorizeUrlWithOrganizationAndHint()
{
    createFlow();
    m_flow->setOrganizationId(u"org_01B"_s);
    m_flow->setLoginHint(u"ada+test@example.com"_s);
    QVERIFY(startFlow());
    QCOMPARE(authorizeValue(u"organization_id"_s), u"org_01B"_s);
    QCOMPARE(authorizeValue(u"login_hint"_s), u"ada+test@example.com"_s);
    QVERIFY(m_ready->at(0)
                .at(0)
                .toUrl()
                .toString(QUrl::FullyEncoded)
                .contains(u"login_hint=ada%2Btest%40example.com"_s));
}

void tst_AuthorizationCodeFlow::exchangesCodeWithVerifier()
{
    QVERIFY(startFlow());
    m_server->enqueue(
        AuthenticatePath,
        CannedResponse::json(
            200, astro::test::authenticationJson(astro::test::makeJwt(1, 3601), u"r1"_s)));
    QCOMPARE(browserReturns(u"code=code_123&state="_s + authorizeValue(u"state"_s)), 200);
    QVERIFY(settled());
    QCOMPARE(m_failed->count(), 0);
    QCOMPARE(m_succeeded->count(), 1);
    const auto authentication = m_succeeded->at(0).at(0).value<ast::Authentication>();
    QCOMPARE(authentication.user.id, u"user_1"_s);
    QCOMPARE(authentication.tokens.tokens.refreshToken, u"r1"_s);
    QCOMPARE(m_flow->state(), AuthorizationCodeFlow::State::Succeeded);

    QCOMPARE(m_server->requestCount(), 1);
    const auto request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, AuthenticatePath);
    QCOMPARE(request.formValue(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(request.formValue(u"client_id"_s), ClientId);
    QCOMPARE(request.formValue(u"code"_s), u"code_123"_s);
    // The verifier sent is the one whose S256 hash went to the browser.
    const QString verifier = request.formValue(u"code_verifier"_s);
    QCOMPARE(verifier.size(), 43);
    QCOMPARE(ast::Pkce::challengeFor(verifier), authorizeValue(u"code_challenge"_s));
    QCOMPARE(request.formItems().size(), 4); // no client_secret, nothing else
}

void tst_AuthorizationCodeFlow::callbackRefused_data()
{
    QTest::addColumn<QString>("query"); // %1 is the right state
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong state") << u"code=c&state=x%1"_s << u"state_mismatch"_s;
    QTest::newRow("state prefix") << u"code=c&state=%1x"_s << u"state_mismatch"_s;
    QTest::newRow("no state") << u"code=c"_s << u"state_mismatch"_s;
    QTest::newRow("empty state") << u"code=c&state="_s << u"state_mismatch"_s;
    QTest::newRow("two states") << u"code=c&state=%1&state=%1"_s << u"state_mismatch"_s;
    QTest::newRow("error, wrong state") << u"error=access_denied&state=x"_s << u"state_mismatch"_s;
    QTest::newRow("no code") << u"state=%1"_s << u"missing_code"_s;
    QTest::newRow("empty code") << u"code=&state=%1"_s << u"missing_code"_s;
    QTest::newRow("two codes") << u"code=a&code=b&state=%1"_s << u"missing_code"_s;
}

void tst_AuthorizationCodeFlow::callbackRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QVERIFY(startFlow());
    const QString state = authorizeValue(u"state"_s);
    QCOMPARE(browserReturns(query.contains(u"%1"_s) ? query.arg(state) : query), 200);
    QVERIFY(settled());
    QCOMPARE(m_succeeded->count(), 0);
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::CallbackRefused);
    QCOMPARE(failure().code, code);
    QCOMPARE(m_server->requestCount(), 0); // no code was exchanged
}

void tst_AuthorizationCodeFlow::errorFromBrowser_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("denied") << u"error=access_denied&state=%1"_s << ErrorKind::AccessDenied
                            << u"access_denied"_s << QString();
    QTest::newRow("other")
        << u"error=server_error&error_description=Try%20later%1B%5B31m&state=%1"_s
        << ErrorKind::ServerRefused << u"server_error"_s << u"Try later"_s;
}

void tst_AuthorizationCodeFlow::errorFromBrowser()
{
    QFETCH(QString, query);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    QVERIFY(startFlow());
    QCOMPARE(browserReturns(query.arg(authorizeValue(u"state"_s))), 200);
    QVERIFY(settled());
    QCOMPARE(failure().kind, kind);
    QCOMPARE(failure().code, code);
    QVERIFY2(failure().detail.startsWith(detail), qPrintable(failure().detail));
    QVERIFY(!failure().detail.contains(u'\x1b'));
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_AuthorizationCodeFlow::exchangeRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    // A refused code is not an ended session: the sign-in itself failed.
    QTest::newRow("invalid_grant")
        << 400 << QByteArray(R"({"error":"invalid_grant"})") << ErrorKind::ServerRefused;
    QTest::newRow("invalid_request")
        << 400 << QByteArray(R"({"error":"invalid_request"})") << ErrorKind::ServerRefused;
    QTest::newRow("500") << 500 << QByteArray("{}") << ErrorKind::ServerUnavailable;
    QTest::newRow("200 garbage") << 200 << QByteArray("{") << ErrorKind::BadReply;
}

void tst_AuthorizationCodeFlow::exchangeRefused()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QVERIFY(startFlow());
    m_server->enqueue(AuthenticatePath, CannedResponse::raw(status, body, "application/json"));
    QCOMPARE(browserReturns(u"code=c&state="_s + authorizeValue(u"state"_s)), 200);
    QVERIFY(settled());
    QCOMPARE(m_succeeded->count(), 0);
    QCOMPARE(failure().kind, kind);
}

void tst_AuthorizationCodeFlow::organizationSelectionRequired()
{
    QVERIFY(startFlow());
    const QJsonObject reply {
        {u"code"_s, u"organization_selection_required"_s},
        {u"message"_s, u"Choose"_s},
        {u"pending_authentication_token"_s, u"pending_SECRET"_s},
        {u"user"_s, QJsonObject {{u"id"_s, u"user_1"_s}, {u"email"_s, u"ada@example.com"_s}}},
        {u"organizations"_s,
         QJsonArray {QJsonObject {{u"id"_s, u"org_A"_s}, {u"name"_s, u"Alpha"_s}},
                     QJsonObject {{u"id"_s, u"org_B"_s}, {u"name"_s, u"Beta"_s}}}}};
    m_server->enqueue(AuthenticatePath, CannedResponse::json(403, reply));
    QCOMPARE(browserReturns(u"code=c&state="_s + authorizeValue(u"state"_s)), 200);
    QVERIFY(settled());
    QCOMPARE(failure().kind, ErrorKind::OrganizationSelectionRequired);
    QVERIFY(failure().organizationSelection);
    QCOMPARE(failure().organizationSelection->pendingAuthenticationToken, u"pending_SECRET"_s);
    QCOMPARE(failure().organizationSelection->organizations,
             (QList<ast::Organization> {{u"org_A"_s, u"Alpha"_s}, {u"org_B"_s, u"Beta"_s}}));
    QVERIFY(!ast::userMessage(failure()).contains(u"pending_SECRET"_s));
}

void tst_AuthorizationCodeFlow::deadline()
{
    QVERIFY(startFlow());
    const QUrl redirect = m_flow->redirectUri();
    m_clock->advance(ast::LoopbackRedirectListener::DefaultDeadline - 1ms);
    QCOMPARE(m_failed->count(), 0);
    m_clock->advance(1ms);
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::SignInTimedOut);
    QCOMPARE(m_flow->state(), AuthorizationCodeFlow::State::Failed);
    QTcpSocket late;
    late.connectToHost(u"127.0.0.1"_s, quint16(redirect.port()));
    QTRY_COMPARE(late.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_AuthorizationCodeFlow::cancelWhileWaiting()
{
    QVERIFY(startFlow());
    const QUrl redirect = m_flow->redirectUri();
    m_flow->cancel();
    QCOMPARE(m_flow->state(), AuthorizationCodeFlow::State::Cancelled);
    QTcpSocket late;
    late.connectToHost(u"127.0.0.1"_s, quint16(redirect.port()));
    QTRY_COMPARE(late.state(), QAbstractSocket::UnconnectedState);
    m_clock->advance(ast::LoopbackRedirectListener::DefaultDeadline);
    QCOMPARE(m_failed->count(), 0);
    QCOMPARE(m_succeeded->count(), 0);
}

void tst_AuthorizationCodeFlow::cancelWhileExchanging()
{
    QVERIFY(startFlow());
    m_server->enqueue(AuthenticatePath, CannedResponse::hang());
    QCOMPARE(browserReturns(u"code=c&state="_s + authorizeValue(u"state"_s)), 200);
    QTRY_COMPARE(m_server->heldCount(), 1);
    QCOMPARE(m_flow->state(), AuthorizationCodeFlow::State::Exchanging);
    m_flow->cancel();
    m_server->answerHeld(CannedResponse::json(
        200, astro::test::authenticationJson(astro::test::makeJwt(1, 3601), u"r1"_s)));
    QTRY_COMPARE(m_server->answeredCount(), 1);
    QCOMPARE(m_succeeded->count(), 0);
    QCOMPARE(m_failed->count(), 0);
    QCOMPARE(m_flow->state(), AuthorizationCodeFlow::State::Cancelled);
}

void tst_AuthorizationCodeFlow::refusedAuthUrl()
{
    createFlow(QUrl(u"http://auth.example.com"_s));
    m_flow->start();
    QCOMPARE(m_ready->count(), 0);
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::UrlRefused);
    QVERIFY(m_flow->redirectUri().isEmpty()); // no listener was opened
}

void tst_AuthorizationCodeFlow::missingClientId()
{
    createFlow({}, u"  "_s);
    m_flow->start();
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().kind, ErrorKind::MissingClientId);
    QVERIFY(m_flow->redirectUri().isEmpty());
}

QTEST_GUILESS_MAIN(tst_AuthorizationCodeFlow)
#include "tst_authorizationcodeflow.moc"
