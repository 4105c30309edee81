// The device flow end to end: the real `ast` against astro-devserver on 127.0.0.1.
#include "AstProcess.h"
#include "DevServerProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <csignal>
#include <sys/stat.h>

using namespace astro::test;

namespace {
QString userCodeIn(const QByteArray &stderrText)
{
    static const QRegularExpression code(
        QStringLiteral("code: ([B-DF-HJ-NP-TV-Z]{4}-[B-DF-HJ-NP-TV-Z]{4})"));
    return code.match(QString::fromUtf8(stderrText)).captured(1);
}

int modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject profileIn(const TestUser &user, const QString &name)
{
    return readJson(user.credentialsPath())
        .value(QStringLiteral("profiles"))
        .toObject()
        .value(name)
        .toObject();
}
} // namespace

class TestLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPathStoresSessionPrivately();
    void whoamiJsonCarriesTheContract();
    void pendingThenSlowDownIsHonoured();
    void deniedStoresNothing();
    void expiredCodeStoresNothing();
    void workosErrorShapeIsExplained();
    void noBrowserNeverRunsTheBrowser();
    void browserReceivesTheCompleteUrl();
    void profilesAreIndependent();
    void logoutAndLogoutAll();
    void corruptFileIsNeverTouched();
    void notSignedInExitsFour();
    void interruptedLoginExits130AndStoresNothing();
    void missingClientIdIsExplained();
    void remoteHttpServerIsRefused();
};

void TestLogin::happyPathStoresSessionPrivately()
{
    DevServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--auto-approve-after"), QStringLiteral("0"),
                           QStringLiteral("--interval"), QStringLiteral("1")}),
             qPrintable(server.errorString()));
    TestUser user(server.baseUrl());

    // Whatever the umask, the file must end up 0600 and the directory 0700.
    const mode_t previousUmask = ::umask(0);
    const auto restoreUmask = qScopeGuard([previousUmask] { ::umask(previousUmask); });
    const auto login =
        AstProcess::run(user, {QStringLiteral("login"), QStringLiteral("--no-browser")});
    QCOMPARE(login.exitCode, 0);
    QVERIFY(!userCodeIn(login.err).isEmpty());
    QVERIFY2(login.err.contains("Signed in as ada@example.com"), login.err.constData());
    QVERIFY2(login.err.contains("profile \"default\""), login.err.constData());
    QVERIFY(login.err.contains(server.url(QStringLiteral("/device")).toString().toUtf8()));
    QVERIFY(login.out.isEmpty()); // human messages go to stderr

    QCOMPARE(modeOf(user.credentialsPath()), 0600);
    QCOMPARE(modeOf(user.astroHome()), 0700);
    const QJsonObject profile = profileIn(user, QStringLiteral("default"));
    QCOMPARE(
        profile.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("ada@example.com"));
    QCOMPARE(profile.value(QStringLiteral("server")).toString(), server.baseUrl().toString());
    QCOMPARE(profile.value(QStringLiteral("storage")).toString(), QStringLiteral("file"));
    QVERIFY(!profile.value(QStringLiteral("tokens"))
                 .toObject()
                 .value(QStringLiteral("refresh_token"))
                 .toString()
                 .isEmpty());

    const auto whoami = AstProcess::run(user, {QStringLiteral("whoami")});
    QCOMPARE(whoami.exitCode, 0);
    QVERIFY2(whoami.out.contains("ada@example.com"), whoami.out.constData());
    QVERIFY(whoami.out.contains("Analytical Engines"));
    QCOMPARE(server.stats().value(QStringLiteral("me_requests")).toInt(), 1);
}

void TestLogin::whoamiJsonCarriesTheContract()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--auto-approve-after"), QStringLiteral("0"),
                          QStringLiteral("--interval"), QStringLiteral("1")}));
    TestUser user(server.baseUrl());
    QCOMPARE(
        AstProcess::run(user, {QStringLiteral("login"), QStringLiteral("--no-browser")}).exitCode,
        0);

    for (const QStringList &arguments :
         {QStringList {QStringLiteral("whoami"), QStringLiteral("--json")},
          QStringList {QStringLiteral("--json"), QStringLiteral("whoami")}}) {
        const auto whoami = AstProcess::run(user, arguments);
        QCOMPARE(whoami.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(whoami.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("profile")).toString(), QStringLiteral("default"));
        QCOMPARE(json.value(QStringLiteral("server")).toString(), server.baseUrl().toString());
        QCOMPARE(json.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        QVERIFY(
            json.value(QStringLiteral("user_id")).toString().startsWith(QStringLiteral("user_")));
        QVERIFY(json.value(QStringLiteral("organization_id"))
                    .toString()
                    .startsWith(QStringLiteral("org_")));
        QCOMPARE(json.value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("plan"))
                     .toString(),
                 QStringLiteral("pro"));
        QCOMPARE(json.value(QStringLiteral("storage")).toString(), QStringLiteral("file"));
        const QDateTime expiry = QDateTime::fromString(
            json.value(QStringLiteral("access_token_expires_at")).toString(), Qt::ISODate);
        QVERIFY(expiry.isValid());
        QCOMPARE(expiry.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiry) - 3600) < 120);
    }
}

void TestLogin::pendingThenSlowDownIsHonoured()
{
    // The strict server answers slow_down to any poll that comes too early; a client that
    // ignored slow_down (+5 s for all later polls) would show up as too_early_polls > 0.
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--interval"), QStringLiteral("1"),
                          QStringLiteral("--slow-down"), QStringLiteral("1"),
                          QStringLiteral("--strict-interval")}));
    TestUser user(server.baseUrl());
    AstProcess login(user.environment());
    login.start({QStringLiteral("login"), QStringLiteral("--no-browser")});
    QVERIFY(login.waitForStderr(QStringLiteral("Waiting for approval")));
    const QString code = userCodeIn(login.stderrSoFar());
    // Let it poll past the slow_down and into authorization_pending, then approve.
    QTRY_VERIFY_WITH_TIMEOUT(server.stats().value(QStringLiteral("polls")).toInt() >= 3, 20000);
    QVERIFY(server.approve(code));
    const auto outcome = login.finish();
    QCOMPARE(outcome.exitCode, 0);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(QStringLiteral("too_early_polls")).toInt(), 0);
    const QJsonArray intervals = stats.value(QStringLiteral("poll_intervals_ms")).toArray();
    QVERIFY(intervals.size() >= 2);
    // First gap follows the 1 s interval; once slow_down arrived every gap is >= 6 s.
    QVERIFY2(intervals.at(0).toInt() >= 900, qPrintable(QString::number(intervals.at(0).toInt())));
    for (int i = 1; i < intervals.size(); ++i)
        QVERIFY2(intervals.at(i).toInt() >= 5900,
                 qPrintable(QString::number(intervals.at(i).toInt())));
}

void TestLogin::deniedStoresNothing()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--interval"), QStringLiteral("1")}));
    TestUser user(server.baseUrl());
    AstProcess login(user.environment());
    login.start({QStringLiteral("login"), QStringLiteral("--no-browser")});
    QVERIFY(login.waitForStderr(QStringLiteral("Waiting for approval")));
    QVERIFY(server.deny(userCodeIn(login.stderrSoFar())));
    const auto outcome = login.finish();
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains("denied"), outcome.err.constData());
    QVERIFY(!QFile::exists(user.credentialsPath()));
    QCOMPARE(AstProcess::run(user, {QStringLiteral("token")}).exitCode, 4);
}

void TestLogin::expiredCodeStoresNothing()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--interval"), QStringLiteral("1"),
                          QStringLiteral("--expires-in"), QStringLiteral("3")}));
    TestUser user(server.baseUrl());
    const auto outcome =
        AstProcess::run(user, {QStringLiteral("login"), QStringLiteral("--no-browser")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains("expired"), outcome.err.constData());
    QVERIFY(!QFile::exists(user.credentialsPath()));
    // It stopped by itself at expires_in: no more than one poll per second of lifetime.
    QVERIFY(server.stats().value(QStringLiteral("polls")).toInt() <= 3);
}

void TestLogin::workosErrorShapeIsExplained()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--interval"), QStringLiteral("1"),
                          QStringLiteral("--auto-approve-after"), QStringLiteral("0"),
                          QStringLiteral("--authenticate-error"),
                          QStringLiteral("organization_selection_required")}));
    TestUser user(server.baseUrl());
    const auto outcome =
        AstProcess::run(user, {QStringLiteral("login"), QStringLiteral("--no-browser")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains("several organizations"), outcome.err.constData());
    QVERIFY(!QFile::exists(user.credentialsPath()));
}

void TestLogin::noBrowserNeverRunsTheBrowser()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--auto-approve-after"), QStringLiteral("0"),
                          QStringLiteral("--interval"), QStringLiteral("1")}));
    TestUser user(server.baseUrl());
    const QString record = user.home() + QStringLiteral("/browser.log");
    user.environment().insert(QStringLiteral("BROWSER"),
                              user.writeRecordingScript(QStringLiteral("browser.sh"), record));
    const auto outcome =
        AstProcess::run(user, {QStringLiteral("login"), QStringLiteral("--no-browser")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(!QFile::exists(record));
}

void TestLogin::browserReceivesTheCompleteUrl()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--interval"), QStringLiteral("1")}));
    TestUser user(server.baseUrl());
    const QString record = user.home() + QStringLiteral("/browser.log");
    user.environment().insert(QStringLiteral("BROWSER"),
                              user.writeRecordingScript(QStringLiteral("browser.sh"), record));
    AstProcess login(user.environment());
    login.start({QStringLiteral("login")});
    QVERIFY(login.waitForStderr(QStringLiteral("Waiting for approval")));
    const QString code = userCodeIn(login.stderrSoFar());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record) && QFileInfo(record).size() > 0, 10000);
    QFile file(record);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString opened = QString::fromUtf8(file.readAll()).trimmed();
    QCOMPARE(opened,
             server.url(QStringLiteral("/device")).toString() + QStringLiteral("?user_code=")
                 + code);
    QVERIFY(server.approve(code));
    QCOMPARE(login.finish().exitCode, 0);
}

void TestLogin::profilesAreIndependent()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--auto-approve-after"), QStringLiteral("0"),
                          QStringLiteral("--interval"), QStringLiteral("1")}));
    TestUser user(server.baseUrl());
    QCOMPARE(
        AstProcess::run(user, {QStringLiteral("login"), QStringLiteral("--no-browser")}).exitCode,
        0);
    const auto work = AstProcess::run(user,
                                      {QStringLiteral("--profile"), QStringLiteral("work"),
                                       QStringLiteral("login"), QStringLiteral("--no-browser")});
    QCOMPARE(work.exitCode, 0);
    QVERIFY(work.err.contains("profile \"work\""));

    const auto status = AstProcess::run(user, {QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonArray profiles =
        QJsonDocument::fromJson(status.out).object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 2);
    const auto tokenDefault = AstProcess::run(user, {QStringLiteral("token")});
    const auto tokenWork = AstProcess::run(
        user, {QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("work")});
    QCOMPARE(tokenDefault.exitCode, 0);
    QCOMPARE(tokenWork.exitCode, 0);
    QVERIFY(tokenDefault.out != tokenWork.out);

    user.environment().insert(QStringLiteral("ASTRO_PROFILE"), QStringLiteral("work"));
    QCOMPARE(AstProcess::run(user, {QStringLiteral("token")}).out, tokenWork.out);
    user.environment().insert(QStringLiteral("ASTRO_PROFILE"), QStringLiteral("nobody"));
    QCOMPARE(AstProcess::run(user, {QStringLiteral("token")}).exitCode, 4);
    QCOMPARE(
        AstProcess::run(
            user, {QStringLiteral("--profile"), QStringLiteral("../evil"), QStringLiteral("token")})
            .exitCode,
        2);
}

void TestLogin::logoutAndLogoutAll()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--auto-approve-after"), QStringLiteral("0"),
                          QStringLiteral("--interval"), QStringLiteral("1")}));
    TestUser user(server.baseUrl());
    for (const char *profile : {"default", "work", "play"})
        QCOMPARE(AstProcess::run(user,
                                 {QStringLiteral("--profile"), QString::fromLatin1(profile),
                                  QStringLiteral("login"), QStringLiteral("--no-browser")})
                     .exitCode,
                 0);

    const auto logout = AstProcess::run(
        user, {QStringLiteral("logout"), QStringLiteral("--profile"), QStringLiteral("work")});
    QCOMPARE(logout.exitCode, 0);
    QVERIFY(logout.err.contains("Signed out of profile \"work\""));
    QVERIFY(!profileIn(user, QStringLiteral("work")).contains(QStringLiteral("tokens")));
    QVERIFY(profileIn(user, QStringLiteral("default")).contains(QStringLiteral("tokens")));
    QCOMPARE(
        AstProcess::run(
            user, {QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("token")})
            .exitCode,
        4);
    QCOMPARE(AstProcess::run(user, {QStringLiteral("token")}).exitCode, 0);

    QCOMPARE(AstProcess::run(user, {QStringLiteral("logout"), QStringLiteral("--all")}).exitCode,
             0);
    for (const char *profile : {"default", "work", "play"}) {
        QVERIFY(!profileIn(user, QString::fromLatin1(profile)).contains(QStringLiteral("tokens")));
        QCOMPARE(AstProcess::run(user,
                                 {QStringLiteral("--profile"), QString::fromLatin1(profile),
                                  QStringLiteral("whoami")})
                     .exitCode,
                 4);
    }
    QFile file(user.credentialsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("refresh_token"));
    // Signing out twice is fine.
    QCOMPARE(AstProcess::run(user, {QStringLiteral("logout")}).exitCode, 0);
}

void TestLogin::corruptFileIsNeverTouched()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--auto-approve-after"), QStringLiteral("0"),
                          QStringLiteral("--interval"), QStringLiteral("1")}));
    TestUser user(server.baseUrl());
    QVERIFY(QDir().mkpath(user.astroHome()));
    const QByteArray garbage = "{\"version\": 1, \"profiles\": {\"default\": {\"storage\": \"fi";
    QFile file(user.credentialsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();

    for (const QStringList &arguments :
         {QStringList {QStringLiteral("login"), QStringLiteral("--no-browser")},
          QStringList {QStringLiteral("whoami")}, QStringList {QStringLiteral("token")},
          QStringList {QStringLiteral("logout"), QStringLiteral("--all")},
          QStringList {QStringLiteral("status")}}) {
        const auto outcome = AstProcess::run(user, arguments);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("credentials.json"), outcome.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        file.close();
    }
    QCOMPARE(server.stats().value(QStringLiteral("device_authorizations")).toInt(), 0);
}

void TestLogin::notSignedInExitsFour()
{
    TestUser user(QUrl(QStringLiteral("http://127.0.0.1:9")));
    for (const char *command : {"whoami", "token", "status"}) {
        const auto outcome = AstProcess::run(user, {QString::fromLatin1(command)});
        QCOMPARE(outcome.exitCode, 4);
        QVERIFY(outcome.out.isEmpty() || QByteArray(command) == "status");
    }
    const auto api = AstProcess::run(user, {QStringLiteral("api"), QStringLiteral("/v1/me")});
    QCOMPARE(api.exitCode, 4);
    QVERIFY2(api.err.contains("ast login"), api.err.constData());
}

void TestLogin::interruptedLoginExits130AndStoresNothing()
{
    DevServerProcess server;
    QVERIFY(server.start({QStringLiteral("--interval"), QStringLiteral("1")}));
    TestUser user(server.baseUrl());
    AstProcess login(user.environment());
    login.start({QStringLiteral("login"), QStringLiteral("--no-browser")});
    QVERIFY(login.waitForStderr(QStringLiteral("Waiting for approval")));
    ::kill(pid_t(login.pid()), SIGINT);
    const auto outcome = login.finish();
    QCOMPARE(outcome.exitCode, 130);
    QVERIFY(!QFile::exists(user.credentialsPath()));
}

void TestLogin::missingClientIdIsExplained()
{
    DevServerProcess server;
    QVERIFY(server.start());
    TestUser user(server.baseUrl());
    user.environment().insert(QStringLiteral("ASTRO_CLIENT_ID"), QString());
    const auto outcome =
        AstProcess::run(user, {QStringLiteral("login"), QStringLiteral("--no-browser")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains("ASTRO_CLIENT_ID"), outcome.err.constData());
    QCOMPARE(server.stats().value(QStringLiteral("device_authorizations")).toInt(), 0);
}

void TestLogin::remoteHttpServerIsRefused()
{
    TestUser user;
    user.environment().insert(QStringLiteral("ASTRO_AUTH_URL"),
                              QStringLiteral("http://auth.example.com"));
    const auto outcome =
        AstProcess::run(user, {QStringLiteral("login"), QStringLiteral("--no-browser")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("https"), outcome.err.constData());
    const auto server =
        AstProcess::run(user,
                        {QStringLiteral("--server"), QStringLiteral("http://api.example.com"),
                         QStringLiteral("api"), QStringLiteral("/v1/me")});
    QVERIFY(server.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
