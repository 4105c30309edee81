// The tray's classes one by one (linked from asttray), in-process and offscreen: backoff,
// the credentials watcher, the account model's notion of a lost session, the refresh
// scheduler against the devserver, the sign-in controller's device flow, autostart, the
// single-instance lock, and the QR image. The whole app on a real desktop: tst_trayapp.
#include "AccountModel.h"
#include "AstProcess.h"
#include "Backoff.h"
#include "DevServerProcess.h"
#include "FakeClock.h"
#include "HttpClient.h"
#include "ProfileWatcher.h"
#include "QrCode.h"
#include "QrImageProvider.h"
#include "RefreshScheduler.h"
#include "RuntimeDirectory.h"
#include "SessionManager.h"
#include "SessionStore.h"
#include "SignInController.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <atomic>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using astro::test::AstProcess;
using astro::test::DevServerProcess;
using astro::test::FakeClock;
using astro::test::TestUser;
using Phase = ast::tray::SignInController::Phase;

namespace {

ast::ProfileRecord signedInRecord(const QString &name, const QString &sessionId)
{
    ast::ProfileRecord record;
    record.name = name;
    record.server = QUrl(u"http://127.0.0.1:9/"_s);
    record.authUrl = QUrl(u"http://127.0.0.1:9/"_s);
    record.clientId = u"client_test"_s;
    record.user = {u"user_01"_s, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s};
    record.sessionId = sessionId;
    record.accessReceivedAt = QDateTime::currentDateTimeUtc();
    record.accessExpiresAt = record.accessReceivedAt.addSecs(3600);
    return record;
}

bool save(ast::SessionStore &store, const ast::ProfileRecord &record)
{
    bool ok = false;
    store.saveSession(record, {u"access"_s, u"refresh-"_s + record.sessionId},
                      [&ok](ast::Result<ast::StorageKind> kind) { ok = kind.ok(); });
    return ok; // the file store answers synchronously
}

// What the sign-in window drives, built as the tray builds it: a file store in the user's
// home, one HttpClient, a SessionManager and the SignInController.
struct SignInStack
{
    explicit SignInStack(const ast::Settings &settings, ast::Clock *clock = ast::Clock::system())
        : store(settings.astroHome, ast::StoreChoice::File, nullptr)
        , sessions(&store, &http)
        , controller(&http, &sessions, settings, clock)
    {
    }

    ast::SessionStore store;
    ast::HttpClient http;
    ast::SessionManager sessions;
    ast::tray::SignInController controller;
};

// The browser for the flow without a code: loads the page and follows its redirects, as a
// browser does once the user approved (the devserver answers at once with --web-auto-approve).
class RedirectFollower
{
public:
    RedirectFollower() { m_network.setProxy(QNetworkProxy::NoProxy); }
    bool open(const QUrl &url)
    {
        opened << url;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            lastPage = reply->readAll();
            lastError = reply->error();
            ++finished;
            reply->deleteLater();
        });
        return true;
    }

    QList<QUrl> opened;
    QByteArray lastPage;
    QNetworkReply::NetworkError lastError = QNetworkReply::NoError;
    int finished = 0;

private:
    QNetworkAccessManager m_network;
};

bool nothingStored(ast::SessionStore &store)
{
    if (!QFile::exists(store.file().filePath()))
        return true;
    auto data = store.load();
    return data && !data->find(u"default"_s);
}

} // namespace

class TrayComponentsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToTenMinutes();
    void profileWatcherSeesEveryAtomicWrite();
    void profileWatcherSeesTheDirectoryAppear();
    void accountModelReportsALostSessionOnce();
    void accountModelSwitchingProfilesLosesNothing();
    void refreshSchedulerUsesOneTimerAndBacksOff();
    void signInControllerRunsTheDeviceFlow();
    void signInControllerReportsDenial();
    void signInControllerCancelStopsPolling();
    void singleInstanceLetsOnlyOneRun();
    void signInControllerShowsTheVerificationUrlEncoded();
    void signInControllerSignsInWithoutACode();
    void signInControllerFallsBackWhenTheDeviceFlowIsOff();
    void signInControllerCancelClosesTheListener();
    void signInControllerRefusesAForeignCallback_data();
    void signInControllerRefusesAForeignCallback();
    void runtimeDirectoryIsNeverAnotherUsers();
    void lockOfAnotherUserNeverBlocks();
    void qrImageHasSharpModulesAndAQuietZone();
};

void TrayComponentsTest::backoffDoublesUpToTenMinutes()
{
    ast::tray::Backoff backoff;
    QVERIFY(!backoff.isActive());
    const QList<qint64> expected {30, 60, 120, 240, 480, 600, 600, 600};
    for (qint64 seconds : expected)
        QCOMPARE(backoff.next().count(), seconds * 1000);
    QVERIFY(backoff.isActive());
    backoff.reset();
    QCOMPARE(backoff.next().count(), 30000);
}

void TrayComponentsTest::profileWatcherSeesEveryAtomicWrite()
{
    QTemporaryDir home;
    ast::CredentialsFile file(home.filePath(u".astro"_s));
    QVERIFY(!file.update([](ast::CredentialsData &data) { data.ensure(u"default"_s); }));
    ast::ProfileWatcher watcher(file.filePath());
    QSignalSpy changed(&watcher, &ast::ProfileWatcher::profilesChanged);

    // Each write replaces the file (temp + rename): the watch must follow the new inode.
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(!file.update([i](ast::CredentialsData &data) { data.ensure(u"p%1"_s.arg(i)); }));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), i, 1000);
        QTest::qWait(2 * ast::ProfileWatcher::DebounceMs); // one burst, one signal
        QCOMPARE(changed.count(), i);
    }
    // An editor writing in place is seen too.
    QFile inPlace(file.filePath());
    QVERIFY(inPlace.open(QIODevice::ReadWrite | QIODevice::Append));
    inPlace.write(" ");
    inPlace.close();
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 5, 1000);
}

void TrayComponentsTest::profileWatcherSeesTheDirectoryAppear()
{
    QTemporaryDir home;
    ast::CredentialsFile file(home.filePath(u"not/yet/.astro"_s));
    ast::ProfileWatcher watcher(file.filePath());
    QSignalSpy changed(&watcher, &ast::ProfileWatcher::profilesChanged);
    QVERIFY(QDir().mkpath(home.filePath(u"not/yet"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 1000);
    const int before = int(changed.count());
    QVERIFY(!file.update([](ast::CredentialsData &data) { data.ensure(u"default"_s); }));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > before, 1000);
    const int afterCreate = int(changed.count());
    QVERIFY(!file.update([](ast::CredentialsData &data) { data.ensure(u"other"_s); }));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > afterCreate, 1000);
}

void TrayComponentsTest::accountModelReportsALostSessionOnce()
{
    QTemporaryDir home;
    ast::SessionStore store(home.path(), ast::StoreChoice::File, nullptr);
    ast::tray::AccountModel model(&store, u"default"_s);
    QSignalSpy lost(&model, &ast::tray::AccountModel::sessionLost);
    model.reload();
    QCOMPARE(model.state(), ast::ProfileStatus::State::SignedOut);

    QVERIFY(save(store, signedInRecord(u"default"_s, u"s1"_s)));
    model.reload();
    QCOMPARE(model.state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(model.email(), u"ada@example.com"_s);
    // What QML reads: the enum itself.
    QCOMPARE(model.property("state").value<ast::ProfileStatus::State>(),
             ast::ProfileStatus::State::SignedIn);
    QCOMPARE(lost.count(), 0);

    store.endSession(u"default"_s, [](ast::Status) {});
    model.reload();
    model.reload(); // a second look at the same file announces nothing new
    QCOMPARE(model.state(), ast::ProfileStatus::State::SessionEnded);
    QCOMPARE(lost.count(), 1);
    QCOMPARE(lost.at(0).at(0).value<ast::ProfileRecord>().sessionId, u"s1"_s);
    QCOMPARE(lost.at(0).at(1).value<ast::ProfileStatus::State>(),
             ast::ProfileStatus::State::SessionEnded);

    QVERIFY(save(store, signedInRecord(u"default"_s, u"s2"_s)));
    model.reload();
    store.signOut({u"default"_s}, [](ast::Status) {});
    model.reload();
    QCOMPARE(lost.count(), 2);
    QCOMPARE(lost.at(1).at(1).value<ast::ProfileStatus::State>(),
             ast::ProfileStatus::State::SignedOut);

    // A corrupt file is a problem to show, not a sign-out.
    QVERIFY(save(store, signedInRecord(u"default"_s, u"s3"_s)));
    model.reload();
    QFile corrupt(store.file().filePath());
    QVERIFY(corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate));
    corrupt.write("{ not json");
    corrupt.close();
    model.reload();
    QCOMPARE(model.state(), ast::ProfileStatus::State::Unreadable);
    QVERIFY(!model.problem().isEmpty());
    QCOMPARE(lost.count(), 2);
}

void TrayComponentsTest::accountModelSwitchingProfilesLosesNothing()
{
    QTemporaryDir home;
    ast::SessionStore store(home.path(), ast::StoreChoice::File, nullptr);
    QVERIFY(save(store, signedInRecord(u"default"_s, u"s1"_s)));
    ast::tray::AccountModel model(&store, u"default"_s);
    QSignalSpy lost(&model, &ast::tray::AccountModel::sessionLost);
    QSignalSpy changed(&model, &ast::tray::AccountModel::changed);
    model.reload();
    QCOMPARE(model.profiles(), QStringList {u"default"_s});
    model.setCurrentProfile(u"work"_s); // not in the file yet: listed, signed out
    QCOMPARE(model.state(), ast::ProfileStatus::State::SignedOut);
    QCOMPARE(model.profiles(), (QStringList {u"default"_s, u"work"_s}));
    QCOMPARE(model.who(u"default"_s), u"ada@example.com"_s);
    QCOMPARE(lost.count(), 0);
    QCOMPARE(changed.count(), 2);
}

void TrayComponentsTest::refreshSchedulerUsesOneTimerAndBacksOff()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s}),
             qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    QCOMPARE(AstProcess::run(user, {u"login"_s}).exitCode, 0);

    // Time is the fake clock's: the scheduler's waits end only when the test advances it.
    FakeClock clock(QDateTime::currentDateTimeUtc());
    ast::SessionStore store(user.astroHome(), ast::StoreChoice::File, nullptr, &clock);
    ast::HttpClient http; // real time: it only bounds the requests to the devserver
    ast::SessionManager sessions(&store, &http, &clock);
    ast::tray::RefreshScheduler scheduler(&sessions, &clock);
    QSignalSpy refreshed(&scheduler, &ast::tray::RefreshScheduler::refreshed);
    QSignalSpy retrying(&scheduler, &ast::tray::RefreshScheduler::retrying);
    auto record = [&store] { return store.load()->profiles.value(u"default"_s); };
    auto msecsUntilDue = [&clock, &record] {
        return clock.now().msecsTo(ast::SessionManager::refreshDueAt(record()));
    };

    // One wake-up, at the refresh lead time before expiry; nothing before it.
    scheduler.track(record(), true);
    QVERIFY(scheduler.isScheduled());
    QCOMPARE(scheduler.remainingMs(), msecsUntilDue());
    QCOMPARE(clock.pendingCount(), 1);
    clock.advance(scheduler.remainingMs() - 1);
    QCOMPARE(scheduler.remainingMs(), qint64(1));
    QCOMPARE(server.stats().value(u"refresh_requests"_s).toInt(), 0);
    clock.advance(1);
    QVERIFY(!scheduler.isScheduled()); // the refresh is running
    QVERIFY(refreshed.wait(6000));
    QCOMPARE(server.stats().value(u"refresh_requests"_s).toInt(), 1);
    // The next one, for the new token.
    QVERIFY(scheduler.isScheduled());
    QCOMPARE(scheduler.remainingMs(), msecsUntilDue());
    QCOMPARE(clock.pendingCount(), 1);
    // The same record again (e.g. the file watcher saw a lock file) changes nothing.
    const qint64 remaining = scheduler.remainingMs();
    scheduler.track(record(), true);
    QCOMPARE(scheduler.remainingMs(), remaining);
    QCOMPARE(clock.pendingCount(), 1);

    // Server trouble: retry after 30 s, then 60 s; nothing in between.
    QVERIFY(server.configure({{u"refresh_fail_status"_s, 503}, {u"refresh_fail_count"_s, 100}}));
    clock.advance(scheduler.remainingMs());
    QVERIFY(retrying.wait(6000));
    QCOMPARE(retrying.last().at(0).value<ast::Error>().kind, ast::ErrorKind::ServerUnavailable);
    QCOMPARE(retrying.last().at(1).toInt(), 30);
    QCOMPARE(scheduler.remainingMs(), qint64(30000));
    const int failedRequests = server.stats().value(u"refresh_requests"_s).toInt();
    clock.advance(29999);
    QCOMPARE(scheduler.remainingMs(), qint64(1)); // still waiting: no refresh started
    QCOMPARE(retrying.count(), 1);
    scheduler.recheckNow(); // e.g. the network came back
    QVERIFY(retrying.wait(6000));
    QCOMPARE(retrying.last().at(1).toInt(), 60);
    QCOMPARE(scheduler.remainingMs(), qint64(60000));
    QCOMPARE(clock.pendingCount(), 1); // the 30 s wake-up was replaced, not added to
    QCOMPARE(server.stats().value(u"refresh_requests"_s).toInt(), failedRequests + 1);

    // Back to normal: the backoff is forgotten and the lead-time wake-up returns.
    QVERIFY(server.configure({{u"refresh_fail_count"_s, 0}}));
    scheduler.recheckNow();
    QVERIFY(refreshed.wait(6000));
    QCOMPARE(scheduler.remainingMs(), msecsUntilDue());

    // Signed out: idle, nothing pending at all.
    scheduler.track(record(), false);
    QVERIFY(!scheduler.isScheduled());
    QCOMPARE(clock.pendingCount(), 0);
}

void TrayComponentsTest::signInControllerRunsTheDeviceFlow()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s}),
             qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    const auto settings = ast::Settings::fromEnvironment(user.environment());
    QVERIFY(settings);
    SignInStack stack(*settings);
    QList<QUrl> opened;
    stack.controller.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QSignalSpy signedIn(&stack.controller, &ast::tray::SignInController::signedIn);

    stack.controller.start();
    QCOMPARE(stack.controller.phase(), Phase::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Waiting, 5000);
    QVERIFY(!stack.controller.userCode().isEmpty());
    QVERIFY(stack.controller.secondsLeft() > 250 && stack.controller.secondsLeft() <= 300);
    QCOMPARE(stack.controller.totalSeconds(), 300);
    QVERIFY(stack.controller.qrSource().startsWith(u"image://qr/"_s));
    // Opened by itself once the code was shown, at the complete URL.
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().toString(QUrl::FullyEncoded), stack.controller.browserUrl());
    QVERIFY(stack.controller.browserUrl().contains(stack.controller.userCode()));

    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Succeeded, 10000);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(stack.controller.signedInAs(), u"ada@example.com"_s);
    const ast::ProfileRecord *saved = nullptr;
    auto data = stack.store.load();
    QVERIFY(data);
    saved = data->find(u"default"_s);
    QVERIFY(saved);
    QCOMPARE(saved->user.email, u"ada@example.com"_s);
    QCOMPARE(saved->server, server.baseUrl());
    QVERIFY(saved->fileTokens && !saved->fileTokens->refreshToken.isEmpty());
    // The same sign-in `ast` sees.
    const AstProcess::Outcome whoami = AstProcess::run(user, {u"whoami"_s});
    QCOMPARE(whoami.exitCode, 0);
}

void TrayComponentsTest::signInControllerReportsDenial()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--interval"_s, u"1"_s}), qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    const auto settings = ast::Settings::fromEnvironment(user.environment());
    QVERIFY(settings);
    SignInStack stack(*settings);
    stack.controller.setUrlOpener([](const QUrl &) { return false; }); // no browser here
    stack.controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Waiting, 5000);
    QVERIFY(
        stack.controller.notice().contains(stack.controller.verificationUri())); // says where to go
    QVERIFY(server.deny(stack.controller.userCode()));
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Failed, 10000);
    QVERIFY2(stack.controller.errorText().contains(u"denied"_s),
             qPrintable(stack.controller.errorText()));
    QVERIFY(!QFile::exists(stack.store.file().filePath()) || !stack.store.load()->find(u"default"_s)
            || stack.store.load()->find(u"default"_s)->user.id.isEmpty());
}

void TrayComponentsTest::signInControllerCancelStopsPolling()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--interval"_s, u"1"_s}), qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    const auto settings = ast::Settings::fromEnvironment(user.environment());
    QVERIFY(settings);
    // The flow's polls and the countdown run on the fake clock: the test moves time.
    astro::test::FakeClock clock(QDateTime::currentDateTimeUtc());
    SignInStack stack(*settings, &clock);
    stack.controller.setUrlOpener([](const QUrl &) { return true; });
    stack.controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Waiting, 5000);
    QCOMPARE(stack.controller.secondsLeft(), 300);
    clock.advance(1000); // one interval: the first poll, and one countdown step
    QCOMPARE(stack.controller.secondsLeft(), 299);
    QTRY_VERIFY_WITH_TIMEOUT(server.stats().value(u"polls"_s).toInt() >= 1, 5000);
    stack.controller.cancel();
    QCOMPARE(stack.controller.phase(), Phase::Cancelled);
    const int polls = server.stats().value(u"polls"_s).toInt();
    clock.advance(10 * 1000); // ten intervals: a live flow would poll again at once
    QCOMPARE(stack.controller.secondsLeft(), 299); // the countdown stopped too
    QVERIFY(
        !QTest::qWaitFor([&] { return server.stats().value(u"polls"_s).toInt() != polls; }, 1000));
    QVERIFY(!QFile::exists(stack.store.file().filePath()));
}

void TrayComponentsTest::singleInstanceLetsOnlyOneRun()
{
    QTemporaryDir home;
    ast::tray::SingleInstance first(home.path(), home.path());
    QVERIFY(ast::tray::SingleInstance::serverName(home.path()).startsWith(u"astro-tray-"_s));
    QVERIFY(ast::tray::SingleInstance::serverName(home.path())
            != ast::tray::SingleInstance::serverName(home.filePath(u"other"_s)));
    QCOMPARE(first.claim(), ast::tray::SingleInstance::Role::Primary);
    QSignalSpy activated(&first, &ast::tray::SingleInstance::activationRequested);

    // The second start runs its blocking hand-shake; this thread keeps serving the first.
    std::atomic<int> role {-1};
    std::atomic<bool> delivered {false};
    std::thread second([&] {
        ast::tray::SingleInstance instance(home.path(), home.path());
        bool ok = false;
        role = int(instance.claim(&ok));
        delivered = ok;
    });
    QTRY_VERIFY_WITH_TIMEOUT(role != -1, 10000);
    second.join();
    QCOMPARE(role.load(), int(ast::tray::SingleInstance::Role::Secondary));
    QVERIFY(delivered);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 2000);

    // Another ASTRO_HOME is another instance.
    ast::tray::SingleInstance elsewhere(home.filePath(u"other"_s), home.path());
    QCOMPARE(elsewhere.claim(), ast::tray::SingleInstance::Role::Primary);
}

void TrayComponentsTest::signInControllerShowsTheVerificationUrlEncoded()
{
    // "аpple.com" with a Cyrillic "а", and a right-to-left override in the link: the window
    // gets them encoded, as `ast login` prints them.
    DevServerProcess server;
    QVERIFY2(server.start({u"--interval"_s, u"1"_s}), qPrintable(server.errorString()));
    const QString lookAlike = u"https://\u0430pple.com/device"_s;
    QVERIFY(server.configure(
        {{u"verification_uri"_s, lookAlike},
         {u"verification_uri_complete"_s, QString(lookAlike + u"?user_code=%E2%80%AEexe.gnp"_s)}}));
    TestUser user(server.baseUrl());
    const auto settings = ast::Settings::fromEnvironment(user.environment());
    QVERIFY(settings);
    SignInStack stack(*settings);
    stack.controller.setUrlOpener([](const QUrl &) { return false; });
    stack.controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Waiting, 5000);
    QCOMPARE(stack.controller.verificationUri(), u"https://xn--pple-43d.com/device"_s);
    QCOMPARE(stack.controller.browserUrl(),
             u"https://xn--pple-43d.com/device?user_code=%E2%80%AEexe.gnp"_s);
    QVERIFY(stack.controller.notice().contains(u"xn--pple-43d.com"_s));
    stack.controller.cancel();
}

namespace {
// A directory like /tmp: anyone may create files in it.
bool makeShared(const QString &path)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), 01777) == 0;
}

constexpr uid_t OtherUid = 65534; // nobody

// Runs `script` as another user (setpriv) and returns the process, still running.
std::unique_ptr<QProcess> runAsOtherUser(const QString &script)
{
    auto process = std::make_unique<QProcess>();
    process->start(u"setpriv"_s,
                   {u"--reuid=%1"_s.arg(OtherUid), u"--regid=%1"_s.arg(OtherUid),
                    u"--clear-groups"_s, u"sh"_s, u"-c"_s, script});
    return process;
}
} // namespace

void TrayComponentsTest::runtimeDirectoryIsNeverAnotherUsers()
{
    if (::geteuid() != 0)
        QSKIP("needs root to act as a second user");
    QTemporaryDir home;
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, home.path());
    const QString fallback = home.filePath(u".cache/astro-runtime"_s);

    // A private runtime directory is used.
    const QString runtime = home.filePath(u"runtime"_s);
    QVERIFY(QDir().mkdir(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    QCOMPARE(ast::RuntimeDirectory::path(environment).value(), runtime + u"/astro"_s);
    QCOMPARE(int(QFileInfo(runtime + u"/astro"_s).permissions() & 0x0077), 0); // 0700

    // One anybody may write to, or one of another user, is not.
    const QString shared = QDir::tempPath() + u"/astro-shared-"_s + QString::number(::getpid());
    QVERIFY(makeShared(shared));
    environment.insert(u"XDG_RUNTIME_DIR"_s, shared);
    QCOMPARE(ast::RuntimeDirectory::path(environment).value(), fallback);
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0700) == 0);
    QVERIFY(::chown(QFile::encodeName(shared).constData(), OtherUid, OtherUid) == 0);
    QCOMPARE(ast::RuntimeDirectory::path(environment).value(), fallback);
    QDir(shared).removeRecursively();
}

void TrayComponentsTest::lockOfAnotherUserNeverBlocks()
{
    if (::geteuid() != 0)
        QSKIP("needs root to act as a second user");
    // Another user gets there first: in the shared temporary directory (where the lock used
    // to live) and in a shared XDG_RUNTIME_DIR, they create our lock files, held by a live
    // process of theirs. Neither may stop the tray from starting.
    QTemporaryDir home;
    const QString shared = QDir::tempPath() + u"/astro-lock-"_s + QString::number(::getpid());
    QVERIFY(makeShared(shared));
    const QString name = ast::tray::SingleInstance::serverName(home.path());
    const QString script =
        u"mkdir -p '%1/astro' && for f in '%1/%2.lock' '%1/astro/%2.lock'; do "
        "printf '%s\\nsleep\\n\\n' $$ > \"$f\"; done && touch '%1/ready' && exec sleep 60"_s.arg(
            shared, name);
    auto other = runAsOtherUser(script);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(shared + u"/ready"_s), 10000);
    QCOMPARE(QFileInfo(shared + u"/" + name + u".lock"_s).ownerId(), OtherUid);

    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", shared.toUtf8()); // QDir::temp() is the shared directory now
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_RUNTIME_DIR"_s, shared);
    const auto runtime = ast::RuntimeDirectory::path(environment);
    QVERIFY(runtime);
    ast::tray::SingleInstance instance(home.path(), runtime.value());
    bool delivered = true;
    const auto role = instance.claim(&delivered);
    qputenv("TMPDIR", oldTmp);
    other->kill();
    other->waitForFinished(5000);
    QDir(shared).removeRecursively();
    QCOMPARE(role, ast::tray::SingleInstance::Role::Primary);
}

void TrayComponentsTest::qrImageHasSharpModulesAndAQuietZone()
{
    const QString url = u"http://127.0.0.1:8484/device?user_code=ABCD-EFGH"_s;
    const QImage image = ast::tray::QrImageProvider::render(url, 256);
    QCOMPARE(image.size(), QSize(256, 256));
    const ast::QrCode code = ast::QrCode::encode(url);
    QVERIFY(!code.isNull());
    const int scale = 256 / (code.size() + 8);
    const int offset = (256 - scale * code.size()) / 2;
    QVERIFY(offset >= 4 * scale); // the quiet zone
    QCOMPARE(image.pixelColor(offset / 2, offset / 2), QColor(Qt::white));
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            const QColor pixel =
                image.pixelColor(offset + x * scale + scale / 2, offset + y * scale + scale / 2);
            QCOMPARE(pixel.lightness() < 128, code.dark(x, y));
        }
    }
    // Through the provider, as QML asks for it.
    ast::tray::QrImageProvider provider;
    QSize size;
    const QString id = QString::fromLatin1(
        url.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QCOMPARE(provider.requestImage(id, &size, QSize(200, 200)),
             ast::tray::QrImageProvider::render(url, 200));
    QCOMPARE(size, QSize(200, 200));
}

QTEST_MAIN(TrayComponentsTest)
#include "tst_traycomponents.moc"

void TrayComponentsTest::signInControllerSignsInWithoutACode()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    const auto settings = ast::Settings::fromEnvironment(user.environment());
    QVERIFY(settings);
    SignInStack stack(*settings);
    RedirectFollower browser;
    stack.controller.setUrlOpener([&browser](const QUrl &url) { return browser.open(url); });
    QSignalSpy signedIn(&stack.controller, &ast::tray::SignInController::signedIn);

    stack.controller.startWithoutCode();
    QVERIFY(stack.controller.withoutCode());
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Succeeded, 10000);
    QCOMPARE(signedIn.count(), 1);
    // The browser went to the authorize page once, and came back to the loopback listener.
    QCOMPARE(browser.opened.size(), 1);
    const QUrl authorize = browser.opened.first();
    QCOMPARE(authorize.toString(QUrl::FullyEncoded), stack.controller.authorizeUrl());
    QCOMPARE(authorize.path(), u"/user_management/authorize"_s);
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)
                .startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(stack.controller.userCode().isEmpty()); // no code at all
    QCOMPARE(server.stats().value(u"device_authorizations"_s).toInt(), 0);
    auto data = stack.store.load();
    QVERIFY(data);
    const ast::ProfileRecord *saved = data->find(u"default"_s);
    QVERIFY(saved);
    QCOMPARE(saved->user.email, u"ada@example.com"_s);
    const AstProcess::Outcome whoami = AstProcess::run(user, {u"whoami"_s});
    QCOMPARE(whoami.exitCode, 0);
}

void TrayComponentsTest::signInControllerFallsBackWhenTheDeviceFlowIsOff()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--device-flow-disabled"_s}), qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    const auto settings = ast::Settings::fromEnvironment(user.environment());
    QVERIFY(settings);
    SignInStack stack(*settings);
    QList<QUrl> opened;
    stack.controller.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });

    stack.controller.start(); // the device flow, as the menu starts it
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::WaitingForBrowser, 5000);
    QVERIFY(stack.controller.withoutCode());
    // One line says why.
    QVERIFY2(stack.controller.notice().contains(u"turned off"_s),
             qPrintable(stack.controller.notice()));
    QVERIFY(stack.controller.errorText().isEmpty());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().path(), u"/user_management/authorize"_s);
    QVERIFY(stack.controller.totalSeconds() > 290 && stack.controller.totalSeconds() <= 300);

    // The browser approves: the rest is the browser flow.
    QVERIFY(server.configure({{u"web_decision"_s, u"approve"_s}}));
    RedirectFollower browser;
    browser.open(opened.first());
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Succeeded, 10000);
    QCOMPARE(stack.controller.signedInAs(), u"ada@example.com"_s);
    QVERIFY(!nothingStored(stack.store));
}

void TrayComponentsTest::signInControllerCancelClosesTheListener()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    const auto settings = ast::Settings::fromEnvironment(user.environment());
    QVERIFY(settings);
    SignInStack stack(*settings);
    QList<QUrl> opened;
    stack.controller.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    stack.controller.startWithoutCode();
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::WaitingForBrowser, 5000);
    QCOMPARE(opened.size(), 1);

    stack.controller.cancel();
    QCOMPARE(stack.controller.phase(), Phase::Cancelled);
    // The browser approving now finds no listener: nothing exchanged, nothing stored.
    RedirectFollower browser;
    browser.open(opened.first());
    QTRY_COMPARE_WITH_TIMEOUT(browser.finished, 1, 10000);
    QCOMPARE(browser.lastError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(server.stats().value(u"code_exchanges"_s).toInt(), 0);
    QCOMPARE(stack.controller.phase(), Phase::Cancelled);
    QVERIFY(nothingStored(stack.store));
}

void TrayComponentsTest::signInControllerRefusesAForeignCallback_data()
{
    QTest::addColumn<QString>("callbackQuery"); // {state} is the flow's own state
    QTest::addColumn<QString>("expected");
    QTest::newRow("state mismatch") << u"code=abc&state=not-the-state"_s << u"does not belong"_s;
    QTest::newRow("no state") << u"code=abc"_s << u"does not belong"_s;
    QTest::newRow("?error=access_denied") << u"error=access_denied&state={state}"_s << u"denied"_s;
    QTest::newRow("?error= with markup")
        << u"error=server_error&error_description=%3Cb%3Eboom%3C%2Fb%3E&state={state}"_s
        << u"<b>boom</b>"_s;
    QTest::newRow("timeout") << QString() << u"in time"_s;
}

void TrayComponentsTest::signInControllerRefusesAForeignCallback()
{
    QFETCH(QString, callbackQuery);
    QFETCH(QString, expected);
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestUser user(server.baseUrl());
    const auto settings = ast::Settings::fromEnvironment(user.environment());
    QVERIFY(settings);
    SignInStack stack(*settings);
    if (callbackQuery.isEmpty())
        stack.controller.setWebDeadline(300ms);
    RedirectFollower browser;
    QList<QUrl> opened;
    stack.controller.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    stack.controller.startWithoutCode();
    if (!callbackQuery.isEmpty()) {
        QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::WaitingForBrowser, 5000);
        // What a hostile page or a confused browser could send to the listener.
        const QUrlQuery authorize(opened.first());
        QUrl callback(authorize.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        callback.setQuery(
            QString(callbackQuery)
                .replace(u"{state}"_s, authorize.queryItemValue(u"state"_s, QUrl::FullyEncoded)));
        browser.open(callback);
    }
    QTRY_COMPARE_WITH_TIMEOUT(stack.controller.phase(), Phase::Failed, 10000);
    QVERIFY2(stack.controller.errorText().contains(expected),
             qPrintable(stack.controller.errorText()));
    QVERIFY(stack.controller.withoutCode()); // "Try again" goes the same way
    QCOMPARE(server.stats().value(u"code_exchanges"_s).toInt(), 0);
    QVERIFY(nothingStored(stack.store));
}
