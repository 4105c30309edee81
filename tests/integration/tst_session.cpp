// Session lifecycle with the real `ast` against astro-devserver: refresh and rotation,
// cross-process single flight, ended sessions, transient failures, `api`, ASTRO_TOKEN.
#include "AstProcess.h"
#include "CredentialsHelpers.h"
#include "DevServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>
#include <memory>
#include <vector>

using namespace astro::test;

namespace {
QStringList loginArguments()
{
    return {QStringLiteral("login"), QStringLiteral("--no-browser")};
}

QStringList fastServer(QStringList more = {})
{
    return QStringList {QStringLiteral("--auto-approve-after"), QStringLiteral("0"),
                        QStringLiteral("--interval"), QStringLiteral("1")}
    + more;
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshTokenIsNotRefreshed();
    void expiredTokenIsRefreshedAndRotated();
    void shortLivedTokenIsRefreshedBeforeExpiry();
    void parallelProcessesRefreshOnce();
    void revokedSessionEndsWithExitFour();
    void serverErrorKeepsTheSession();
    void apiRetriesOnceAfter401();
    void apiSendsMethodAndBody();
    void environmentTokenOverridesEverything();
    void statusReportsEveryProfile();
};

void TestSession::freshTokenIsNotRefreshed()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, loginArguments()).exitCode, 0);
    const auto first = AstProcess::run(user, {QStringLiteral("token")});
    const auto second = AstProcess::run(user, {QStringLiteral("token")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, second.out);
    QCOMPARE(first.out.count('.'), 2); // a JWT, on stdout alone
    QVERIFY(first.out.endsWith('\n'));
    QCOMPARE(server.stats().value(QStringLiteral("refresh_requests")).toInt(), 0);
}

void TestSession::expiredTokenIsRefreshedAndRotated()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, loginArguments()).exitCode, 0);
    const auto before = AstProcess::run(user, {QStringLiteral("token")});
    const QString refreshBefore = storedRefreshToken(user);
    QVERIFY(ageAccessToken(user));

    const auto after = AstProcess::run(user, {QStringLiteral("token")});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(after.out != before.out);
    QCOMPARE(server.stats().value(QStringLiteral("refresh_successes")).toInt(), 1);
    QVERIFY(storedRefreshToken(user) != refreshBefore); // rotated and saved
    const QDateTime expiry = QDateTime::fromString(
        profileOf(user).value(QStringLiteral("access_token_expires_at")).toString(), Qt::ISODate);
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(expiry) > 3000);
    // The new token is accepted by the API.
    QCOMPARE(AstProcess::run(user, {QStringLiteral("whoami")}).exitCode, 0);
    QCOMPARE(server.stats().value(QStringLiteral("refresh_requests")).toInt(), 1);
}

void TestSession::shortLivedTokenIsRefreshedBeforeExpiry()
{
    // A 3 s token is refreshed 0.3 s before it expires: poll `ast token` until it rotates.
    DevServerProcess server;
    QVERIFY(server.start(fastServer({QStringLiteral("--access-ttl"), QStringLiteral("3")})));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, loginArguments()).exitCode, 0);
    const QByteArray first = AstProcess::run(user, {QStringLiteral("token")}).out;
    QTRY_VERIFY_WITH_TIMEOUT(AstProcess::run(user, {QStringLiteral("token")}).out != first, 10000);
    QCOMPARE(server.stats().value(QStringLiteral("refresh_successes")).toInt(), 1);
    QCOMPARE(AstProcess::run(user, {QStringLiteral("api"), QStringLiteral("/v1/me")}).exitCode, 0);
}

void TestSession::parallelProcessesRefreshOnce()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, loginArguments()).exitCode, 0);
    // A slow refresh widens the race window that the lock has to close.
    QVERIFY(server.configure({{QStringLiteral("refresh_delay_ms"), 300}}));
    QVERIFY(ageAccessToken(user));

    std::vector<std::unique_ptr<AstProcess>> processes;
    for (int i = 0; i < 8; ++i) {
        processes.push_back(std::make_unique<AstProcess>(user.environment()));
        processes.back()->start({QStringLiteral("token")});
    }
    QSet<QByteArray> tokens;
    for (auto &process : processes) {
        const auto outcome = process->finish();
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        tokens.insert(outcome.out);
    }
    QCOMPARE(tokens.size(), 1);
    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(QStringLiteral("refresh_requests")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("refresh_successes")).toInt(), 1);
}

void TestSession::revokedSessionEndsWithExitFour()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, loginArguments()).exitCode, 0);
    QVERIFY(server.revoke());
    QVERIFY(ageAccessToken(user));

    const auto token = AstProcess::run(user, {QStringLiteral("token")});
    QCOMPARE(token.exitCode, 4);
    QVERIFY(token.out.isEmpty());
    QVERIFY2(token.err.contains("ast login"), token.err.constData());
    const QJsonObject profile = profileOf(user);
    QVERIFY(!profile.contains(QStringLiteral("tokens"))); // tokens removed
    QCOMPARE(
        profile.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("ada@example.com")); // metadata kept
    QCOMPARE(AstProcess::run(user, {QStringLiteral("whoami")}).exitCode, 4);
    const auto status = AstProcess::run(user, {QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 4);
    QCOMPARE(QJsonDocument::fromJson(status.out)
                 .object()
                 .value(QStringLiteral("profiles"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("session_ended"));
    // No second refresh attempt once the session has ended.
    QCOMPARE(server.stats().value(QStringLiteral("refresh_requests")).toInt(), 1);
}

void TestSession::serverErrorKeepsTheSession()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, loginArguments()).exitCode, 0);
    QVERIFY(server.configure(
        {{QStringLiteral("refresh_fail_status"), 503}, {QStringLiteral("refresh_fail_count"), 1}}));
    QVERIFY(ageAccessToken(user));
    const QString refreshBefore = storedRefreshToken(user);

    const auto failed = AstProcess::run(user, {QStringLiteral("token")});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("503"), failed.err.constData());
    QCOMPARE(storedRefreshToken(user), refreshBefore); // kept

    const auto next = AstProcess::run(user, {QStringLiteral("token")});
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(server.stats().value(QStringLiteral("refresh_successes")).toInt(), 1);
}

void TestSession::apiRetriesOnceAfter401()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, loginArguments()).exitCode, 0);
    QVERIFY(server.expireAccess()); // the server rejects the token the client still trusts

    const auto api = AstProcess::run(user, {QStringLiteral("api"), QStringLiteral("/v1/me")});
    QCOMPARE(api.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(api.out)
                 .object()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("ada@example.com"));
    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(QStringLiteral("refresh_requests")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("api_unauthorized")).toInt(), 1);

    // Revoked: the refresh after the 401 answers invalid_grant -> exit 4.
    QVERIFY(server.revoke());
    QCOMPARE(AstProcess::run(user, {QStringLiteral("api"), QStringLiteral("/v1/me")}).exitCode, 4);
}

void TestSession::apiSendsMethodAndBody()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, loginArguments()).exitCode, 0);
    const auto echo = AstProcess::run(
        user,
        {QStringLiteral("api"), QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-d"),
         QStringLiteral("{\"name\":\"demo\"}"), QStringLiteral("/v1/echo?x=1")});
    QCOMPARE(echo.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(echo.out).object();
    QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(json.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/echo"));
    QVERIFY(json.value(QStringLiteral("body")).toString().contains(QStringLiteral("demo")));

    QCOMPARE(AstProcess::run(
                 user, {QStringLiteral("api"), QStringLiteral("https://evil.example.com/v1/me")})
                 .exitCode,
             2);
    QCOMPARE(AstProcess::run(user, {QStringLiteral("api")}).exitCode, 2);
    QCOMPARE(AstProcess::run(user,
                             {QStringLiteral("api"), QStringLiteral("/v1/nothing-here-404"),
                              QStringLiteral("-X"), QStringLiteral("DELETE")})
                 .exitCode,
             0); // echo route answers any path
}

void TestSession::environmentTokenOverridesEverything()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser issuer(server.baseUrl());
    QCOMPARE(AstProcess::run(issuer, loginArguments()).exitCode, 0);
    const QByteArray token = AstProcess::run(issuer, {QStringLiteral("token")}).out.trimmed();

    TestUser user(server.baseUrl());
    user.environment().insert(QStringLiteral("ASTRO_TOKEN"), QString::fromUtf8(token));
    const auto printed = AstProcess::run(user, {QStringLiteral("token")});
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(printed.out.trimmed(), token);
    const auto whoami = AstProcess::run(user, {QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(whoami.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(whoami.out).object().value(QStringLiteral("email")).toString(),
             QStringLiteral("ada@example.com"));
    QVERIFY(!QFile::exists(user.credentialsPath())); // nothing read or stored

    user.environment().insert(QStringLiteral("ASTRO_TOKEN"), QStringLiteral("not-a-valid-token"));
    QCOMPARE(AstProcess::run(user, {QStringLiteral("whoami")}).exitCode, 4);
    QCOMPARE(server.stats().value(QStringLiteral("refresh_requests")).toInt(), 0);
}

void TestSession::statusReportsEveryProfile()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user,
                             {QStringLiteral("--profile"), QStringLiteral("work"),
                              QStringLiteral("login"), QStringLiteral("--no-browser")})
                 .exitCode,
             0);

    const auto current = AstProcess::run(user, {QStringLiteral("status")});
    QCOMPARE(current.exitCode, 4); // "default" is not signed in
    QVERIFY(current.out.contains("work"));
    QVERIFY(current.out.contains("ada@example.com"));
    QVERIFY2(current.err.contains("plain text"), current.err.constData()); // file storage warning

    const auto work = AstProcess::run(user,
                                      {QStringLiteral("--profile"), QStringLiteral("work"),
                                       QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(work.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(work.out).object();
    QCOMPARE(json.value(QStringLiteral("current_profile")).toString(), QStringLiteral("work"));
    QVERIFY(json.value(QStringLiteral("usable")).toBool());
    bool sawWork = false;
    for (const QJsonValue &value : json.value(QStringLiteral("profiles")).toArray()) {
        const QJsonObject profile = value.toObject();
        if (profile.value(QStringLiteral("profile")).toString() != QLatin1String("work"))
            continue;
        sawWork = true;
        QCOMPARE(profile.value(QStringLiteral("state")).toString(), QStringLiteral("signed_in"));
        QCOMPARE(profile.value(QStringLiteral("storage")).toString(), QStringLiteral("file"));
        QCOMPARE(profile.value(QStringLiteral("email")).toString(),
                 QStringLiteral("ada@example.com"));
        QVERIFY(profile.value(QStringLiteral("current")).toBool());
        QVERIFY(
            QDateTime::fromString(
                profile.value(QStringLiteral("access_token_expires_at")).toString(), Qt::ISODate)
                .isValid());
    }
    QVERIFY(sawWork);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
