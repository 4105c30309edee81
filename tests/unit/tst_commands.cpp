// `ast` commands run in-process: parsed from an argument list, run on this event loop, their
// stdout and stderr captured in buffers. Each case has its own ASTRO_HOME; the subprocess tests
// (tests/integration) keep covering the real binary.
#include "FakeHttpServer.h"
#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ast::cli;
using astro::test::CannedResponse;
using astro::test::FakeHttpServer;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// As main() does: parse, then run the command until it reports its exit code.
Run runAst(const QStringList &arguments)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Terminal terminal(&out, &err);
    Run run;
    auto parsed = CommandLine::parse(QStringList {u"ast"_s} + arguments, terminal);
    if (parsed.exitNow) {
        run.exitCode = *parsed.exitNow;
    } else {
        QSignalSpy finished(parsed.command.get(), &Command::finished);
        QMetaObject::invokeMethod(parsed.command.get(), &Command::run, Qt::QueuedConnection);
        if (finished.wait(20000))
            run.exitCode = finished.first().first().toInt();
    }
    run.out = QString::fromUtf8(out.data());
    run.err = QString::fromUtf8(err.data());
    return run;
}

const QString notSignedIn = u"error: You are not signed in. Run `ast login` to sign in.\n"_s;
} // namespace

class tst_Commands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void registryNamesAreUniqueAndFound();
    void helpListsTheRegistry();
    void bareAstIsAUsageError();
    void commandHelpShowsItsSpec();
    void usageErrors_data();
    void usageErrors();
    void statusNotSignedIn();
    void statusJsonNotSignedIn();
    void tokenNotSignedIn();
    void tokenFromEnvironment();
    void whoamiJsonNotSignedIn();
    void whoamiJsonWithEnvironmentToken();
    void completionListsEveryCommand();
    void exitCodes_data();
    void exitCodes();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_Commands::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("ASTRO_HOME", m_home->filePath(u".astro"_s).toUtf8());
    qputenv("ASTRO_CREDENTIAL_STORE", "file");
    for (const char *name : {"ASTRO_TOKEN", "ASTRO_PROFILE", "ASTRO_SERVER", "NO_COLOR"})
        qunsetenv(name);
}

void tst_Commands::cleanup()
{
    for (const char *name : {"ASTRO_TOKEN", "ASTRO_SERVER"})
        qunsetenv(name);
    m_home.reset();
}

void tst_Commands::registryNamesAreUniqueAndFound()
{
    QStringList names;
    for (const CommandEntry &entry : commandRegistry()) {
        const CommandSpec spec = entry.spec();
        QVERIFY2(!spec.summary.isEmpty(), qPrintable(spec.name));
        QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
        names << spec.name;
        QCOMPARE(findCommand(spec.name), &entry);
    }
    QCOMPARE(names,
             QStringList({u"login"_s, u"logout"_s, u"whoami"_s, u"status"_s, u"org"_s, u"token"_s,
                          u"api"_s, u"completion"_s}));
    QCOMPARE(findCommand(u"nope"_s), nullptr);
}

void tst_Commands::helpListsTheRegistry()
{
    for (const QStringList &arguments : {QStringList {u"--help"_s}, QStringList {u"help"_s}}) {
        const Run run = runAst(arguments);
        QCOMPARE(run.exitCode, int(Success));
        QCOMPARE(run.err, QString());
        QVERIFY(run.out.startsWith(u"ast: sign in to Astro AI"_s));
        for (const CommandSpec &spec : commandSpecs())
            QVERIFY2(run.out.contains(u"\n  %1 %2\n"_s.arg(spec.name, -11).arg(spec.summary)),
                     qPrintable(spec.name));
        QVERIFY(run.out.contains(u"\n  --profile NAME "_s));
    }
}

void tst_Commands::bareAstIsAUsageError()
{
    const Run run = runAst({});
    QCOMPARE(run.exitCode, int(Usage));
    QCOMPARE(run.out, QString());
    QVERIFY(run.err.startsWith(u"ast: sign in to Astro AI"_s));
}

void tst_Commands::commandHelpShowsItsSpec()
{
    for (const QStringList &arguments :
         {QStringList {u"help"_s, u"api"_s}, QStringList {u"api"_s, u"--help"_s},
          QStringList {u"--help"_s, u"api"_s}}) {
        const Run run = runAst(arguments);
        QCOMPARE(run.exitCode, int(Success));
        QCOMPARE(run.err, QString());
        const CommandSpec spec = findCommand(u"api"_s)->spec();
        QVERIFY(
            run.out.startsWith(spec.summary + u"\n\nUsage: ast [options] api [flags] PATH\n"_s));
        QVERIFY(run.out.contains(u"\nFlags:\n  -X, --method METHOD "_s));
        QVERIFY(run.out.endsWith(u"Examples:\n"_s + spec.examples + u'\n'));
    }
}

void tst_Commands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList {u"nope"_s} << u"unknown command \"nope\""_s;
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << u"Unknown option 'bogus'."_s;
    QTest::newRow("unknown command option")
        << QStringList {u"login"_s, u"--all"_s} << u"Unknown option 'all'."_s;
    QTest::newRow("extra argument")
        << QStringList {u"status"_s, u"extra"_s} << u"unexpected argument \"extra\""_s;
    QTest::newRow("api without path")
        << QStringList {u"api"_s} << u"missing PATH (for example /v1/me)"_s;
    QTest::newRow("bad profile") << QStringList {u"--profile"_s, u"bad/x"_s, u"status"_s}
                                 << u"invalid profile name \"bad/x\": use letters, digits, '.', "
                                    "'_' or '-'"_s;
    QTest::newRow("empty server") << QStringList {u"status"_s, u"--server="_s}
                                  << u"--server needs a URL"_s;
    QTest::newRow("version with command")
        << QStringList {u"whoami"_s, u"--version"_s} << u"--version takes no command"_s;
    QTest::newRow("unknown shell")
        << QStringList {u"completion"_s, u"tcsh"_s} << u"name one shell: bash, zsh or fish"_s;
}

void tst_Commands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runAst(arguments);
    QCOMPARE(run.exitCode, int(Usage));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"error: "_s + message + u"\nRun `ast --help` for usage.\n"_s);
}

void tst_Commands::statusNotSignedIn()
{
    const Run run = runAst({u"status"_s});
    QCOMPARE(run.exitCode, int(AuthRequired));
    QVERIFY2(run.out.contains(u"default"_s) && run.out.contains(u"signed out"_s),
             qPrintable(run.out));
    QCOMPARE(run.err, QString());
}

void tst_Commands::statusJsonNotSignedIn()
{
    // --json after the command, --profile before it: both sides are read.
    const Run run = runAst({u"--profile"_s, u"work"_s, u"status"_s, u"--json"_s});
    QCOMPARE(run.exitCode, int(AuthRequired));
    QCOMPARE(run.err, QString());
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(u"current_profile"_s).toString(), u"work"_s);
    QCOMPARE(root.value(u"usable"_s).toBool(true), false);
    const QJsonArray profiles = root.value(u"profiles"_s).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first()[u"state"_s].toString(), u"signed_out"_s);
}

void tst_Commands::tokenNotSignedIn()
{
    const Run run = runAst({u"token"_s});
    QCOMPARE(run.exitCode, int(AuthRequired));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, notSignedIn);
}

void tst_Commands::tokenFromEnvironment()
{
    qputenv("ASTRO_TOKEN", "environment-token");
    const Run run = runAst({u"token"_s});
    QCOMPARE(run.exitCode, int(Success));
    QCOMPARE(run.out, u"environment-token\n"_s);
    QCOMPARE(run.err, QString());
}

void tst_Commands::whoamiJsonNotSignedIn()
{
    const Run run = runAst({u"whoami"_s, u"--json"_s});
    QCOMPARE(run.exitCode, int(AuthRequired));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, notSignedIn);
}

void tst_Commands::whoamiJsonWithEnvironmentToken()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(
        u"/v1/me"_s,
        CannedResponse::json(
            200,
            {{u"user"_s, QJsonObject {{u"id"_s, u"user_01"_s}, {u"email"_s, u"ada@example.com"_s}}},
             {u"account"_s,
              QJsonObject {
                  {u"id"_s, u"acct_1"_s}, {u"name"_s, u"Ada's team"_s}, {u"plan"_s, u"pro"_s}}}}));
    qputenv("ASTRO_TOKEN", "environment-token");
    qputenv("ASTRO_SERVER", server.baseUrl().toString().toUtf8());
    const Run run = runAst({u"whoami"_s, u"--json"_s});
    QCOMPARE(run.exitCode, int(Success));
    QCOMPARE(run.err, QString());
    const QJsonObject view = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(view.value(u"email"_s).toString(), u"ada@example.com"_s);
    QCOMPARE(view.value(u"state"_s).toString(), u"signed_in"_s);
    QCOMPARE(view.value(u"storage"_s).toString(), u"environment"_s);
    QCOMPARE(view.value(u"account"_s)[u"plan"_s].toString(), u"pro"_s);
    QCOMPARE(server.requestsTo(u"/v1/me"_s).size(), 1);
    QCOMPARE(server.requestsTo(u"/v1/me"_s).first().header("authorization"),
             QByteArray("Bearer environment-token"));
}

void tst_Commands::completionListsEveryCommand()
{
    const Run run = runAst({u"completion"_s, u"fish"_s});
    QCOMPARE(run.exitCode, int(Success));
    QCOMPARE(run.err, QString());
    for (const CommandSpec &spec : commandSpecs()) {
        QVERIFY2(run.out.contains(u"-n __fish_use_subcommand -a %1 "_s.arg(spec.name)),
                 qPrintable(spec.name));
        for (const QCommandLineOption &option : spec.options)
            QVERIFY2(run.out.contains(u"__fish_seen_subcommand_from %1'"_s.arg(spec.name)
                                      + (option.names().first().size() == 1 ? u" -s "_s : u" -l "_s)
                                      + option.names().first()),
                     qPrintable(option.names().first()));
    }
}

void tst_Commands::exitCodes_data()
{
    QTest::addColumn<ast::ErrorKind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("none") << ast::ErrorKind::None << int(Success);
    QTest::newRow("not signed in") << ast::ErrorKind::NotSignedIn << int(AuthRequired);
    QTest::newRow("invalid grant") << ast::ErrorKind::InvalidGrant << int(AuthRequired);
    QTest::newRow("unauthorized") << ast::ErrorKind::Unauthorized << int(AuthRequired);
    QTest::newRow("invalid input") << ast::ErrorKind::InvalidInput << int(Usage);
    QTest::newRow("url refused") << ast::ErrorKind::UrlRefused << int(Usage);
    QTest::newRow("cancelled") << ast::ErrorKind::Cancelled << int(Interrupted);
    QTest::newRow("network") << ast::ErrorKind::Network << int(Failure);
    QTest::newRow("keyring locked") << ast::ErrorKind::KeyringLocked << int(Failure);
}

void tst_Commands::exitCodes()
{
    QFETCH(ast::ErrorKind, kind);
    QFETCH(int, exitCode);
    QCOMPARE(exitCodeFor(ast::Error {kind, {}, {}}), exitCode);
}

QTEST_GUILESS_MAIN(tst_Commands)
#include "tst_commands.moc"
