#include "ApiClient.h"
#include "FakeHttpServer.h"
#include "SessionFixture.h"
#include "SessionManager.h"
#include "TestHelpers.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ast::ApiClient;
using ast::ApiRequest;
using ast::ErrorKind;
using ast::ProfileRecord;
using ast::SessionManager;
using ast::TokenPair;
using astro::test::CannedResponse;
using astro::test::SessionFixture;

namespace {
const QString Profile = u"default"_s;
const QString MePath = u"/v1/me"_s;
const QString AuthenticatePath = u"/user_management/authenticate"_s;
const TokenPair OldTokens {u"access_OLD"_s, u"refresh_OLD"_s};

using ApiResult = ast::Result<ast::ApiResponse>;

QJsonObject meBody()
{
    return {{u"user"_s, QJsonObject {{u"id"_s, u"user_01"_s}}},
            {u"account"_s, QJsonObject {{u"id"_s, u"acct_1"_s}, {u"plan"_s, u"pro"_s}}}};
}
} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendsBearerHeader();
    void sendsMethodAndBody();
    void unauthorizedRefreshesOnceAndRetries();
    void unauthorizedTwice();
    void unauthorizedThenSessionEnded();
    void refreshesBeforeCallingWhenDue();
    void otherStatusesPassThrough();
    void transportFailure();
    void environmentToken();
    void environmentTokenUnauthorized();
    void notSignedIn();
    void goneContextGetsNoResult();
    void refusedPaths_data();
    void refusedPaths();
    void refusedServer();
    void resolve_data();
    void resolve();

private:
    void seed(qint64 lifetimeMs = 3600 * 1000);
    std::optional<ApiResult> call(const ApiRequest &request, const QString &environmentToken = {},
                                  const QUrl &server = {});
    CannedResponse refreshReply(const QString &accessSub, const QString &refreshToken) const;

    std::unique_ptr<SessionFixture> m_fx;
    std::unique_ptr<ApiClient> m_api;
};

void tst_ApiClient::init()
{
    m_fx = std::make_unique<SessionFixture>();
    QVERIFY(m_fx->temp->isValid());
    QVERIFY(m_fx->server->listen());
    m_api = std::make_unique<ApiClient>(m_fx->manager.get(), m_fx->http.get());
}

void tst_ApiClient::cleanup()
{
    m_api.reset();
    m_fx.reset();
}

void tst_ApiClient::seed(qint64 lifetimeMs)
{
    QVERIFY(m_fx->save(m_fx->signedInRecord(lifetimeMs), OldTokens));
}

std::optional<ApiResult> tst_ApiClient::call(const ApiRequest &request,
                                             const QString &environmentToken, const QUrl &server)
{
    auto slot = std::make_shared<std::optional<ApiResult>>();
    auto calls = std::make_shared<int>(0);
    m_api->call(Profile, server.isEmpty() ? m_fx->server->baseUrl() : server, environmentToken,
                request, [slot, calls](ApiResult result) {
                    ++*calls;
                    slot->emplace(std::move(result));
                });
    (void)QTest::qWaitFor([&] { return slot->has_value(); }, 10000);
    QCoreApplication::processEvents();
    return *calls == 1 ? *slot : std::nullopt;
}

CannedResponse tst_ApiClient::refreshReply(const QString &accessSub,
                                           const QString &refreshToken) const
{
    const QString access = astro::test::makeJwt(1000, 4600, accessSub);
    return CannedResponse::json(200, astro::test::authenticationJson(access, refreshToken));
}

void tst_ApiClient::sendsBearerHeader()
{
    seed();
    m_fx->server->enqueue(MePath, CannedResponse::json(200, meBody()));
    const auto result = call({"GET", MePath, {}, {}});
    QVERIFY(result);
    QVERIFY2(result->ok(),
             qPrintable(result->ok() ? QString() : ast::userMessage(result->error())));
    QCOMPARE(result->value().http.status, 200);
    QCOMPARE(QJsonDocument::fromJson(result->value().http.body).object(), meBody());
    QCOMPARE(result->value().record.name, Profile);

    QCOMPARE(m_fx->server->requestCount(), 1);
    const auto request = m_fx->server->requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, MePath);
    QCOMPARE(request.header("authorization"), QByteArray("Bearer access_OLD"));
    QVERIFY(!request.query.contains(u"access_OLD"_s)); // never in the URL
    QVERIFY(request.query.isEmpty());
    QVERIFY(!request.hasHeader("cookie"));
}

void tst_ApiClient::sendsMethodAndBody()
{
    seed();
    m_fx->server->enqueue(u"/v1/things"_s, CannedResponse::json(201, {{u"id"_s, u"t1"_s}}));
    const auto result =
        call({"POST", u"/v1/things?dry_run=1"_s, R"({"name":"x"})", "application/json"});
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().http.status, 201);
    const auto request = m_fx->server->requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, u"/v1/things"_s);
    QCOMPARE(request.query, u"dry_run=1"_s);
    QCOMPARE(request.body, QByteArray(R"({"name":"x"})"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer access_OLD"));
}

void tst_ApiClient::unauthorizedRefreshesOnceAndRetries()
{
    seed(); // fresh by the clock, but the server has revoked the access token
    m_fx->server->enqueue(MePath,
                          CannedResponse::json(401, {{u"error"_s, u"unauthorized"_s}})
                              .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    m_fx->server->enqueue(AuthenticatePath, refreshReply(u"user_01"_s, u"refresh_NEW"_s));
    m_fx->server->enqueue(MePath, CannedResponse::json(200, meBody()));

    const auto result = call({"GET", MePath, {}, {}});
    QVERIFY(result);
    QVERIFY2(result->ok(),
             qPrintable(result->ok() ? QString() : ast::userMessage(result->error())));
    QCOMPARE(result->value().http.status, 200);

    const auto requests = m_fx->server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].path, MePath);
    QCOMPARE(requests[0].header("authorization"), QByteArray("Bearer access_OLD"));
    QCOMPARE(requests[1].path, AuthenticatePath);
    QCOMPARE(requests[1].formValue(u"refresh_token"_s), u"refresh_OLD"_s);
    QCOMPARE(requests[2].path, MePath);
    const QString newAccess = m_fx->store->load()->find(Profile)->fileTokens->accessToken;
    QCOMPARE(requests[2].header("authorization"), "Bearer " + newAccess.toUtf8());
    QVERIFY(newAccess != OldTokens.accessToken);
    QCOMPARE(m_fx->store->load()->find(Profile)->fileTokens->refreshToken, u"refresh_NEW"_s);
}

void tst_ApiClient::unauthorizedTwice()
{
    seed();
    m_fx->server->enqueue(MePath, CannedResponse::raw(401, ""));
    m_fx->server->enqueue(AuthenticatePath, refreshReply(u"user_01"_s, u"refresh_NEW"_s));
    m_fx->server->enqueue(MePath, CannedResponse::raw(401, ""));
    m_fx->server->enqueue(MePath, CannedResponse::json(200, meBody())); // must not be reached

    const auto result = call({"GET", MePath, {}, {}});
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Unauthorized);
    QCOMPARE(result->error().httpStatus, 401);
    QVERIFY(result->error().needsSignIn());
    QCOMPARE(m_fx->server->requestCount(), 3);
    QCOMPARE(m_fx->server->requestsTo(AuthenticatePath).size(), 1);
    QCOMPARE(m_fx->server->requestsTo(MePath).size(), 2);
}

void tst_ApiClient::unauthorizedThenSessionEnded()
{
    seed();
    QSignalSpy ended(m_fx->manager.get(), &SessionManager::sessionEnded);
    m_fx->server->enqueue(MePath, CannedResponse::raw(401, ""));
    m_fx->server->enqueue(AuthenticatePath, CannedResponse::oauthError(u"invalid_grant"_s));
    const auto result = call({"GET", MePath, {}, {}});
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::InvalidGrant);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(m_fx->server->requestCount(), 2);
    QCOMPARE(m_fx->store->load()->find(Profile)->state(), ast::ProfileStatus::State::SessionEnded);
}

void tst_ApiClient::refreshesBeforeCallingWhenDue()
{
    seed(300 * 1000);
    m_fx->clock->advance(271 * 1000); // inside the 30 s lead of a 5 min token
    m_fx->server->enqueue(AuthenticatePath, refreshReply(u"user_01"_s, u"refresh_NEW"_s));
    m_fx->server->enqueue(MePath, CannedResponse::json(200, meBody()));
    const auto result = call({"GET", MePath, {}, {}});
    QVERIFY(result && result->ok());
    const auto requests = m_fx->server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].path, AuthenticatePath);
    QCOMPARE(requests[1].path, MePath);
    QVERIFY(requests[1].header("authorization") != QByteArray("Bearer access_OLD"));
}

void tst_ApiClient::otherStatusesPassThrough()
{
    seed();
    m_fx->server->enqueue(MePath, CannedResponse::json(404, {{u"message"_s, u"no such thing"_s}}));
    const auto result = call({"GET", MePath, {}, {}});
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().http.status, 404);
    QVERIFY(result->value().http.body.contains("no such thing"));
    QCOMPARE(m_fx->server->requestCount(), 1); // no refresh for anything but 401
}

void tst_ApiClient::transportFailure()
{
    seed();
    const QUrl server = m_fx->server->baseUrl();
    m_fx->server->close();
    const auto result = call({"GET", MePath, {}, {}}, {}, server);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Network);
}

void tst_ApiClient::environmentToken()
{
    // No profile at all: ASTRO_TOKEN is used as is and nothing is read or stored.
    m_fx->server->enqueue(MePath, CannedResponse::json(200, meBody()));
    const auto result = call({"GET", MePath, {}, {}}, u"env_TOKEN"_s);
    QVERIFY(result && result->ok());
    QCOMPARE(m_fx->server->requests().at(0).header("authorization"),
             QByteArray("Bearer env_TOKEN"));
    QVERIFY(result->value().record.name.isEmpty());
    QVERIFY(!QFile::exists(m_fx->temp->filePath(u".astro/credentials.json"_s)));
}

void tst_ApiClient::environmentTokenUnauthorized()
{
    seed();
    m_fx->server->enqueue(MePath, CannedResponse::raw(401, ""));
    const auto result = call({"GET", MePath, {}, {}}, u"env_TOKEN"_s);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Unauthorized);
    QCOMPARE(m_fx->server->requestCount(), 1); // no refresh of someone else's token
    QCOMPARE(*m_fx->store->load()->find(Profile)->fileTokens, OldTokens);
}

void tst_ApiClient::notSignedIn()
{
    const auto result = call({"GET", MePath, {}, {}});
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::NotSignedIn);
    QCOMPARE(m_fx->server->requestCount(), 0);
}

void tst_ApiClient::goneContextGetsNoResult()
{
    seed();
    m_fx->server->enqueue(MePath, CannedResponse::json(200, meBody()));
    auto *context = new QObject;
    bool called = false;
    m_api->call(Profile, m_fx->server->baseUrl(), {}, {"GET", MePath, {}, {}}, context,
                [&called](ApiResult) { called = true; });
    delete context; // e.g. the window that asked was closed
    QTRY_COMPARE(m_fx->server->requestsTo(MePath).size(), qsizetype(1));
    QTRY_VERIFY(m_api->children().isEmpty()); // the call is over and cleaned up
    QVERIFY(!called);
}

void tst_ApiClient::refusedPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("absolute https") << u"https://evil.example/v1/me"_s;
    QTest::newRow("absolute http loopback") << u"http://127.0.0.1:1/v1/me"_s;
    QTest::newRow("scheme-relative") << u"//evil.example/v1/me"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("empty") << QString();
}

void tst_ApiClient::refusedPaths()
{
    QFETCH(QString, path);
    seed();
    const auto resolved = ApiClient::resolve(m_fx->server->baseUrl(), path);
    QVERIFY(!resolved);
    QCOMPARE(resolved.error().kind, ErrorKind::InvalidInput);

    const auto result = call({"GET", path, {}, {}});
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::InvalidInput);
    QCOMPARE(m_fx->server->requestCount(), 0);
}

void tst_ApiClient::refusedServer()
{
    seed();
    const auto result = call({"GET", MePath, {}, {}}, {}, QUrl(u"http://api.example.com"_s));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::UrlRefused);
    QCOMPARE(m_fx->server->requestCount(), 0);
}

void tst_ApiClient::resolve_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"https://api.example.com"_s << u"/v1/me"_s
                           << u"https://api.example.com/v1/me"_s;
    QTest::newRow("no leading slash")
        << u"https://api.example.com"_s << u"v1/me"_s << u"https://api.example.com/v1/me"_s;
    QTest::newRow("base path") << u"https://api.example.com/astro/"_s << u"/v1/me"_s
                               << u"https://api.example.com/astro/v1/me"_s;
    QTest::newRow("query kept") << u"https://api.example.com"_s << u"/v1/items?page=2&q=a%20b"_s
                                << u"https://api.example.com/v1/items?page=2&q=a%20b"_s;
    QTest::newRow("loopback http")
        << u"http://127.0.0.1:8080"_s << u"/v1/me"_s << u"http://127.0.0.1:8080/v1/me"_s;
}

void tst_ApiClient::resolve()
{
    QFETCH(QString, server);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const auto resolved = ApiClient::resolve(QUrl(server), path);
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().detail));
    QCOMPARE(resolved->toString(QUrl::FullyEncoded), expected);
    QCOMPARE(resolved->host(), QUrl(server).host());
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
