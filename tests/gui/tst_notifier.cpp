// Notifier's route selection and its tray-message route, on every platform: the D-Bus route
// against a live notification daemon is covered by tst_trayapp.
#include "Notifier.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ast::tray::Notifier;

Q_DECLARE_METATYPE(Notifier::Route)

class NotifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chooseRoute_data();
    void chooseRoute();
    void freedesktopOnLinuxOnly();
    void trayMessageFor();
    void trayRouteShowsTheMessage();
    void onlyASignInMessageOpensSignInWhenClicked();
    void unreachableBusFallsBackToTheTray();
};

void NotifierTest::chooseRoute_data()
{
    QTest::addColumn<bool>("freedesktop");
    QTest::addColumn<bool>("busConnected");
    QTest::addColumn<Notifier::Route>("route");
    QTest::newRow("linux with a bus") << true << true << Notifier::Route::DBus;
    QTest::newRow("linux without a bus") << true << false << Notifier::Route::TrayMessage;
    QTest::newRow("macos/windows with a bus") << false << true << Notifier::Route::TrayMessage;
    QTest::newRow("macos/windows") << false << false << Notifier::Route::TrayMessage;
}

void NotifierTest::chooseRoute()
{
    QFETCH(bool, freedesktop);
    QFETCH(bool, busConnected);
    QFETCH(Notifier::Route, route);
    QCOMPARE(Notifier::chooseRoute(freedesktop, busConnected), route);
}

void NotifierTest::freedesktopOnLinuxOnly()
{
#if defined(Q_OS_LINUX)
    QVERIFY(Notifier::freedesktopPlatform());
#elif defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    QVERIFY(!Notifier::freedesktopPlatform());
#endif
}

void NotifierTest::trayMessageFor()
{
    const auto signIn =
        Notifier::trayMessage(u"Signed out"_s, u"Sign in again"_s, Notifier::Action::SignIn);
    QCOMPARE(signIn.title, u"Signed out"_s);
    QCOMPARE(signIn.body, u"Sign in again"_s);
    QCOMPARE(signIn.icon, QSystemTrayIcon::Warning);
    QCOMPARE(signIn.timeoutMs, 10000);
    QVERIFY(signIn.offersSignIn);

    const auto info = Notifier::trayMessage(u"Copied"_s, u"Token"_s, Notifier::Action::None);
    QCOMPARE(info.icon, QSystemTrayIcon::Information);
    QVERIFY(!info.offersSignIn);
}

void NotifierTest::trayRouteShowsTheMessage()
{
    Notifier notifier(Notifier::Route::TrayMessage, QDBusConnection(u"astro-test-unused"_s));
    QList<Notifier::TrayMessage> shown;
    notifier.setTrayMessagePresenter([&](const Notifier::TrayMessage &m) { shown << m; });
    notifier.notify(u"Signed out"_s, u"Sign in again"_s, Notifier::Action::SignIn);
    QCOMPARE(shown.size(), 1); // synchronously: no daemon to wait for
    QCOMPARE(shown[0].title, u"Signed out"_s);
    QCOMPARE(shown[0].body, u"Sign in again"_s);
    QCOMPARE(shown[0].icon, QSystemTrayIcon::Warning);
}

void NotifierTest::onlyASignInMessageOpensSignInWhenClicked()
{
    Notifier notifier(Notifier::Route::TrayMessage, QDBusConnection(u"astro-test-unused"_s));
    notifier.setTrayMessagePresenter([](const Notifier::TrayMessage &) {});
    QSystemTrayIcon icon;
    notifier.setTrayIcon(&icon);
    QSignalSpy signIn(&notifier, &Notifier::signInRequested);

    notifier.notify(u"Signed out"_s, u"Sign in again"_s, Notifier::Action::SignIn);
    Q_EMIT icon.messageClicked();
    QCOMPARE(signIn.size(), 1);

    notifier.notify(u"Copied"_s, u"Token"_s, Notifier::Action::None);
    Q_EMIT icon.messageClicked();
    QCOMPARE(signIn.size(), 1);
}

void NotifierTest::unreachableBusFallsBackToTheTray()
{
    // Stands for "no notification daemon answers": the call fails, the tray shows it instead.
    const QDBusConnection bus = QDBusConnection::connectToBus(
        u"unix:path=/nonexistent/astro-test-bus"_s, u"astro-test-nobus"_s);
    QVERIFY(!bus.isConnected());
    Notifier notifier(Notifier::Route::DBus, bus);
    QCOMPARE(notifier.route(), Notifier::Route::DBus);
    QList<Notifier::TrayMessage> shown;
    notifier.setTrayMessagePresenter([&](const Notifier::TrayMessage &m) { shown << m; });
    notifier.notify(u"Signed out"_s, u"Sign in again"_s, Notifier::Action::SignIn);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 5000);
    QCOMPARE(shown[0].title, u"Signed out"_s);
    QVERIFY(shown[0].offersSignIn);
}

QTEST_MAIN(NotifierTest)
#include "tst_notifier.moc"
