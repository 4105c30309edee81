// Browser sign-in without a code (authorization code + PKCE on a loopback redirect) and
// organizations, end to end: the real `ast` against astro-devserver, with a BROWSER script
// standing in for the browser (curl following the redirects, or python3 playing tricks).
#include "AstProcess.h"
#include "DevServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace astro::test;

namespace {
const QString OrgA = u"org_01HDEVORG0000000000000"_s; // Analytical Engines
const QString OrgB = u"org_01HDEVORG0000000000001"_s; // Difference Engines

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject profileIn(const TestUser &user, const QString &name = u"default"_s)
{
    return readJson(user.credentialsPath()).value(u"profiles"_s).toObject().value(name).toObject();
}

bool hasTokens(const TestUser &user)
{
    return !profileIn(user)
                .value(u"tokens"_s)
                .toObject()
                .value(u"refresh_token"_s)
                .toString()
                .isEmpty();
}

QString writeScript(const TestUser &user, const QString &name, const QByteArray &text)
{
    const QString path = user.home() + u'/' + name;
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write(text);
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// The browser of the tests: follows the authorize redirect to the loopback callback and keeps
// the page it got in $HOME/page.html.
void useCurlBrowser(TestUser &user)
{
    const QString script = writeScript(
        user, u"browser.sh"_s,
        "#!/bin/sh\nexec curl -sL --noproxy '*' --max-time 30 -o \"$HOME/page.html\" \"$1\"\n");
    user.environment().insert(u"BROWSER"_s, script);
}

// A browser that takes the authorize URL apart and calls the callback itself, with the query
// that `mode` says (the state it was given is in {state}).
void usePythonBrowser(TestUser &user, const QString &query)
{
    const QString script = writeScript(user, u"browser.py"_s, R"(#!/usr/bin/env python3
import os, sys, urllib.parse, urllib.request
url = urllib.parse.urlsplit(sys.argv[1])
params = dict(urllib.parse.parse_qsl(url.query))
target = params["redirect_uri"] + "?" + os.environ["TEST_CALLBACK_QUERY"].replace("{state}", urllib.parse.quote(params["state"]))
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
try:
    body = opener.open(target, timeout=30).read()
except Exception as error:
    body = str(error).encode()
open(os.path.join(os.environ["HOME"], "page.html"), "wb").write(body)
)");
    user.environment().insert(u"BROWSER"_s, script);
    user.environment().insert(u"TEST_CALLBACK_QUERY"_s, query);
}

// The page the browser got. The browser runs detached and may still be writing it when `ast`
// has finished: waits (with a deadline) for the complete page.
QByteArray pageOf(const TestUser &user)
{
    QByteArray body;
    QTest::qWaitFor([&] {
        QFile page(user.home() + u"/page.html"_s);
        body = page.open(QIODevice::ReadOnly) ? page.readAll() : QByteArray();
        return body.contains("</html>");
    });
    return body;
}

QString authorizeUrlIn(const QByteArray &text)
{
    static const QRegularExpression url(
        u"(http://127\\.0\\.0\\.1:\\d+/user_management/authorize\\?\\S+)"_s);
    return url.match(QString::fromUtf8(text)).captured(1);
}

int stat(DevServerProcess &server, const QString &name)
{
    return server.stats().value(name).toInt();
}
} // namespace

class TestWebLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPathThenRefresh();
    void forgedStateStoresNothing();
    void errorFromTheBrowserIsShownEscaped();
    void deniedStoresNothing();
    void missingCodeStoresNothing();
    void deadlineStoresNothing();
    void interruptExits130AndClosesThePort();
    void fallsBackWhenDeviceFlowDisabled();
    void noFallbackWithoutBrowser_data();
    void noFallbackWithoutBrowser();
    void twoOrganizationsWithoutChoiceListThem_data();
    void twoOrganizationsWithoutChoiceListThem();
    void twoOrganizationsChosenOnATerminal();
    void twoOrganizationsWithOrganization_data();
    void twoOrganizationsWithOrganization();
    void orgSwitch();
    void orgSwitchRefusedKeepsSession();
};

void TestWebLogin::happyPathThenRefresh()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s, u"--access-ttl"_s, u"60"_s}),
             qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    useCurlBrowser(user);
    const auto login = AstProcess::run(user, {u"login"_s, u"--web"_s});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY2(login.err.contains("Signed in as ada@example.com"), login.err.constData());
    // The URL is printed too, for a browser that did not open.
    const QUrl authorize(authorizeUrlIn(login.err));
    QVERIFY2(authorize.isValid(), login.err.constData());
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded))
                .toString()
                .startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(pageOf(user).contains("close this tab"));
    QVERIFY(hasTokens(user));
    QCOMPARE(profileIn(user).value(u"organization_id"_s).toString(), OrgA);
    QCOMPARE(stat(server, u"code_exchange_successes"_s), 1);
    QCOMPARE(stat(server, u"device_authorizations"_s), 0);

    // The stored session is an ordinary one: it refreshes (the server now rejects the access
    // token: one refresh, one retry).
    QVERIFY(server.expireAccess());
    const auto api = AstProcess::run(user, {u"api"_s, u"/v1/me"_s});
    QVERIFY2(api.exitCode == 0, api.err.constData());
    QCOMPARE(stat(server, u"refresh_successes"_s), 1);
    const auto whoami = AstProcess::run(user, {u"whoami"_s});
    QCOMPARE(whoami.exitCode, 0);
    QVERIFY(whoami.out.contains("ada@example.com"));
}

void TestWebLogin::forgedStateStoresNothing()
{
    DevServerProcess server;
    QVERIFY(server.start());
    TestUser user(server.baseUrl());
    usePythonBrowser(user, u"code=forged_code&state=not{state}"_s);
    const auto login = AstProcess::run(user, {u"login"_s, u"--web"_s});
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("does not belong to this sign-in"), login.err.constData());
    QVERIFY(!hasTokens(user));
    QCOMPARE(stat(server, u"code_exchanges"_s), 0); // the forged code never left ast
}

void TestWebLogin::errorFromTheBrowserIsShownEscaped()
{
    DevServerProcess server;
    QVERIFY(server.start());
    TestUser user(server.baseUrl());
    usePythonBrowser(
        user,
        u"error=server_error&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state={state}"_s);
    const auto login = AstProcess::run(user, {u"login"_s, u"--web"_s});
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("server_error"), login.err.constData());
    const QByteArray page = pageOf(user);
    QVERIFY2(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.constData());
    QVERIFY(!page.contains("<script>"));
    QVERIFY(!hasTokens(user));
}

void TestWebLogin::deniedStoresNothing()
{
    DevServerProcess server;
    QVERIFY(server.start({u"--web-auto-deny"_s}));
    TestUser user(server.baseUrl());
    useCurlBrowser(user);
    const auto login = AstProcess::run(user, {u"login"_s, u"--web"_s});
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("denied"), login.err.constData());
    QVERIFY(!hasTokens(user));
    QCOMPARE(stat(server, u"web_denials"_s), 1);
}

void TestWebLogin::missingCodeStoresNothing()
{
    DevServerProcess server;
    QVERIFY(server.start());
    TestUser user(server.baseUrl());
    usePythonBrowser(user, u"state={state}"_s);
    const auto login = AstProcess::run(user, {u"login"_s, u"--web"_s});
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("does not belong to this sign-in"), login.err.constData());
    QVERIFY(!hasTokens(user));
}

void TestWebLogin::deadlineStoresNothing()
{
    DevServerProcess server;
    QVERIFY(server.start());
    TestUser user(server.baseUrl());
    user.environment().insert(u"BROWSER"_s, u"true"_s); // opens nothing
    user.environment().insert(u"ASTRO_TEST_SIGNIN_DEADLINE_MS"_s, u"1500"_s);
    const auto login = AstProcess::run(user, {u"login"_s, u"--web"_s});
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("not finished in the browser in time"), login.err.constData());
    QVERIFY(!hasTokens(user));
}

void TestWebLogin::interruptExits130AndClosesThePort()
{
    DevServerProcess server;
    QVERIFY(server.start());
    TestUser user(server.baseUrl());
    user.environment().insert(u"BROWSER"_s, u"true"_s);
    AstProcess login(user.environment());
    login.start({u"login"_s, u"--web"_s});
    QVERIFY(login.waitForStderr(u"Waiting for the browser"_s));
    const QUrl authorize(authorizeUrlIn(login.stderrSoFar()));
    const QUrl redirect(QUrlQuery(authorize).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QVERIFY(redirect.port() > 0);
    ::kill(pid_t(login.pid()), SIGINT);
    const auto outcome = login.finish();
    QCOMPARE(outcome.exitCode, 130);
    QVERIFY(!hasTokens(user));
    QTcpSocket late;
    late.connectToHost(u"127.0.0.1"_s, quint16(redirect.port()));
    QVERIFY(!late.waitForConnected(2000));
}

void TestWebLogin::fallsBackWhenDeviceFlowDisabled()
{
    DevServerProcess server;
    QVERIFY(server.start({u"--device-flow-disabled"_s, u"--web-auto-approve"_s}));
    TestUser user(server.baseUrl());
    useCurlBrowser(user);
    const auto login = AstProcess::run(user, {u"login"_s});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY2(login.err.contains("signing in with the browser instead"), login.err.constData());
    QVERIFY(hasTokens(user));
    QCOMPARE(stat(server, u"code_exchange_successes"_s), 1);
}

void TestWebLogin::noFallbackWithoutBrowser_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("browserSet");
    QTest::newRow("--no-browser") << QStringList {u"login"_s, u"--no-browser"_s} << true;
    QTest::newRow("no display, no BROWSER") << QStringList {u"login"_s} << false;
}

void TestWebLogin::noFallbackWithoutBrowser()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, browserSet);
    DevServerProcess server;
    QVERIFY(server.start({u"--device-flow-disabled"_s, u"--web-auto-approve"_s}));
    TestUser user(server.baseUrl());
    if (browserSet)
        useCurlBrowser(user);
    user.environment().remove(u"DISPLAY"_s);
    user.environment().remove(u"WAYLAND_DISPLAY"_s);
    const auto login = AstProcess::run(user, arguments);
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("administrator"), login.err.constData());
    QVERIFY2(login.err.contains("machine with a browser"), login.err.constData());
    QVERIFY(!hasTokens(user));
    QCOMPARE(stat(server, u"web_authorizations"_s), 0);
}

void TestWebLogin::twoOrganizationsWithoutChoiceListThem_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("web") << QStringList {u"login"_s, u"--web"_s};
    QTest::newRow("device") << QStringList {u"login"_s, u"--no-browser"_s};
}

void TestWebLogin::twoOrganizationsWithoutChoiceListThem()
{
    QFETCH(QStringList, arguments);
    DevServerProcess server;
    QVERIFY(server.start({u"--identity"_s, u"multi-org"_s, u"--web-auto-approve"_s,
                          u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s}));
    TestUser user(server.baseUrl());
    useCurlBrowser(user);
    const auto login = AstProcess::run(user, arguments); // stdin is not a terminal
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains(OrgA.toUtf8()) && login.err.contains(OrgB.toUtf8()),
             login.err.constData());
    QVERIFY(login.err.contains("Analytical Engines"));
    QVERIFY(login.err.contains("Difference Engines"));
    QVERIFY(login.err.contains("--organization"));
    QVERIFY(!login.err.contains("pending_")); // the pending token is a secret
    QVERIFY(!hasTokens(user));
}

void TestWebLogin::twoOrganizationsChosenOnATerminal()
{
    DevServerProcess server;
    QVERIFY(server.start({u"--identity"_s, u"multi-org"_s, u"--web-auto-approve"_s}));
    TestUser user(server.baseUrl());
    useCurlBrowser(user);
    // script(1) gives `ast` a terminal (stdin and stderr), as a person would have.
    QProcess terminal;
    terminal.setProcessEnvironment(user.environment());
    terminal.setProgram(u"script"_s);
    terminal.setArguments({u"-qec"_s, AstProcess::program() + u" login --web"_s, u"/dev/null"_s});
    terminal.start();
    QByteArray seen;
    QVERIFY(QTest::qWaitFor(
        [&] {
            seen += terminal.readAllStandardOutput();
            return seen.contains("Sign in to which one? [1-2]");
        },
        20000));
    QVERIFY2(seen.contains(QByteArray("2. " + OrgB.toUtf8() + "  Difference Engines")),
             seen.constData());
    terminal.write("x\n"); // not a number: asked again
    QVERIFY(QTest::qWaitFor(
        [&] {
            seen += terminal.readAllStandardOutput();
            return seen.contains("Type a number from 1 to 2");
        },
        20000));
    terminal.write("2\n");
    QVERIFY(terminal.waitForFinished(30000));
    seen += terminal.readAllStandardOutput();
    QVERIFY2(terminal.exitCode() == 0, seen.constData());
    QVERIFY2(seen.contains("Signed in as charles@example.com"), seen.constData());
    QCOMPARE(profileIn(user).value(u"organization_id"_s).toString(), OrgB);
    QCOMPARE(stat(server, u"organization_selection_successes"_s), 1);
}

void TestWebLogin::twoOrganizationsWithOrganization_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("counter");
    // The web flow asks AuthKit for the organization up front; the device flow finishes with
    // the organization-selection grant.
    QTest::newRow("web") << QStringList {u"login"_s, u"--web"_s, u"--organization"_s, OrgB}
                         << u"code_exchange_successes"_s;
    QTest::newRow("device") << QStringList {u"login"_s, u"--no-browser"_s, u"--organization"_s,
                                            OrgB}
                            << u"organization_selection_successes"_s;
}

void TestWebLogin::twoOrganizationsWithOrganization()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, counter);
    DevServerProcess server;
    QVERIFY(server.start({u"--identity"_s, u"multi-org"_s, u"--web-auto-approve"_s,
                          u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s}));
    TestUser user(server.baseUrl());
    useCurlBrowser(user);
    const auto login = AstProcess::run(user, arguments);
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QCOMPARE(profileIn(user).value(u"organization_id"_s).toString(), OrgB);
    QCOMPARE(stat(server, counter), 1);
    const auto whoami = AstProcess::run(user, {u"whoami"_s, u"--json"_s});
    QCOMPARE(whoami.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(whoami.out).object().value(u"organization_id"_s).toString(),
             OrgB);
}

void TestWebLogin::orgSwitch()
{
    DevServerProcess server;
    QVERIFY(server.start({u"--identity"_s, u"multi-org"_s, u"--web-auto-approve"_s}));
    TestUser user(server.baseUrl());
    useCurlBrowser(user);
    QCOMPARE(AstProcess::run(user, {u"login"_s, u"--web"_s, u"--organization"_s, OrgA}).exitCode,
             0);
    const QString before =
        profileIn(user).value(u"tokens"_s).toObject().value(u"refresh_token"_s).toString();
    const auto switched = AstProcess::run(user, {u"org"_s, u"switch"_s, OrgB});
    QVERIFY2(switched.exitCode == 0, switched.err.constData());
    QVERIFY2(switched.err.contains(OrgB.toUtf8()), switched.err.constData());
    QCOMPARE(profileIn(user).value(u"organization_id"_s).toString(), OrgB);
    QVERIFY(profileIn(user).value(u"tokens"_s).toObject().value(u"refresh_token"_s).toString()
            != before); // rotated and saved
    QCOMPARE(stat(server, u"organization_switches"_s), 1);
    const auto status = AstProcess::run(user, {u"status"_s});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(OrgB.toUtf8()) || status.err.contains(OrgB.toUtf8()),
             status.out.constData());
}

void TestWebLogin::orgSwitchRefusedKeepsSession()
{
    DevServerProcess server;
    QVERIFY(server.start({u"--web-auto-approve"_s})); // ada: one organization
    TestUser user(server.baseUrl());
    useCurlBrowser(user);
    QCOMPARE(AstProcess::run(user, {u"login"_s, u"--web"_s}).exitCode, 0);
    const auto switched = AstProcess::run(user, {u"org"_s, u"switch"_s, OrgB});
    QCOMPARE(switched.exitCode, 1);
    QVERIFY2(
        switched.err.contains(QByteArray(QByteArray("ast login --organization ") + OrgB.toUtf8())),
        switched.err.constData());
    QCOMPARE(profileIn(user).value(u"organization_id"_s).toString(), OrgA);
    QVERIFY(hasTokens(user));
    QCOMPARE(AstProcess::run(user, {u"token"_s}).exitCode, 0);
    // Not signed in: exit 4, as for any command that needs a session.
    QCOMPARE(AstProcess::run(user, {u"logout"_s}).exitCode, 0);
    QCOMPARE(AstProcess::run(user, {u"org"_s, u"switch"_s, OrgB}).exitCode, 4);
}

QTEST_GUILESS_MAIN(TestWebLogin)
#include "tst_weblogin.moc"
