// A hostile or broken server (or a proxy in front of it) against the real `ast`: verification
// URLs that must never be opened, replies over the size cap, HTML error pages, wrong JSON
// types, truncated JSON, and replies that never come. Every case ends with exit 1, a message
// that says what happened, nothing stored (or, for a refresh, the session kept) and no hang.
#include "AstProcess.h"
#include "CredentialsHelpers.h"
#include "DevServerProcess.h"
#include "DeviceAuthorizationFlow.h"
#include "Error.h"
#include "HttpClient.h"
#include "WorkOsProtocol.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <chrono>
#include <optional>

using namespace astro::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
QStringList fastServer()
{
    // Auto approval: a client that went on despite a hostile reply would end up signed in.
    return {u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s};
}

// An `ast` run that did not hang: it exited by itself (not killed, not crashed).
bool exitedByItself(const AstProcess::Outcome &outcome)
{
    return outcome.finished && outcome.exitCode >= 0;
}

const QStringList hugeModes {u"huge"_s, u"huge_chunked"_s, u"huge_unsized"_s};

// The first code point in `printed` that a terminal would act on (ESC, other C0/C1 controls
// but newline, bidi controls), as "U+XXXX"; empty when there is none.
QString firstUnsafe(const QByteArray &printed)
{
    for (const QChar c : QString::fromUtf8(printed)) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control || bidi)
            return u"U+%1"_s.arg(u, 4, 16, QLatin1Char('0'));
    }
    return {};
}

// Columns mode and message: each hostile reply a failing request gets, with the error that
// names it (`wrongTypes` for the reply whose fields have the wrong JSON types).
void addFailingReplyRows(const QByteArray &wrongTypes)
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("message");
    for (const QString &mode : hugeModes)
        QTest::newRow(mode.toLatin1().constData()) << mode << QByteArray("larger than 1 MiB");
    QTest::newRow("html") << u"html"_s << QByteArray("unavailable (HTTP 502)");
    QTest::newRow("wrong_types") << u"wrong_types"_s << wrongTypes;
    QTest::newRow("not_json") << u"not_json"_s << QByteArray("not a JSON object");
}
} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileVerificationUrlIsNeverOpened_data();
    void hostileVerificationUrlIsNeverOpened();
    void lookAlikeVerificationHostIsShownEncoded();
    void hostileAuthorizeReplyFails_data();
    void hostileAuthorizeReplyFails();
    void hostilePollReplyFails_data();
    void hostilePollReplyFails();
    void hostileRefreshReplyKeepsTheSession_data();
    void hostileRefreshReplyKeepsTheSession();
    void clientTimeoutEndsHangingAndStalledReplies_data();
    void clientTimeoutEndsHangingAndStalledReplies();
    void hangingServerTimesOutInThirtySeconds();
    void redirectToAnotherOriginIsNotFollowed();
    void hostileTextNeverReachesTheTerminal();
};

void TestHostile::initTestCase()
{
    // The in-process HttpClient honours proxy variables; the devserver is on loopback.
    for (const char *name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        qunsetenv(name);
}

void TestHostile::hostileVerificationUrlIsNeverOpened_data()
{
    QTest::addColumn<QString>("knob");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    for (const auto &knob : {u"verification_uri"_s, u"verification_uri_complete"_s}) {
        auto row = [&knob](const char *name) -> QTestData & {
            return QTest::newRow(QByteArray(knob.toLatin1() + ": " + name).constData()) << knob;
        };
        row("javascript") << u"javascript:alert(1)"_s << u"\"javascript:\""_s;
        row("file") << u"file:///etc/passwd"_s << u"\"file:\""_s;
        row("data") << u"data:text/html,x"_s << u"\"data:\""_s;
        row("remote http") << u"http://evil.example.com/device"_s
                           << u"\"http://evil.example.com\""_s;
    }
}

void TestHostile::hostileVerificationUrlIsNeverOpened()
{
    QFETCH(QString, knob);
    QFETCH(QString, url);
    QFETCH(QString, shown);
    DevServerProcess server;
    QVERIFY2(server.start(fastServer()), qPrintable(server.errorString()));
    QVERIFY(server.configure({{knob, url}}));
    TestUser user(server.baseUrl());
    const QString record = user.home() + u"/browser.log"_s;
    user.environment().insert(u"BROWSER"_s, user.writeRecordingScript(u"browser.sh"_s, record));

    const auto login = AstProcess::run(user, {u"login"_s}, 20000);
    QVERIFY(exitedByItself(login));
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains(QByteArray("Refused verification URL " + shown.toUtf8())),
             login.err.constData());
    QVERIFY2(login.err.contains("https"), login.err.constData()); // says what is allowed
    // The code is not shown either: it would invite the user to go to that URL.
    QVERIFY2(!login.err.contains("one-time code"), login.err.constData());
    QVERIFY(!QFile::exists(record));
    QVERIFY(!QFile::exists(user.credentialsPath()));
    QCOMPARE(server.stats().value(u"polls"_s).toInt(), 0); // the flow stopped right there
}

void TestHostile::lookAlikeVerificationHostIsShownEncoded()
{
    // "аpple.com" with a Cyrillic "а", and a right-to-left override in the link: allowed
    // (https), but shown as the browser gets it, so neither can pass for something else.
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    const QString lookAlike = u"https://\u0430pple.com/device"_s;
    QVERIFY(server.configure(
        {{u"verification_uri"_s, lookAlike},
         {u"verification_uri_complete"_s, QString(lookAlike + u"?user_code=%E2%80%AEexe.gnp"_s)}}));
    TestUser user(server.baseUrl());
    const QString record = user.home() + u"/browser.log"_s;
    user.environment().insert(u"BROWSER"_s, user.writeRecordingScript(u"browser.sh"_s, record));

    const auto login = AstProcess::run(user, {u"login"_s});
    QCOMPARE(login.exitCode, 0);
    QVERIFY2(login.err.contains("Then open https://xn--pple-43d.com/device and confirm"),
             login.err.constData());
    QVERIFY2(login.err.contains("https://xn--pple-43d.com/device?user_code=%E2%80%AEexe.gnp"),
             login.err.constData());
    QVERIFY2(!login.err.contains(u"\u0430pple"_s.toUtf8()), login.err.constData());
    QVERIFY2(!login.err.contains(u"\u202e"_s.toUtf8()), login.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record), 5000);
    QFile opened(record);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll().trimmed(),
             QByteArray("https://xn--pple-43d.com/device?user_code=%E2%80%AEexe.gnp"));
}

void TestHostile::hostileAuthorizeReplyFails_data()
{
    addFailingReplyRows("invalid field \"expires_in\"");
}

void TestHostile::hostileAuthorizeReplyFails()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, message);
    DevServerProcess server;
    QVERIFY(server.start(fastServer() + QStringList {u"--hostile-authorize"_s, mode}));
    TestUser user(server.baseUrl());
    const QString record = user.home() + u"/browser.log"_s;
    user.environment().insert(u"BROWSER"_s, user.writeRecordingScript(u"browser.sh"_s, record));

    const auto login = AstProcess::run(user, {u"login"_s}, 20000);
    QVERIFY(exitedByItself(login));
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("error: "), login.err.constData());
    QVERIFY2(login.err.contains(message), login.err.constData());
    QVERIFY(!QFile::exists(record));
    QVERIFY(!QFile::exists(user.credentialsPath()));
}

void TestHostile::hostilePollReplyFails_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArrayList>("messages");
    for (const QString &mode : hugeModes)
        QTest::newRow(mode.toLatin1().constData()) << mode << QByteArrayList {"larger than 1 MiB"};
    // A 502 is transient: polling goes on (with backoff) until the code expires.
    QTest::newRow("html") << u"html"_s
                          << QByteArrayList {"unavailable (HTTP 502)", "Retrying", "expired"};
    QTest::newRow("wrong_types") << u"wrong_types"_s << QByteArrayList {"invalid field \"user\""};
    QTest::newRow("not_json") << u"not_json"_s << QByteArrayList {"not a JSON object"};
}

void TestHostile::hostilePollReplyFails()
{
    QFETCH(QString, mode);
    QFETCH(QByteArrayList, messages);
    DevServerProcess server;
    QVERIFY(server.start(
        fastServer() + QStringList {u"--expires-in"_s, u"5"_s, u"--hostile-authenticate"_s, mode}));
    TestUser user(server.baseUrl());

    const auto login = AstProcess::run(user, {u"login"_s, u"--no-browser"_s}, 30000);
    QVERIFY(exitedByItself(login));
    QCOMPARE(login.exitCode, 1);
    for (const QByteArray &message : messages)
        QVERIFY2(login.err.contains(message), login.err.constData());
    QVERIFY(!QFile::exists(user.credentialsPath()));
    QVERIFY(server.stats().value(u"polls"_s).toInt() >= 1);
}

void TestHostile::hostileRefreshReplyKeepsTheSession_data()
{
    addFailingReplyRows("invalid field \"user\"");
}

void TestHostile::hostileRefreshReplyKeepsTheSession()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, message);
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, {u"login"_s, u"--no-browser"_s}).exitCode, 0);
    const QString refreshBefore = storedRefreshToken(user);
    QVERIFY(!refreshBefore.isEmpty());
    QVERIFY(server.configure({{u"hostile_authenticate"_s, mode}}));
    QVERIFY(ageAccessToken(user));

    const auto token = AstProcess::run(user, {u"token"_s}, 20000);
    QVERIFY(exitedByItself(token));
    QCOMPARE(token.exitCode, 1);
    QVERIFY(token.out.isEmpty());
    QVERIFY2(token.err.contains(message), token.err.constData());
    QCOMPARE(server.stats().value(u"refresh_requests"_s).toInt(), 1);
    QCOMPARE(storedRefreshToken(user), refreshBefore); // kept, not ended
    QCOMPARE(fileModeOf(user.credentialsPath()), 0600);

    // Once the server behaves again, the same session refreshes.
    QVERIFY(server.configure({{u"hostile_authenticate"_s, QString()}}));
    QCOMPARE(AstProcess::run(user, {u"token"_s}).exitCode, 0);
    QVERIFY(storedRefreshToken(user) != refreshBefore);
}

void TestHostile::clientTimeoutEndsHangingAndStalledReplies_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("hang: no answer at all") << u"hang"_s;
    QTest::newRow("stall: headers and half a body") << u"stall"_s;
}

void TestHostile::clientTimeoutEndsHangingAndStalledReplies()
{
    // The product timeout is 30 s (tested end to end below); here the same HttpClient with a
    // short one, to show every way of not answering ends as a timeout.
    QFETCH(QString, mode);
    DevServerProcess server;
    QVERIFY(server.start({u"--hostile-authorize"_s, mode}));
    ast::HttpClient http;
    http.setTimeout(1500ms);

    QElapsedTimer elapsed;
    elapsed.start();
    std::optional<ast::HttpResult> result;
    http.postForm(ast::WorkOs::authorizeDeviceUrl(server.baseUrl()),
                  ast::WorkOs::authorizeDeviceForm(u"client_test"_s),
                  [&result](const ast::HttpResult &reply) { result = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(elapsed.elapsed() < 10000);
    QVERIFY(result->timedOut);
    QCOMPARE(result->status, 0); // whatever the status line said, this is no reply
    QVERIFY(!result->gotReply());
    QVERIFY(result->isTransient());
    QCOMPARE(result->transportError().kind, ast::ErrorKind::Timeout);

    // The device flow on top of it gives up with a timeout, not a parse error.
    ast::DeviceAuthorizationFlow flow(&http, server.baseUrl(), u"client_test"_s);
    QSignalSpy failed(&flow, &ast::DeviceAuthorizationFlow::failed);
    QSignalSpy codeShown(&flow, &ast::DeviceAuthorizationFlow::userCodeReady);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QCOMPARE(failed.at(0).at(0).value<ast::Error>().kind, ast::ErrorKind::Timeout);
    QCOMPARE(codeShown.size(), 0);
}

void TestHostile::hangingServerTimesOutInThirtySeconds()
{
    // The real `ast` with its real timeout: a login whose device authorization never comes,
    // and a refresh whose reply stalls half way, side by side to share the wait.
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    TestUser signedIn(server.baseUrl());
    QCOMPARE(AstProcess::run(signedIn, {u"login"_s, u"--no-browser"_s}).exitCode, 0);
    const QString refreshBefore = storedRefreshToken(signedIn);
    QVERIFY(ageAccessToken(signedIn));
    QVERIFY(server.configure(
        {{u"hostile_authorize"_s, u"hang"_s}, {u"hostile_authenticate"_s, u"stall"_s}}));
    TestUser fresh(server.baseUrl());
    // A refresh reply that drips one byte every 2 s: never silent for the inactivity timeout,
    // minutes in total. Only the 30 s total deadline ends it (and frees the profile lock).
    DevServerProcess dripping;
    QVERIFY(dripping.start(fastServer()));
    TestUser dripped(dripping.baseUrl());
    QCOMPARE(AstProcess::run(dripped, {u"login"_s, u"--no-browser"_s}).exitCode, 0);
    const QString drippedBefore = storedRefreshToken(dripped);
    QVERIFY(ageAccessToken(dripped));
    QVERIFY(dripping.configure({{u"hostile_authenticate"_s, u"drip"_s}}));

    QElapsedTimer elapsed;
    elapsed.start();
    AstProcess login(fresh.environment());
    login.start({u"login"_s, u"--no-browser"_s});
    AstProcess token(signedIn.environment());
    token.start({u"token"_s});
    AstProcess dripToken(dripped.environment());
    dripToken.start({u"token"_s});
    const auto dripOutcome = dripToken.finish(60000);
    const qint64 dripTook = elapsed.elapsed();
    const auto loginOutcome = login.finish(60000);
    const auto tokenOutcome = token.finish(60000);
    const qint64 took = elapsed.elapsed();

    for (const auto &outcome : {loginOutcome, tokenOutcome, dripOutcome}) {
        QVERIFY(exitedByItself(outcome));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("did not answer in time"), outcome.err.constData());
    }
    QVERIFY2(took >= 25000 && took < 50000, qPrintable(QString::number(took)));
    QVERIFY2(dripTook >= 25000 && dripTook < 35000, qPrintable(QString::number(dripTook)));
    QVERIFY(!QFile::exists(fresh.credentialsPath()));
    QCOMPARE(storedRefreshToken(signedIn), refreshBefore);
    QCOMPARE(storedRefreshToken(dripped), drippedBefore);
    // The profile lock went with the process: the next refresh does not wait for it.
    QVERIFY(!QFile::exists(dripped.astroHome() + u"/default.refresh.lock"_s));
    QVERIFY(dripping.configure({{u"hostile_authenticate"_s, QString()}}));
    QElapsedTimer again;
    again.start();
    QCOMPARE(AstProcess::run(dripped, {u"token"_s}).exitCode, 0);
    QVERIFY(again.elapsed() < 5000);
}

void TestHostile::hostileTextNeverReachesTheTerminal()
{
    // User and account names full of escapes: a window title, OSC 52 (write the clipboard),
    // erase-line + carriage return, hidden text, a right-to-left override, an 8-bit CSI.
    DevServerProcess server;
    QVERIFY(server.start(fastServer()));
    QVERIFY(server.configure({{u"hostile_text"_s, true}}));
    TestUser user(server.baseUrl());

    const auto login = AstProcess::run(user, {u"login"_s, u"--no-browser"_s});
    QCOMPARE(login.exitCode, 0);
    QVERIFY2(firstUnsafe(login.err).isEmpty(), qPrintable(firstUnsafe(login.err)));
    QVERIFY2(login.err.contains("Signed in as ada@example.comgnp.exe"), login.err.constData());

    const auto whoami = AstProcess::run(user, {u"whoami"_s});
    QCOMPARE(whoami.exitCode, 0);
    for (const QByteArray &printed : {whoami.out, whoami.err})
        QVERIFY2(firstUnsafe(printed).isEmpty(),
                 qPrintable(firstUnsafe(printed) + u" in "_s + QString::fromUtf8(printed)));
    QVERIFY2(whoami.out.contains("ada@example.comgnp.exe (Adagnp.exe Lovelacegnp.exe)"),
             whoami.out.constData());
    QVERIFY2(whoami.out.contains("Analytical Enginesgnp.exe"), whoami.out.constData());
    QVERIFY2(!whoami.out.contains("pwned") && !whoami.out.contains("cm0gLXJmIH4"),
             whoami.out.constData());

    const auto status = AstProcess::run(user, {u"status"_s});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(firstUnsafe(status.out).isEmpty(), qPrintable(firstUnsafe(status.out)));

    // --json: exact JSON (a parser reads it), and nothing a terminal acts on either.
    for (const QString &command : {u"whoami"_s, u"status"_s}) {
        const auto json = AstProcess::run(user, {u"--json"_s, command});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(firstUnsafe(json.out).isEmpty(), qPrintable(firstUnsafe(json.out)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, json.out.constData());
    }
    const auto json = AstProcess::run(user, {u"--json"_s, u"whoami"_s});
    const QJsonObject me = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(me.value(u"account"_s).toObject().value(u"plan"_s).toString(), u"prognp.exe"_s);

    // Error messages carrying file (or server) text are cleaned too: a profile name in
    // credentials.json that sets the window title.
    QFile file(user.credentialsPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"version\": 1, \"profiles\": {\"\\u001b]0;pwned\\u0007evil\": 5}}");
    file.close();
    const auto broken = AstProcess::run(user, {u"status"_s});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(firstUnsafe(broken.err).isEmpty(), qPrintable(firstUnsafe(broken.err)));
    QVERIFY2(broken.err.contains("profile \"evil\" is not an object"), broken.err.constData());
}

void TestHostile::redirectToAnotherOriginIsNotFollowed()
{
    // A 307 keeps method and body: following it to another host would hand that host the
    // bearer token, the refresh token or the device code. `elsewhere` counts what reaches it.
    DevServerProcess server;
    DevServerProcess elsewhere;
    QVERIFY(server.start(fastServer()));
    QVERIFY(elsewhere.start(fastServer()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, {u"login"_s, u"--no-browser"_s}).exitCode, 0);
    const QString refreshBefore = storedRefreshToken(user);
    QVERIFY(server.configure({{u"redirect_to"_s, elsewhere.baseUrl().toString()}}));

    const auto api = AstProcess::run(user, {u"api"_s, u"-d"_s, u"{\"x\":1}"_s, u"/v1/echo"_s});
    QCOMPARE(api.exitCode, 1);
    QVERIFY2(api.err.contains("HTTP 307"), api.err.constData());
    QCOMPARE(AstProcess::run(user, {u"whoami"_s}).exitCode, 1);
    QVERIFY(ageAccessToken(user));
    const auto token = AstProcess::run(user, {u"token"_s});
    QCOMPARE(token.exitCode, 1);
    QVERIFY2(token.err.contains("HTTP 307"), token.err.constData());
    QCOMPARE(storedRefreshToken(user), refreshBefore);
    TestUser fresh(server.baseUrl());
    const auto login = AstProcess::run(fresh, {u"login"_s, u"--no-browser"_s});
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains("HTTP 307"), login.err.constData());

    const QJsonObject reached = elsewhere.stats();
    for (const auto &counter : {u"device_authorizations"_s, u"polls"_s, u"refresh_requests"_s,
                                u"me_requests"_s, u"api_unauthorized"_s})
        QVERIFY2(reached.value(counter).toInt() == 0, qPrintable(counter));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
