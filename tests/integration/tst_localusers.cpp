// Other local users and the processes `ast` and astro-tray start: the home directory and
// credentials.json must be the user's alone, the browser inherits no secret and no
// descriptor, the programs are not dumpable, `--server` says where the token goes, the
// credentials rename is made durable, and the tray checks ASTRO_PROFILE as `ast` does.
#include "AstProcess.h"
#include "CredentialsHelpers.h"
#include "DevServerProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace astro::test;
using namespace Qt::StringLiterals;

namespace {
constexpr uid_t OtherUid = 65534; // nobody

QStringList fastServer()
{
    return {u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s};
}

QString binary(const QString &name)
{
    return QDir(qEnvironmentVariable("ASTRO_BIN_DIR")).filePath(name);
}

bool setOwner(const QString &path, uid_t uid)
{
    return ::chown(QFile::encodeName(path).constData(), uid, uid) == 0;
}

bool setMode(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// "Max core file size" soft and hard limits of a running process, from /proc.
QString coreLimitOf(qint64 pid)
{
    QFile limits(u"/proc/%1/limits"_s.arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.mid(26).simplified());
    }
    return {};
}

// Owner of /proc/<pid>/status: the process's uid while it is dumpable, root once it is not.
int procOwnerOf(qint64 pid)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(u"/proc/%1/status"_s.arg(pid)).constData(), &info) != 0)
        return -1;
    return int(info.st_uid);
}
} // namespace

class TestLocalUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void homeIsCreatedOwnerOnlyWhateverTheUmask();
    void homeOrFileOfAnotherUserIsRefused();
    void writableHomeOrFileIsRefused();
    void browserGetsNoSecretAndNoDescriptor();
    void programsAreNotDumpable_data();
    void programsAreNotDumpable();
    void serverOverrideNamesTheRecipient();
    void credentialsRenameIsMadeDurable();
    void trayChecksTheProfileName();
};

void TestLocalUsers::initTestCase()
{
    for (const char *name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        qunsetenv(name);
}

void TestLocalUsers::homeIsCreatedOwnerOnlyWhateverTheUmask()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QProcess login;
    login.setProcessEnvironment(user.environment());
    login.start(u"sh"_s,
                {u"-c"_s, u"umask 000 && exec \"$0\" login --no-browser"_s, AstProcess::program()});
    QVERIFY(login.waitForFinished(30000));
    QCOMPARE(login.exitCode(), 0);
    QCOMPARE(fileModeOf(user.astroHome()), 0700);
    QCOMPARE(fileModeOf(user.credentialsPath()), 0600);
}

void TestLocalUsers::homeOrFileOfAnotherUserIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give files away");
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, {u"login"_s, u"--no-browser"_s}).exitCode, 0);

    for (const QString &path : {user.astroHome(), user.credentialsPath()}) {
        QVERIFY(setOwner(path, OtherUid));
        for (const QString &command : {u"status"_s, u"token"_s, u"login"_s}) {
            QStringList arguments {command};
            if (command == u"login"_s)
                arguments << u"--no-browser"_s;
            const auto outcome = AstProcess::run(user, arguments);
            QCOMPARE(outcome.exitCode, 1);
            QVERIFY2(outcome.err.contains(QDir::toNativeSeparators(path).toUtf8()),
                     outcome.err.constData());
            QVERIFY2(outcome.err.contains("belongs to another user"), outcome.err.constData());
            QVERIFY2(outcome.err.contains("ASTRO_HOME"), outcome.err.constData()); // the fix
            QVERIFY(outcome.out.isEmpty());
        }
        QVERIFY(setOwner(path, ::geteuid()));
    }
    QCOMPARE(AstProcess::run(user, {u"token"_s}).exitCode, 0);
}

void TestLocalUsers::writableHomeOrFileIsRefused()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, {u"login"_s, u"--no-browser"_s}).exitCode, 0);

    struct Case
    {
        QString path;
        mode_t mode;
        mode_t restore;
        QByteArray fix;
    };
    const Case cases[] = {{user.astroHome(), 0770, 0700, "chmod 700"},
                          {user.astroHome(), 01777, 0700, "chmod 700"},
                          {user.credentialsPath(), 0622, 0600, "chmod 600"}};
    for (const Case &c : cases) {
        QVERIFY(setMode(c.path, c.mode));
        const auto outcome = AstProcess::run(user, {u"token"_s});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(c.path.toUtf8()) && outcome.err.contains(c.fix),
                 outcome.err.constData());
        QVERIFY(outcome.out.isEmpty()); // no token handed out from a file others could plant
        QCOMPARE(fileModeOf(c.path), int(c.mode)); // left as it was: the user decides
        QVERIFY(setMode(c.path, c.restore));
    }
    QCOMPARE(AstProcess::run(user, {u"token"_s}).exitCode, 0);
}

void TestLocalUsers::browserGetsNoSecretAndNoDescriptor()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    const QString dump = user.home() + u"/browser.dump"_s;
    const QString script = user.home() + u"/browser.sh"_s;
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n{ env; echo '--- fds'; ls -l /proc/$$/fd; } > \"" + dump.toUtf8()
               + ".tmp\"\nmv \"" + dump.toUtf8() + ".tmp\" \"" + dump.toUtf8() + "\"\n");
    file.close();
    QVERIFY(setMode(script, 0700));
    user.environment().insert(u"BROWSER"_s, script);
    user.environment().insert(u"ASTRO_TOKEN"_s, u"astro-token-that-must-stay-home"_s);

    const auto login = AstProcess::run(user, {u"login"_s});
    QCOMPARE(login.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 10000);
    QFile seen(dump);
    QVERIFY(seen.open(QIODevice::ReadOnly));
    const QByteArray text = seen.readAll();
    QVERIFY2(text.contains("BROWSER="), text.constData()); // it did get an environment
    QVERIFY2(!text.contains("ASTRO_TOKEN"), text.constData());
    QVERIFY2(!text.contains("astro-token-that-must-stay-home"), text.constData());
    // No socket of ast's (the interrupt socketpair, connections) leaks into the browser.
    const QByteArray fds = text.mid(text.indexOf("--- fds"));
    QVERIFY2(!fds.contains("socket:"), fds.constData());
}

void TestLocalUsers::programsAreNotDumpable_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("ast") << binary(u"ast"_s) << QStringList {u"login"_s, u"--no-browser"_s};
    QTest::newRow("astro-tray") << binary(u"astro-tray"_s) << QStringList {};
}

void TestLocalUsers::programsAreNotDumpable()
{
    // A long-running process of each (ast waits for an approval that never comes; the tray
    // just runs) is looked at from outside. As a second user, /proc shows whether the kernel
    // treats it as dumpable: its /proc files belong to root when it is not.
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    if (!QFile::exists(program))
        QSKIP("not built here (ASTRO_BUILD_TRAY=OFF)");
    const bool asOtherUser = ::geteuid() == 0;
    DevServerProcess server;
    QVERIFY(server.start({u"--interval"_s, u"1"_s}));
    // Under /tmp, reachable by the second user (a QTemporaryDir is 0700).
    const QString home = QDir::tempPath() + u"/astro-dump-"_s + QString::number(::getpid());
    QVERIFY(QDir().mkpath(home));
    if (asOtherUser)
        QVERIFY(setOwner(home, OtherUid));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"ASTRO_HOME"_s, home + u"/.astro"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    environment.remove(u"XDG_RUNTIME_DIR"_s);
    environment.insert(u"ASTRO_CREDENTIAL_STORE"_s, u"file"_s);
    environment.insert(u"ASTRO_CLIENT_ID"_s, u"client_test"_s);
    environment.insert(u"ASTRO_AUTH_URL"_s, server.baseUrl().toString());
    environment.insert(u"ASTRO_SERVER"_s, server.baseUrl().toString());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    if (asOtherUser)
        process.start(u"setpriv"_s,
                      QStringList {u"--reuid=%1"_s.arg(OtherUid), u"--regid=%1"_s.arg(OtherUid),
                                   u"--clear-groups"_s, program}
                          + arguments);
    else
        process.start(program, arguments);
    QVERIFY(process.waitForStarted(10000));
    const qint64 pid = process.processId(); // setpriv execs the program: same pid
    // setpriv has exec-ed the program (before that, /proc shows setpriv itself); hardening is
    // the first thing its main() does.
    const QString exe = QFileInfo(program).canonicalFilePath();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget() == exe, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(coreLimitOf(pid).startsWith(u"0 0"_s), 10000);
    if (asOtherUser)
        QTRY_COMPARE_WITH_TIMEOUT(procOwnerOf(pid), 0, 5000);
    const bool stillRunning = process.state() == QProcess::Running;
    process.kill();
    process.waitForFinished(5000);
    QDir(home).removeRecursively();
    QVERIFY2(stillRunning, process.readAllStandardError().constData());
}

void TestLocalUsers::serverOverrideNamesTheRecipient()
{
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, {u"login"_s, u"--no-browser"_s}).exitCode, 0);

    // Loopback, or the saved server: nothing to say.
    const auto same = AstProcess::run(user, {u"whoami"_s});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(!same.err.contains("Sending the token"), same.err.constData());

    // Another host: one line naming it. A proxy on a closed loopback port keeps the request
    // (and the DNS lookup) off the network; the request then fails, as it should here.
    user.environment().insert(u"HTTPS_PROXY"_s, u"http://127.0.0.1:9"_s);
    user.environment().insert(u"https_proxy"_s, u"http://127.0.0.1:9"_s);
    user.environment().remove(u"ASTRO_SERVER"_s);
    for (const QStringList &command :
         {QStringList {u"whoami"_s}, QStringList {u"api"_s, u"/v1/x"_s}}) {
        const auto other = AstProcess::run(
            user, QStringList {u"--server"_s, u"https://api.\u0430stro.example"_s} + command);
        QCOMPARE(other.exitCode, 1);
        const QList<QByteArray> lines = other.err.split('\n');
        const auto notices = std::count_if(lines.begin(), lines.end(), [](const QByteArray &line) {
            return line.contains("Sending the token of profile \"default\" to");
        });
        QCOMPARE(notices, 1);
        // Named as the resolver sees it (punycode), next to the saved server.
        QVERIFY2(other.err.contains("to api.xn--stro-43d.example (its saved server is 127.0.0.1)"),
                 other.err.constData());
    }
}

void TestLocalUsers::credentialsRenameIsMadeDurable()
{
    if (QStandardPaths::findExecutable(u"strace"_s).isEmpty())
        QSKIP("strace is not installed");
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    const QString trace = user.home() + u"/strace.log"_s;
    QProcess login;
    QProcessEnvironment environment = user.environment();
    // LeakSanitizer cannot run under ptrace (a sanitizer build would abort at exit).
    if (environment.contains(u"ASAN_OPTIONS"_s))
        environment.insert(u"ASAN_OPTIONS"_s,
                           environment.value(u"ASAN_OPTIONS"_s) + u":detect_leaks=0"_s);
    login.setProcessEnvironment(environment);
    login.start(u"strace"_s,
                {u"-f"_s, u"-y"_s, u"-o"_s, trace, u"-e"_s,
                 u"trace=rename,renameat,renameat2,fsync,fdatasync,linkat"_s, AstProcess::program(),
                 u"login"_s, u"--no-browser"_s});
    QVERIFY(login.waitForFinished(60000));
    QCOMPARE(login.exitCode(), 0);
    QFile log(trace);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    // The file reaches its name (rename, or linkat of an O_TMPFILE), then the directory
    // that holds the name is synced.
    const QByteArray credentials = QFile::encodeName(user.credentialsPath());
    qsizetype named = -1;
    for (const QByteArray &call : {QByteArray("rename"), QByteArray("linkat")}) {
        const QRegularExpression pattern(
            QString::fromLatin1(call) + u"[a-z0-9]*\\(.*"_s
            + QRegularExpression::escape(QString::fromUtf8(credentials)) + u"\"?[,)]"_s);
        const auto match = pattern.match(QString::fromUtf8(text));
        if (match.hasMatch())
            named = std::max<qsizetype>(named, match.capturedStart());
    }
    QVERIFY2(named >= 0, text.constData());
    const QString home = QFile::decodeName(QFile::encodeName(user.astroHome()));
    const QRegularExpression synced(u"fsync\\(\\d+<"_s + QRegularExpression::escape(home)
                                    + u">\\)"_s);
    const auto match = synced.match(QString::fromUtf8(text), named);
    QVERIFY2(match.hasMatch(), text.constData());
}

void TestLocalUsers::trayChecksTheProfileName()
{
    if (!QFile::exists(binary(u"astro-tray"_s)))
        QSKIP("not built here (ASTRO_BUILD_TRAY=OFF)");
    QTemporaryDir home;
    QProcess tray;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"ASTRO_HOME"_s, home.filePath(u".astro"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"ASTRO_PROFILE"_s, u"../../etc/evil"_s);
    tray.setProcessEnvironment(environment);
    tray.start(binary(u"astro-tray"_s), {});
    QVERIFY(tray.waitForFinished(20000));
    QCOMPARE(tray.exitCode(), 2); // a usage error, as `ast` says
    const QByteArray err = tray.readAllStandardError();
    QVERIFY2(err.contains("invalid profile name \"../../etc/evil\""), err.constData());
    QVERIFY(!QDir(home.filePath(u".astro"_s)).exists());
}

QTEST_GUILESS_MAIN(TestLocalUsers)
#include "tst_localusers.moc"
