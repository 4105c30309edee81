// Drives the real astro-tray binary inside a throwaway desktop (with-desktop.sh: Xvfb, a real
// StatusNotifierItem host, dunst, a private session bus) the way a user and a desktop would:
// menu clicks go over com.canonical.dbusmenu, state is read from the item's D-Bus properties,
// notifications from the bus, the browser is headless Chromium on the devserver's /device
// page, and `ast` runs as another process sharing the same credentials.json.
#include "AstProcess.h"
#include "DesktopDriver.h"
#include "DevServerProcess.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using astro::test::AstProcess;
using astro::test::DevServerProcess;
using astro::test::NotificationLog;
using astro::test::StatusNotifierItem;
using astro::test::TestUser;

namespace {

constexpr int StartTimeoutMs = 20000;
constexpr int SignInTimeoutMs = 45000;
// docs/tray.md: a login or logout by `ast` shows in the tray "at once"; we allow for a loaded CI.
constexpr int LiveUpdateBudgetMs = 1000;

QString binary(const QString &name)
{
    return QDir(qEnvironmentVariable("ASTRO_BIN_DIR")).filePath(name);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// One astro-tray process of the test user, with its log and its tray item.
class TrayProcess
{
public:
    explicit TrayProcess(const QProcessEnvironment &environment, const QString &logPath)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(binary(u"astro-tray"_s));
        m_process.setArguments({u"--verbose"_s});
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(logPath, QIODevice::Append);
        m_logPath = logPath;
    }
    ~TrayProcess() { stop(); }

    bool start()
    {
        m_process.start();
        return m_process.waitForStarted(StartTimeoutMs);
    }
    // Waits for the item of this process to be registered with the watcher.
    bool waitForItem()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < StartTimeoutMs && m_process.state() == QProcess::Running) {
            const QString service = StatusNotifierItem::findByPid(m_process.processId());
            if (!service.isEmpty()) {
                m_item = std::make_unique<StatusNotifierItem>(service);
                return true;
            }
            QTest::qWait(50);
        }
        return false;
    }
    StatusNotifierItem &item() { return *m_item; }
    QString toolTip() const { return m_item ? m_item->toolTipTitle() : QString(); }
    QString log() const
    {
        QFile file(m_logPath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    QProcess &process() { return m_process; }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
    QString m_logPath;
    std::unique_ptr<StatusNotifierItem> m_item;
};

} // namespace

class TrayAppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsInTheTrayWithItsMenu();
    void signInFromTheMenuWithChromium();
    void fallsBackToTheBrowserWhenTheDeviceFlowIsOff();
    void copyAccessTokenCopiesAValidToken();
    void keyringSessionIsSharedWithAst();
    void revokedSessionNotifiesExactlyOnce();
    void cliLoginAndLogoutShowInTheTray();
    void signOutFromTheTrayIsNotAnnounced();
    void signOutDuringABackgroundRefreshSticks();
    void switchesAndRemembersProfiles();
    void startAtLoginWritesAnAutostartEntry();
    void secondInstanceShowsTheFirst();
    void withoutATrayShowsTheAccountWindow();

private:
    QProcessEnvironment trayEnvironment() const;
    std::unique_ptr<TrayProcess> startTray(const QProcessEnvironment &environment);
    std::unique_ptr<TrayProcess> startTray() { return startTray(trayEnvironment()); }
    AstProcess::Outcome ast(const QStringList &arguments);
    QJsonObject profile(const QString &name = u"default"_s) const;
    int meStatus(const QString &accessToken);
    void writeFakeBrowser(const QString &mode);

    DevServerProcess m_server;
    std::unique_ptr<TestUser> m_user;
    QString m_fakeBin;
};

void TrayAppTest::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("ASTRO_NOTIFY_LOG"),
             "run this test through tests/gui/with-desktop.sh");
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s); // the ENV entry beat the default
    QVERIFY(StatusNotifierItem::hostRegistered());
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY2(m_server.start({u"--interval"_s, u"1"_s}), qPrintable(m_server.errorString()));
}

void TrayAppTest::init()
{
    QVERIFY(m_server.configure({{u"access_ttl"_s, 3600},
                                {u"device_flow_disabled"_s, false},
                                {u"web_decision"_s, u"ask"_s},
                                {u"auto_approve_after"_s, QJsonValue()},
                                {u"refresh_fail_count"_s, 0},
                                {u"refresh_delay_ms"_s, 0}}));
    m_user = std::make_unique<TestUser>(m_server.baseUrl());
    m_fakeBin = QDir(m_user->home()).filePath(u"bin"_s);
    QVERIFY(QDir().mkpath(m_fakeBin));
    writeFakeBrowser(u"record"_s);
}

void TrayAppTest::cleanup()
{
    if (QTest::currentTestFailed()) {
        QFile log(QDir(m_user->home()).filePath(u"tray.log"_s));
        if (log.open(QIODevice::ReadOnly))
            qWarning().noquote() << "astro-tray log:\n" << log.readAll();
    }
    m_user.reset();
}

// The browser the tray opens through QDesktopServices: the first xdg-open on PATH (xcb runs
// it with the URL). "record" only writes the URL down; "approve" also approves the code in
// headless Chromium on the page (approve_in_chromium.py).
void TrayAppTest::writeFakeBrowser(const QString &mode)
{
    const QString helper =
        QDir(qEnvironmentVariable("ASTRO_GUI_TEST_DIR")).filePath(u"approve_in_chromium.py"_s);
    QFile script(QDir(m_fakeBin).filePath(u"xdg-open"_s));
    QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray text =
        "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + m_fakeBin.toUtf8() + "/opened.txt'\n";
    if (mode == u"approve"_s)
        text += "python3 '" + helper.toUtf8() + "' \"$1\" '" + m_fakeBin.toUtf8()
            + "/approval.json' >> '" + m_fakeBin.toUtf8() + "/chromium.log' 2>&1 &\n";
    script.write(text);
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QProcessEnvironment TrayAppTest::trayEnvironment() const
{
    // The test user's (file store, the devserver as WorkOS and API), plus this desktop.
    QProcessEnvironment environment = m_user->environment();
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "XAUTHORITY"})
        environment.insert(QString::fromLatin1(name), system.value(QString::fromLatin1(name)));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"PATH"_s, m_fakeBin + u':' + system.value(u"PATH"_s));
    environment.insert(u"no_proxy"_s, u"127.0.0.1,localhost"_s);
    return environment;
}

std::unique_ptr<TrayProcess> TrayAppTest::startTray(const QProcessEnvironment &environment)
{
    auto tray =
        std::make_unique<TrayProcess>(environment, QDir(m_user->home()).filePath(u"tray.log"_s));
    if (!tray->start() || !tray->waitForItem())
        return nullptr;
    return tray;
}

AstProcess::Outcome TrayAppTest::ast(const QStringList &arguments)
{
    return AstProcess::run(*m_user, arguments);
}

QJsonObject TrayAppTest::profile(const QString &name) const
{
    return readJson(m_user->credentialsPath())
        .value(u"profiles"_s)
        .toObject()
        .value(name)
        .toObject();
}

int TrayAppTest::meStatus(const QString &accessToken)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(m_server.url(u"/v1/me"_s));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return 0;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TrayAppTest::showsInTheTrayWithItsMenu()
{
    auto tray = startTray();
    QVERIFY(tray);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"not signed in"_s), 5000);
    QCOMPARE(tray->item().status(), u"Active"_s);

    const astro::test::MenuItem menu = tray->item().menuLayout();
    const QStringList expected {u"Not signed in"_s, u"Profile: default"_s, u"Switch profile"_s,
                                u"Sign in…"_s,      u"Sign out"_s,         u"Copy access token"_s,
                                u"Open Astro…"_s,   u"Start at login"_s,   u"Quit"_s};
    for (const QString &label : expected)
        QVERIFY2(menu.find(label), qPrintable(label));
    QVERIFY(!menu.find(u"Not signed in"_s)->enabled()); // a header, not an action
    QVERIFY(menu.find(u"Sign in…"_s)->enabled());
    QVERIFY(!menu.find(u"Sign out"_s)->enabled());
    QVERIFY(!menu.find(u"Copy access token"_s)->enabled());
    QCOMPARE(menu.toggleStateOf(u"Start at login"_s), 0);

    // Quit from the menu ends the process cleanly.
    QVERIFY(tray->item().click(u"Quit"_s));
    QVERIFY(tray->process().waitForFinished(10000));
    QCOMPARE(tray->process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(tray->process().exitCode(), 0);
}

void TrayAppTest::signInFromTheMenuWithChromium()
{
    writeFakeBrowser(u"approve"_s);
    auto tray = startTray();
    QVERIFY(tray);
    const int signedInBefore = NotificationLog::countPrefix(u"Signed in as"_s);

    QVERIFY(tray->item().click(u"Sign in…"_s));
    // The window opens on the click, and the browser opens once the code is shown.
    QTRY_VERIFY_WITH_TIMEOUT(tray->log().contains(u"SignInWindow.qml"_s), 15000);
    const QString approvalPath = QDir(m_fakeBin).filePath(u"approval.json"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(approvalPath), SignInTimeoutMs);
    const QJsonObject approval = readJson(approvalPath);
    QVERIFY2(approval.value(u"error"_s).isNull(),
             qPrintable(approval.value(u"error"_s).toString()));

    // Chromium was sent to verification_uri_complete, saw the code the tray shows, approved.
    const QJsonArray codes =
        m_server.stats().value(u"issued"_s).toObject().value(u"user_codes"_s).toArray();
    QVERIFY(!codes.isEmpty());
    const QString userCode = codes.last().toString();
    QCOMPARE(approval.value(u"prefilled"_s).toString(), userCode);
    QVERIFY(approval.value(u"url"_s).toString().startsWith(m_server.url(u"/device"_s).toString()));
    QVERIFY(approval.value(u"url"_s).toString().contains(userCode));
    QVERIFY(approval.value(u"verdict"_s).toString().startsWith(u"Device approved"_s));

    // The tray saved the session like `ast login` does, and shows it.
    QTRY_COMPARE_WITH_TIMEOUT(profile().value(u"user"_s).toObject().value(u"email"_s).toString(),
                              u"ada@example.com"_s, SignInTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com"_s), 5000);
    const AstProcess::Outcome whoami = ast({u"whoami"_s});
    QCOMPARE(whoami.exitCode, 0);
    QVERIFY(whoami.out.contains("ada@example.com") || whoami.err.contains("ada@example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(NotificationLog::countPrefix(u"Signed in as"_s), signedInBefore + 1,
                              5000);

    const astro::test::MenuItem menu = tray->item().menuLayout();
    QVERIFY(menu.find(u"Ada Lovelace"_s) || menu.find(u"Signed in as ada@example.com"_s));
    QVERIFY(!menu.find(u"Sign in…"_s)->enabled());
    QVERIFY(menu.find(u"Sign out"_s)->enabled());
    // No secret on the tray's --verbose log.
    const QString log = tray->log();
    for (const QJsonValue &token :
         m_server.stats().value(u"issued"_s).toObject().value(u"refresh_tokens"_s).toArray())
        QVERIFY(!log.contains(token.toString()));
}

// The administrator turned the device flow off (authorize/device answers 403 access_denied):
// the window goes on without a code by itself, Chromium approves on the authorize page and is
// sent back to the tray's loopback listener.
void TrayAppTest::fallsBackToTheBrowserWhenTheDeviceFlowIsOff()
{
    QVERIFY(m_server.configure({{u"device_flow_disabled"_s, true}}));
    writeFakeBrowser(u"approve"_s);
    auto tray = startTray();
    QVERIFY(tray);
    const int exchangesBefore = m_server.stats().value(u"code_exchange_successes"_s).toInt();

    QVERIFY(tray->item().click(u"Sign in…"_s));
    const QString approvalPath = QDir(m_fakeBin).filePath(u"approval.json"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(approvalPath), SignInTimeoutMs);
    const QJsonObject approval = readJson(approvalPath);
    QVERIFY2(approval.value(u"error"_s).isNull(),
             qPrintable(approval.value(u"error"_s).toString()));
    // The one page opened was the authorize page; Chromium landed on the listener's page.
    const QUrl opened(approval.value(u"url"_s).toString());
    QCOMPARE(opened.path(), u"/user_management/authorize"_s);
    QVERIFY2(approval.value(u"landed"_s).toString().startsWith(u"http://127.0.0.1:"_s),
             qPrintable(approval.value(u"landed"_s).toString()));
    QVERIFY2(approval.value(u"verdict"_s).toString().contains(u"You can close this tab"_s),
             qPrintable(approval.value(u"verdict"_s).toString()));
    QCOMPARE(m_server.stats().value(u"device_authorizations"_s).toInt() > 0, true); // refused

    QTRY_COMPARE_WITH_TIMEOUT(profile().value(u"user"_s).toObject().value(u"email"_s).toString(),
                              u"ada@example.com"_s, SignInTimeoutMs);
    QCOMPARE(m_server.stats().value(u"code_exchange_successes"_s).toInt(), exchangesBefore + 1);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com"_s), 5000);
    QCOMPARE(ast({u"whoami"_s}).exitCode, 0);
    QVERIFY(tray->log().contains(u"switching to the browser sign-in"_s));
    // The tooltip names the organization the session is in.
    const QString organization = profile().value(u"organization_id"_s).toString();
    QVERIFY(!organization.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"Organization: "_s + organization), 5000);
}

void TrayAppTest::copyAccessTokenCopiesAValidToken()
{
    QVERIFY(m_server.configure({{u"auto_approve_after"_s, 0}}));
    QCOMPARE(ast({u"login"_s}).exitCode, 0);
    auto tray = startTray();
    QVERIFY(tray);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com"_s), 5000);

    QVERIFY(tray->item().click(u"Copy access token"_s));
    const QString stored =
        profile().value(u"tokens"_s).toObject().value(u"access_token"_s).toString();
    QVERIFY(!stored.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), stored, 10000);
    // ...and the API takes it.
    QCOMPARE(meStatus(QGuiApplication::clipboard()->text()), 200);
    QTRY_VERIFY_WITH_TIMEOUT(NotificationLog::count(u"Access token copied"_s) >= 1, 5000);
    QVERIFY(!tray->log().contains(stored)); // never in the log
    // Marked for clipboard managers as a secret, and the user is told it will go.
    QVERIFY(QGuiApplication::clipboard()->mimeData()->formats().contains(
        u"x-kde-passwordManagerHint"_s));
    QFile notifyLog(qEnvironmentVariable("ASTRO_NOTIFY_LOG"));
    QVERIFY(notifyLog.open(QIODevice::ReadOnly));
    QVERIFY(notifyLog.readAll().contains("for 30 s, then it is cleared"));
}

void TrayAppTest::keyringSessionIsSharedWithAst()
{
    // The default store: the session's keyring (gnome-keyring, unlocked by with-desktop.sh).
    QProcessEnvironment environment = trayEnvironment();
    environment.insert(u"ASTRO_CREDENTIAL_STORE"_s, u"auto"_s);
    QVERIFY(m_server.configure({{u"auto_approve_after"_s, 0}}));
    AstProcess login(environment);
    login.start({u"login"_s});
    QCOMPARE(login.finish().exitCode, 0);
    QCOMPARE(profile().value(u"storage"_s).toString(), u"keyring"_s);
    QVERIFY(!profile().contains(u"tokens"_s)); // never in the file with the keyring

    auto tray = startTray(environment);
    QVERIFY(tray);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com"_s), 5000);
    QVERIFY(tray->item().click(u"Copy access token"_s));
    AstProcess token(environment);
    token.start({u"token"_s});
    const AstProcess::Outcome printed = token.finish();
    QCOMPARE(printed.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(),
                              QString::fromUtf8(printed.out.trimmed()), 10000);
}

void TrayAppTest::revokedSessionNotifiesExactlyOnce()
{
    // Short-lived tokens: the tray refreshes about every 2.7 s (one timer, the refresh lead time).
    QVERIFY(m_server.configure({{u"auto_approve_after"_s, 0}, {u"access_ttl"_s, 3}}));
    QCOMPARE(ast({u"login"_s}).exitCode, 0);
    auto tray = startTray();
    QVERIFY(tray);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com"_s), 5000);
    const int refreshesAtStart = m_server.stats().value(u"refresh_requests"_s).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(m_server.stats().value(u"refresh_successes"_s).toInt() >= 1, 10000);
    const int endedBefore = NotificationLog::count(u"Astro session ended"_s);
    const int signedOutBefore = NotificationLog::count(u"Signed out of Astro"_s);

    QVERIFY(m_server.revoke()); // every refresh token is now invalid_grant
    QTRY_COMPARE_WITH_TIMEOUT(NotificationLog::count(u"Astro session ended"_s), endedBefore + 1,
                              15000);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"session ended"_s), 5000);
    QVERIFY(profile().contains(u"session_ended_at"_s));
    QVERIFY(!profile().contains(u"tokens"_s));
    QCOMPARE(ast({u"token"_s}).exitCode, 4);

    // Exactly one: over three more token lifetimes neither a second notification nor another
    // refresh attempt comes (the tray is idle once the session has ended).
    const int refreshesAfterEnd = m_server.stats().value(u"refresh_requests"_s).toInt();
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 9000) {
        QCOMPARE(NotificationLog::count(u"Astro session ended"_s), endedBefore + 1);
        QTest::qWait(250);
    }
    QCOMPARE(m_server.stats().value(u"refresh_requests"_s).toInt(), refreshesAfterEnd);
    QVERIFY(refreshesAfterEnd > refreshesAtStart);
    QCOMPARE(NotificationLog::count(u"Signed out of Astro"_s), signedOutBefore);
}

void TrayAppTest::cliLoginAndLogoutShowInTheTray()
{
    auto tray = startTray();
    QVERIFY(tray);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"not signed in"_s), 5000);

    QVERIFY(m_server.configure({{u"auto_approve_after"_s, 0}}));
    QCOMPARE(ast({u"login"_s}).exitCode, 0);
    QElapsedTimer shown;
    shown.start();
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com"_s), 5000);
    const qint64 loginMs = shown.elapsed();

    const int signedOutBefore = NotificationLog::count(u"Signed out of Astro"_s);
    QCOMPARE(ast({u"logout"_s}).exitCode, 0);
    shown.restart();
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"not signed in"_s), 5000);
    const qint64 logoutMs = shown.elapsed();
    qInfo("ast login showed in the tray after %lld ms, ast logout after %lld ms", loginMs,
          logoutMs);
    QVERIFY2(loginMs < LiveUpdateBudgetMs && logoutMs < LiveUpdateBudgetMs,
             qPrintable(u"%1 ms / %2 ms"_s.arg(loginMs).arg(logoutMs)));

    // Signed out by another program while signed in here: announced, once, with Sign in.
    QTRY_COMPARE_WITH_TIMEOUT(NotificationLog::count(u"Signed out of Astro"_s), signedOutBefore + 1,
                              5000);
    QTest::qWait(500);
    QCOMPARE(NotificationLog::count(u"Signed out of Astro"_s), signedOutBefore + 1);
}

void TrayAppTest::signOutFromTheTrayIsNotAnnounced()
{
    QVERIFY(m_server.configure({{u"auto_approve_after"_s, 0}}));
    QCOMPARE(ast({u"login"_s}).exitCode, 0);
    auto tray = startTray();
    QVERIFY(tray);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com"_s), 5000);
    const QStringList before = NotificationLog::summaries();

    QVERIFY(tray->item().click(u"Sign out"_s));
    // In the file at once, so `ast` agrees.
    QTRY_VERIFY_WITH_TIMEOUT(!profile().contains(u"user"_s), 5000);
    QCOMPARE(ast({u"whoami"_s}).exitCode, 4);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"not signed in"_s), 5000);
    QTest::qWait(500); // give a wrong notification time to show up
    QCOMPARE(NotificationLog::summaries(), before);
}

// The tray's own background refresh is slow (the server rotated the token at once); Sign out
// meanwhile must stay signed out once the refresh is done, and end the WorkOS session.
void TrayAppTest::signOutDuringABackgroundRefreshSticks()
{
    QVERIFY(m_server.configure({{u"auto_approve_after"_s, 0}, {u"access_ttl"_s, 4}}));
    QCOMPARE(ast({u"login"_s}).exitCode, 0);
    const QString spent = profile().value(u"session_id"_s).toString();
    QVERIFY(!spent.isEmpty());
    QVERIFY(m_server.configure({{u"refresh_delay_ms"_s, 2500}}));
    QVERIFY(m_server.resetStats());
    QProcessEnvironment environment = trayEnvironment();
    // The tray logs when a refresh result is saved or dropped: the end of the race.
    environment.insert(u"QT_LOGGING_RULES"_s, u"astro.session.debug=true"_s);
    auto tray = startTray(environment);
    QVERIFY(tray);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com"_s), 5000);
    // A 4 s token is refreshed 0.4 s before it expires; the reply then takes 2.5 s.
    QTRY_VERIFY_WITH_TIMEOUT(m_server.stats().value(u"refresh_requests"_s).toInt() == 1, 10000);
    QVERIFY(tray->item().click(u"Sign out"_s));

    // Sign out waits for the refresh's save (same profile lock), then removes everything.
    QTRY_VERIFY_WITH_TIMEOUT(!profile().contains(u"user"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"not signed in"_s), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.stats().value(u"session_logouts"_s).toInt() == 1, 10000);
    QCOMPARE(m_server.stats().value(u"ended_sessions"_s).toArray(), QJsonArray {spent});
    QTRY_VERIFY_WITH_TIMEOUT(tray->log().contains(u"refreshed profile"_s)
                                 || tray->log().contains(u"its result is dropped"_s),
                             10000);
    QVERIFY(!profile().contains(u"user"_s));
    QVERIFY(!profile().contains(u"tokens"_s));
    QCOMPARE(ast({u"token"_s}).exitCode, 4);
}

void TrayAppTest::switchesAndRemembersProfiles()
{
    QVERIFY(m_server.configure({{u"auto_approve_after"_s, 0}}));
    QCOMPARE(ast({u"--profile"_s, u"work"_s, u"login"_s}).exitCode, 0);
    {
        auto tray = startTray();
        QVERIFY(tray);
        QTRY_VERIFY_WITH_TIMEOUT(tray->item().menuLayout().find(u"work (ada@example.com)"_s), 5000);
        QVERIFY(tray->toolTip().contains(u"(profile default)"_s));
        QVERIFY(tray->item().click(u"work (ada@example.com)"_s));
        QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"ada@example.com (profile work)"_s),
                                 5000);
        const astro::test::MenuItem menu = tray->item().menuLayout();
        QVERIFY2(menu.toggleStateOf(u"work ("_s) == 1, qPrintable(menu.labels().join(u" | "_s)));
        QVERIFY2(menu.toggleStateOf(u"default ("_s) == 0, qPrintable(menu.labels().join(u" | "_s)));
    }
    {
        auto tray = startTray(); // remembered
        QVERIFY(tray);
        QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"(profile work)"_s), 5000);
    }
    QProcessEnvironment environment = trayEnvironment();
    environment.insert(u"ASTRO_PROFILE"_s, u"default"_s); // the environment wins at start
    auto tray = startTray(environment);
    QVERIFY(tray);
    QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(u"(profile default)"_s), 5000);
}

void TrayAppTest::startAtLoginWritesAnAutostartEntry()
{
    auto tray = startTray();
    QVERIFY(tray);
    const QString entry = QDir(m_user->environment().value(u"XDG_CONFIG_HOME"_s))
                              .filePath(u"autostart/astro-tray.desktop"_s);
    QVERIFY(!QFile::exists(entry));

    QVERIFY(tray->item().click(u"Start at login"_s));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(entry), 5000);
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("[Desktop Entry]\n"));
    const QByteArray exec = "\nExec=" + binary(u"astro-tray"_s).toUtf8() + "\n";
    QVERIFY2(content.contains(exec), content.constData());
    QTRY_COMPARE_WITH_TIMEOUT(tray->item().menuLayout().toggleStateOf(u"Start at login"_s), 1,
                              5000);

    QVERIFY(tray->item().click(u"Start at login"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(entry), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(tray->item().menuLayout().toggleStateOf(u"Start at login"_s), 0,
                              5000);
}

void TrayAppTest::secondInstanceShowsTheFirst()
{
    auto tray = startTray();
    QVERIFY(tray);
    QVERIFY(!tray->log().contains(u"AccountWindow.qml"_s));

    QProcess second;
    second.setProcessEnvironment(trayEnvironment());
    second.setProgram(binary(u"astro-tray"_s));
    second.start();
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(tray->log().contains(u"AccountWindow.qml"_s), 10000);
    QCOMPARE(tray->process().state(), QProcess::Running);
}

void TrayAppTest::withoutATrayShowsTheAccountWindow()
{
    // A private session bus with no StatusNotifierWatcher, on an X display with no XEmbed
    // tray: no tray at all. After retrying for ~10 s the account window must appear.
    QProcess tray;
    tray.setProcessEnvironment(trayEnvironment());
    const QString log = QDir(m_user->home()).filePath(u"tray.log"_s);
    tray.setStandardErrorFile(log);
    tray.start(u"dbus-run-session"_s, {u"--"_s, binary(u"astro-tray"_s), u"--verbose"_s});
    QVERIFY(tray.waitForStarted(10000));
    auto logText = [&log] {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"AccountWindow.qml"_s), 30000);
    QVERIFY(logText().contains(u"no system tray"_s));
    tray.terminate();
    QVERIFY(tray.waitForFinished(10000));
}

QTEST_MAIN(TrayAppTest)
#include "tst_trayapp.moc"
