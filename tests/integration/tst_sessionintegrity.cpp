// One story per profile, with the real `ast` against astro-devserver: a logout or a new login
// is never undone by a refresh that finishes later, an interrupt never loses a rotated pair,
// logout ends the WorkOS session (and is bounded when WorkOS cannot be reached), and many
// processes on many profiles at expiry refresh once per profile.
#include "AstProcess.h"
#include "CredentialsHelpers.h"
#include "DevServerProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <csignal>
#include <memory>
#include <vector>

using namespace astro::test;
using namespace Qt::StringLiterals;

namespace {
bool writeCredentials(const TestUser &user, const QJsonObject &root)
{
    QSaveFile file(user.credentialsPath());
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0
        && file.commit();
}

bool editProfile(const TestUser &user, const QString &name,
                 const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = readCredentials(user);
    QJsonObject profiles = root.value(u"profiles"_s).toObject();
    QJsonObject profile = profiles.value(name).toObject();
    edit(profile);
    profiles.insert(name, profile);
    root.insert(u"profiles"_s, profiles);
    return writeCredentials(user, root);
}

QStringList login(const QString &profile = u"default"_s)
{
    return {u"--profile"_s, profile, u"login"_s, u"--no-browser"_s};
}

QStringList fastServer(QStringList more = {})
{
    return QStringList {u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s} + more;
}

int stat(DevServerProcess &server, const QString &name)
{
    return server.stats().value(name).toInt();
}

// Makes the next refresh slow (`settings`), ages the access token and starts `ast token`: true
// once the server has counted its refresh request, that is while the refresh is in flight.
bool startSlowRefresh(DevServerProcess &server, const TestUser &user, AstProcess &token,
                      const QJsonObject &settings)
{
    if (!server.configure(settings) || !ageAccessToken(user))
        return false;
    token.start({u"token"_s});
    return QTest::qWaitFor([&] { return stat(server, u"refresh_requests"_s) == 1; }, 15000);
}

QString stateOf(const TestUser &user, const QString &profile = u"default"_s)
{
    const auto status = AstProcess::run(user, {u"--profile"_s, profile, u"status"_s, u"--json"_s});
    for (const QJsonValue &value :
         QJsonDocument::fromJson(status.out).object().value(u"profiles"_s).toArray()) {
        if (value.toObject().value(u"profile"_s).toString() == profile)
            return value.toObject().value(u"state"_s).toString();
    }
    return u"absent"_s;
}

// POST /user_management/authenticate with a refresh token, as anyone holding a copy could.
QString refreshError(const DevServerProcess &server, const QString &refreshToken)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(server.url(u"/user_management/authenticate"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, refreshToken);
    form.addQueryItem(u"client_id"_s, u"client_test"_s);
    QNetworkReply *reply = network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QString error =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status == 200 ? u"ok"_s : error;
}
} // namespace

class TestSessionIntegrity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logoutDuringSlowRefreshSticks();
    void locklessLogoutDuringRefreshIsNotUndone();
    void loginAsAnotherUserDuringRefreshKeepsTheNewAccount();
    void interruptDuringRefreshKeepsTheSession_data();
    void interruptDuringRefreshKeepsTheSession();
    void secondInterruptQuitsWithAWarning();
    void logoutEndsTheSessionAtWorkOs();
    void logoutWithWorkOsDownForgetsTokens();
    void logoutWithWorkOsSilentIsCappedAtFiveSeconds();
    void parallelTokensOnFourProfilesAtExpiry();
    void loginWithDeviceFlowDisabledSaysSo();
    void interruptedLogoutKeepsTheLocalPart();
};

void TestSessionIntegrity::logoutDuringSlowRefreshSticks()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    AstProcess token(user.environment());
    QVERIFY(startSlowRefresh(server, user, token, {{u"refresh_delay_ms"_s, 1500}}));
    const auto logout = AstProcess::run(user, {u"logout"_s});
    QVERIFY2(logout.exitCode == 0, logout.err.constData());
    const auto refreshed = token.finish();
    QVERIFY2(refreshed.exitCode == 0 || refreshed.exitCode == 4, refreshed.err.constData());

    QCOMPARE(stateOf(user), u"signed_out"_s);
    QVERIFY(!profileOf(user).contains(u"tokens"_s));
    QCOMPARE(AstProcess::run(user, {u"token"_s}).exitCode, 4);
    QCOMPARE(stat(server, u"refresh_successes"_s), 1);
}

void TestSessionIntegrity::locklessLogoutDuringRefreshIsNotUndone()
{
    // A writer that skips the profile lock (an older ast, a lock broken as stale) signs the
    // profile out while the refresh is in flight: the refresh must drop its result.
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    AstProcess token(user.environment());
    QVERIFY(startSlowRefresh(server, user, token, {{u"refresh_delay_ms"_s, 1500}}));
    QVERIFY(editProfile(user, u"default"_s, [](QJsonObject &profile) {
        for (const QString &key : {u"user"_s, u"tokens"_s, u"session_id"_s,
                                   u"access_token_expires_at"_s, u"access_token_received_at"_s})
            profile.remove(key);
        profile.insert(u"generation"_s, profile.value(u"generation"_s).toInteger() + 1);
    }));
    const auto refreshed = token.finish();
    QCOMPARE(refreshed.exitCode, 4); // signed out meanwhile
    QVERIFY(refreshed.out.isEmpty());
    QCOMPARE(stateOf(user), u"signed_out"_s);
    QVERIFY(!profileOf(user).contains(u"tokens"_s));
}

void TestSessionIntegrity::loginAsAnotherUserDuringRefreshKeepsTheNewAccount()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    AstProcess token(user.environment());
    QVERIFY(startSlowRefresh(server, user, token,
                             {{u"refresh_delay_ms"_s, 1500}, {u"identity"_s, u"grace"_s}}));
    const auto relogin = AstProcess::run(user, login());
    QVERIFY2(relogin.exitCode == 0, relogin.err.constData());
    QVERIFY(relogin.err.contains("grace@example.com"));
    QCOMPARE(token.finish().exitCode, 0);

    QCOMPARE(profileOf(user).value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"grace@example.com"_s);
    const auto whoami = AstProcess::run(user, {u"whoami"_s, u"--json"_s});
    QCOMPARE(whoami.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(whoami.out).object().value(u"email"_s).toString(),
             u"grace@example.com"_s);
}

void TestSessionIntegrity::interruptDuringRefreshKeepsTheSession_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGINT") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

void TestSessionIntegrity::interruptDuringRefreshKeepsTheSession()
{
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    const QString spent = storedRefreshToken(user);
    AstProcess token(user.environment());
    // The server has rotated the refresh token once it counts the request.
    QVERIFY(startSlowRefresh(server, user, token, {{u"refresh_delay_ms"_s, 1500}}));
    QCOMPARE(::kill(pid_t(token.pid()), signalNumber), 0);
    const auto interrupted = token.finish();
    QVERIFY2(interrupted.exitCode == exitCode, interrupted.err.constData());
    QVERIFY(storedRefreshToken(user) != spent); // the successor was saved

    const auto next = AstProcess::run(user, {u"token"_s});
    QVERIFY2(next.exitCode == 0, next.err.constData());
    QCOMPARE(stat(server, u"refresh_requests"_s), 1); // the saved pair was fresh
}

void TestSessionIntegrity::secondInterruptQuitsWithAWarning()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    AstProcess token(user.environment());
    QVERIFY(startSlowRefresh(server, user, token, {{u"refresh_delay_ms"_s, 10000}}));
    QCOMPARE(::kill(pid_t(token.pid()), SIGINT), 0);
    QVERIFY(token.waitForStderr(u"Waiting for the token refresh"_s));
    QCOMPARE(::kill(pid_t(token.pid()), SIGINT), 0);
    const auto quit = token.finish();
    QCOMPARE(quit.exitCode, 130);
    QVERIFY2(quit.err.contains("signed in again"), quit.err.constData());
}

void TestSessionIntegrity::logoutEndsTheSessionAtWorkOs()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    const QString copy = storedRefreshToken(user); // e.g. in a backup
    QVERIFY(!copy.isEmpty());

    const auto logout = AstProcess::run(user, {u"logout"_s});
    QCOMPARE(logout.exitCode, 0);
    QVERIFY2(
        logout.err.contains("Signed out of profile \"default\"; the session was ended at WorkOS."),
        logout.err.constData());
    QCOMPARE(stat(server, u"session_logouts"_s), 1);
    QCOMPARE(refreshError(server, copy), u"invalid_grant"_s);

    // --json, --all: one entry per profile.
    QCOMPARE(AstProcess::run(user, login(u"a"_s)).exitCode, 0);
    QCOMPARE(AstProcess::run(user, login(u"b"_s)).exitCode, 0);
    const auto all = AstProcess::run(user, {u"--json"_s, u"logout"_s, u"--all"_s});
    QCOMPARE(all.exitCode, 0);
    int ended = 0;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(all.out).object().value(u"profiles"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        QVERIFY(entry.value(u"signed_out"_s).toBool());
        if (entry.value(u"profile"_s).toString() == u"default"_s)
            QVERIFY(!entry.value(u"session_ended"_s).toBool()); // already signed out
        else
            ended += entry.value(u"session_ended"_s).toBool() ? 1 : 0;
    }
    QCOMPARE(ended, 2);
    QCOMPARE(stat(server, u"session_logouts"_s), 3);
}

void TestSessionIntegrity::logoutWithWorkOsDownForgetsTokens()
{
    auto server = std::make_unique<DevServerProcess>();
    QVERIFY(server->start(fastServer()));
    TestUser user(server->baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    server.reset(); // WorkOS is gone: connection refused

    const auto logout = AstProcess::run(user, {u"logout"_s});
    QCOMPARE(logout.exitCode, 0);
    QVERIFY2(logout.err.contains("WorkOS could not be reached ("), logout.err.constData());
    QVERIFY(logout.err.contains("so the session stays valid until it expires."));
    QVERIFY(!profileOf(user).contains(u"tokens"_s));
    QCOMPARE(stateOf(user), u"signed_out"_s);
}

void TestSessionIntegrity::logoutWithWorkOsSilentIsCappedAtFiveSeconds()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    // A server that accepts the connection and never answers: only the 5 s cap ends the wait.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QVERIFY(editProfile(user, u"default"_s, [&silent](QJsonObject &profile) {
        profile.insert(u"auth_url"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    }));

    QElapsedTimer elapsed;
    elapsed.start();
    AstProcess logout(user.environment());
    logout.start({u"logout"_s});
    const auto outcome = logout.finish(20000);
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.err.contains("no answer within 5 s"), outcome.err.constData());
    QVERIFY2(elapsed.elapsed() < 6000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(!profileOf(user).contains(u"tokens"_s));
}

void TestSessionIntegrity::parallelTokensOnFourProfilesAtExpiry()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    const QStringList profiles {u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s};
    for (const QString &profile : profiles)
        QCOMPARE(AstProcess::run(user, login(profile)).exitCode, 0);
    QVERIFY(server.configure({{u"refresh_delay_ms"_s, 1000}}));
    QVERIFY(server.resetStats());
    for (const QString &profile : profiles)
        QVERIFY(ageAccessToken(user, profile));

    std::vector<std::pair<QString, std::unique_ptr<AstProcess>>> processes;
    for (int i = 0; i < 16; ++i) {
        const QString profile = profiles.at(i % 4);
        processes.emplace_back(profile, std::make_unique<AstProcess>(user.environment()));
        processes.back().second->start({u"--profile"_s, profile, u"token"_s});
    }
    // In the middle of it: every profile's refresh is in flight, and p3 signs out.
    QTRY_VERIFY_WITH_TIMEOUT(stat(server, u"refresh_requests"_s) == 4, 20000);
    const auto logout = AstProcess::run(user, {u"--profile"_s, u"p3"_s, u"logout"_s});
    QVERIFY2(logout.exitCode == 0, logout.err.constData());

    QMap<QString, QSet<QByteArray>> tokens;
    for (auto &[profile, process] : processes) {
        const auto outcome = process->finish();
        if (profile == u"p3"_s) // before or after the logout: a token, or "signed out"
            QVERIFY2(outcome.exitCode == 0 || outcome.exitCode == 4, outcome.err.constData());
        else
            QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        if (outcome.exitCode == 0)
            tokens[profile].insert(outcome.out);
    }
    for (const QString &profile : {u"p1"_s, u"p2"_s, u"p4"_s})
        QCOMPARE(tokens.value(profile).size(), 1); // one refresh, shared by its 4 processes
    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"refresh_requests"_s).toInt(), 4);
    QCOMPARE(stats.value(u"refresh_successes"_s).toInt(), 4);
    QCOMPARE(stateOf(user, u"p3"_s), u"signed_out"_s);
    QCOMPARE(AstProcess::run(user, {u"--profile"_s, u"p3"_s, u"token"_s}).exitCode, 4);
    for (const QString &profile : {u"p1"_s, u"p2"_s, u"p4"_s})
        QCOMPARE(stateOf(user, profile), u"signed_in"_s);
}

void TestSessionIntegrity::loginWithDeviceFlowDisabledSaysSo()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer({u"--device-flow-disabled"_s})));
    TestUser user(server.baseUrl());
    const auto login = AstProcess::run(user, {u"login"_s, u"--no-browser"_s});
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("Sign-in with a code is turned off for this application"),
             login.err.constData());
    QVERIFY(!QFile::exists(user.credentialsPath())
            || profileOf(user).value(u"user"_s).isUndefined());
}

void TestSessionIntegrity::interruptedLogoutKeepsTheLocalPart()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, login()).exitCode, 0);
    QTcpServer silent; // WorkOS that never answers: the interrupt lands in the remote part
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QVERIFY(editProfile(user, u"default"_s, [&silent](QJsonObject &profile) {
        profile.insert(u"auth_url"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    }));

    AstProcess logout(user.environment());
    logout.start({u"logout"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!profileOf(user).contains(u"user"_s), 10000); // local part done
    QCOMPARE(::kill(pid_t(logout.pid()), SIGINT), 0);
    const auto interrupted = logout.finish(10000);
    QCOMPARE(interrupted.exitCode, 130);
    QVERIFY2(interrupted.err.contains("Interrupted before every profile was handled"),
             interrupted.err.constData());
    QVERIFY(!profileOf(user).contains(u"tokens"_s));
    QCOMPARE(stateOf(user), u"signed_out"_s);
}

QTEST_GUILESS_MAIN(TestSessionIntegrity)
#include "tst_sessionintegrity.moc"
