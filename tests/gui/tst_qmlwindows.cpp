// The QML windows as a user sees them, offscreen with a stand-in controller: a code or link
// from the server is shown as plain text (no markup, nothing fetched), the link keeps its
// encoded form, the keyboard works (focus, Tab, Enter, Esc, Ctrl+C), and ASTRO_THEME picks
// the palette. Through the accessibility bus: tst_accessibility.py.
#include "AccountModel.h"
#include "Icons.h"
#include "QmlWindows.h"
#include "SessionStore.h"
#include "SignInController.h"
#include "ThemePalette.h"

#include <QAccessible>
#include <QApplication>
#include <QImageReader>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ast::tray::QmlWindows;

namespace {

// What SignInWindow.qml reads from SignInController, settable from the test.
class FakeSignIn : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Phase phase MEMBER phase NOTIFY phaseChanged)
    Q_PROPERTY(bool withoutCode MEMBER withoutCode NOTIFY phaseChanged)
    Q_PROPERTY(QString authorizeUrl MEMBER authorizeUrl NOTIFY codeChanged)
    Q_PROPERTY(QString profile MEMBER profile NOTIFY phaseChanged)
    Q_PROPERTY(QString userCode MEMBER userCode NOTIFY codeChanged)
    Q_PROPERTY(QString verificationUri MEMBER verificationUri NOTIFY codeChanged)
    Q_PROPERTY(QString browserUrl MEMBER verificationUri NOTIFY codeChanged)
    Q_PROPERTY(QString qrSource MEMBER qrSource NOTIFY codeChanged)
    Q_PROPERTY(int secondsLeft MEMBER secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int totalSeconds MEMBER totalSeconds NOTIFY codeChanged)
    Q_PROPERTY(QString errorText MEMBER errorText NOTIFY phaseChanged)
    Q_PROPERTY(QString notice MEMBER notice NOTIFY noticeChanged)
    Q_PROPERTY(bool codeCopied MEMBER codeCopied NOTIFY noticeChanged)
    Q_PROPERTY(QString signedInAs MEMBER signedInAs NOTIFY phaseChanged)
public:
    using Phase = ast::tray::SignInController::Phase;
    Phase phase = Phase::Waiting;
    bool withoutCode = false;
    QString authorizeUrl;
    QString profile = u"default"_s;
    QString userCode = u"KDLL-DMJS"_s;
    QString verificationUri = u"https://auth.example.com/activate"_s;
    QString qrSource;
    int secondsLeft = 272;
    int totalSeconds = 300;
    QString errorText;
    QString notice;
    bool codeCopied = false;
    QString signedInAs;
    int starts = 0, cancels = 0, copies = 0, opens = 0, webStarts = 0, retries = 0;

    Q_INVOKABLE void start() { ++starts; }
    Q_INVOKABLE void startWithoutCode() { ++webStarts; }
    Q_INVOKABLE void retry() { ++retries; }
    Q_INVOKABLE void cancel() { ++cancels; }
    Q_INVOKABLE void copyCode() { ++copies; }
    Q_INVOKABLE bool openBrowser() { return ++opens > 0; }

    void setPhase(Phase next)
    {
        phase = next;
        Q_EMIT phaseChanged();
    }

Q_SIGNALS:
    void phaseChanged();
    void codeChanged();
    void secondsLeftChanged();
    void noticeChanged();
};

// A loopback HTTP listener that records the paths asked for.
class Listener : public QTcpServer
{
    Q_OBJECT
public:
    Listener()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    const QList<QByteArray> words = socket->readLine().split(' ');
                    if (words.size() >= 2)
                        paths << QString::fromLatin1(words.at(1));
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                    Q_EMIT requested();
                });
            }
        });
    }
    QStringList paths;
Q_SIGNALS:
    void requested();
};

template<typename T = QQuickItem> T *child(QQuickWindow *window, const char *objectName)
{
    return window->findChild<T *>(QString::fromLatin1(objectName));
}

QString focused(QQuickWindow *window)
{
    QQuickItem *item = window->activeFocusItem();
    return item ? item->objectName() : QString();
}

} // namespace

class TestQmlWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hostileCodeIsShownLiterallyAndFetchesNothing();
    void verificationLinkStaysEncoded();
    void keyboard();
    void stateChangesMoveFocusAndSpeak();
    void waitingForTheBrowserWithoutACode();
    void themeFollowsAstroTheme();
    void themeFollowsDesktopPalette();
    void iconsAreVectors();
    void accountWindowComparesTheStateEnum();

private:
    QQuickWindow *showSignIn();

    FakeSignIn *m_controller = nullptr;
    QmlWindows *m_windows = nullptr;
};

void TestQmlWindows::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"offscreen"_s);
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // as astro-tray does
}

void TestQmlWindows::init()
{
    m_controller = new FakeSignIn;
    m_windows = new QmlWindows;
}

void TestQmlWindows::cleanup()
{
    delete m_windows;
    delete m_controller;
    qunsetenv("ASTRO_THEME");
}

QQuickWindow *TestQmlWindows::showSignIn()
{
    QQuickWindow *window =
        m_windows->show(QmlWindows::Kind::SignIn,
                        {{u"controller"_s, QVariant::fromValue<QObject *>(m_controller)}});
    if (window && QTest::qWaitForWindowExposed(window)) {
        window->requestActivate();
        if (QTest::qWaitForWindowActive(window))
            return window;
    }
    return nullptr;
}

void TestQmlWindows::hostileCodeIsShownLiterallyAndFetchesNothing()
{
    Listener listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const QString base = u"http://127.0.0.1:%1/"_s.arg(listener.serverPort());
    m_controller->userCode = u"<img src=\"%1hostile\"><font color=\"red\">AB</font>"_s.arg(base);
    m_controller->verificationUri = u"<img src=\"%1link\">"_s.arg(base);
    QQuickWindow *window = showSignIn();
    QVERIFY(window);
    QSignalSpy frames(window, &QQuickWindow::frameSwapped);
    QVERIFY(frames.wait());

    auto *code = child(window, "userCode");
    QVERIFY(code);
    QCOMPARE(code->property("text").toString(), m_controller->userCode);

    // A control in the same engine and window: rich text with an image does reach the
    // listener. The window's Texts were laid out before it, so anything they asked for
    // has arrived by the time the control's request does.
    QQmlComponent control(qmlEngine(window));
    control.setData(
        u"import QtQuick\nText { text: '<img src=\"%1control\">' }"_s.arg(base).toUtf8(),
        QUrl(u"qrc:/control.qml"_s));
    std::unique_ptr<QObject> controlText(control.create());
    QVERIFY2(controlText, qPrintable(control.errorString()));
    qobject_cast<QQuickItem *>(controlText.get())->setParentItem(window->contentItem());
    QTRY_VERIFY_WITH_TIMEOUT(listener.paths.contains(u"/control"_s), 10000);
    QCOMPARE(listener.paths, QStringList {u"/control"_s});
    QCOMPARE(code->property("textFormat").toInt(), 0); // Text.PlainText: the markup is text
}

void TestQmlWindows::verificationLinkStaysEncoded()
{
    // A look-alike host in punycode and a right-to-left override, %-escaped.
    m_controller->verificationUri = u"https://xn--pple-43d.com/activate?x=%E2%80%AE"_s;
    QQuickWindow *window = showSignIn();
    QVERIFY(window);
    auto *link = child(window, "verificationUri");
    QVERIFY(link);
    const QString shown = link->property("text").toString();
    QVERIFY2(shown.contains(u"xn--pple-43d.com"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"%E2%80%AE"_s), qPrintable(shown));
    QVERIFY(!shown.contains(QChar(0x202E)));
    QCOMPARE(link->property("textFormat").toInt(), 0);
}

void TestQmlWindows::keyboard()
{
    QQuickWindow *window = showSignIn();
    QVERIFY(window);
    // Focus starts on the primary action, with a visible ring.
    QTRY_COMPARE(focused(window), u"openBrowser"_s);
    QVERIFY(window->activeFocusItem()->property("visualFocus").toBool());

    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(m_controller->opens, 1);

    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(m_controller->copies, 1);

    // Tab order: Open browser, Sign in without a code, Cancel, then around to Copy code.
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(focused(window), u"signInWithoutCode"_s);
    QVERIFY(window->activeFocusItem()->property("visualFocus").toBool());
    QTest::keyClick(window, Qt::Key_Space);
    QCOMPARE(m_controller->webStarts, 1);
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(focused(window), u"cancel"_s);
    QVERIFY(window->activeFocusItem()->property("visualFocus").toBool());
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(focused(window), u"copyCode"_s);
    QTest::keyClick(window, Qt::Key_Enter);
    QCOMPARE(m_controller->copies, 2);
    QTest::keyClick(window, Qt::Key_Backtab);
    QCOMPARE(focused(window), u"cancel"_s);

    QSignalSpy closed(m_windows, &QmlWindows::windowClosed);
    QTest::keyClick(window, Qt::Key_Escape);
    QVERIFY(closed.count() == 1 || closed.wait());
    QCOMPARE(m_controller->cancels, 1);
}

void TestQmlWindows::stateChangesMoveFocusAndSpeak()
{
    QQuickWindow *window = showSignIn();
    QVERIFY(window);
    QTRY_COMPARE(focused(window), u"openBrowser"_s);
    // The announcer: an item with the notification role.
    QQuickItem *announcer = nullptr;
    const auto items = window->findChildren<QQuickItem *>();
    for (QQuickItem *item : items) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        if (iface && iface->role() == QAccessible::Notification)
            announcer = item;
    }
    QVERIFY(announcer);
    const auto announced = [announcer] {
        return announcer->isVisible()
            ? QAccessible::queryAccessibleInterface(announcer)->text(QAccessible::Name)
            : QString();
    };

    m_controller->codeCopied = true;
    Q_EMIT m_controller->noticeChanged();
    QCOMPARE(announced(), u"The code is on the clipboard."_s);

    m_controller->errorText = u"The code expired."_s;
    m_controller->setPhase(FakeSignIn::Phase::Failed);
    // The next thing to do gets the focus, and says why.
    QTRY_COMPARE(focused(window), u"tryAgain"_s);
    QAccessibleInterface *tryAgain =
        QAccessible::queryAccessibleInterface(window->activeFocusItem());
    QVERIFY(tryAgain);
    QCOMPARE(tryAgain->role(), QAccessible::Button);
    QCOMPARE(tryAgain->text(QAccessible::Description), u"The code expired."_s);
    // And the announcer carries it for screen readers.
    QCOMPARE(announced(), u"The code expired."_s);

    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(m_controller->retries, 1); // the same way again
}

void TestQmlWindows::waitingForTheBrowserWithoutACode()
{
    // The browser flow: no code, no QR code; the link as plain text, encoded; focus on
    // "Open browser again"; Cancel (or Esc) stops it.
    Listener listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    m_controller->phase = FakeSignIn::Phase::WaitingForBrowser;
    m_controller->withoutCode = true;
    m_controller->userCode.clear();
    m_controller->authorizeUrl =
        u"https://xn--pple-43d.com/authorize?x=%E2%80%AE<img src=\"http://127.0.0.1:%1/hostile\">"_s
            .arg(listener.serverPort());
    m_controller->notice = u"<b>Sign-in with a code is turned off</b>"_s;
    QQuickWindow *window = showSignIn();
    QVERIFY(window);
    QTRY_COMPARE(focused(window), u"openBrowserAgain"_s);
    QVERIFY(window->activeFocusItem()->property("visualFocus").toBool());
    QCOMPARE(child(window, "browserHeading")->property("text").toString(),
             u"Finish signing in in your browser"_s);
    QVERIFY(child(window, "browserPanel")->isVisible());
    QVERIFY(!child(window, "userCode")->isVisible());
    QVERIFY(!child(window, "signInWithoutCode")->isVisible());
    auto *link = child(window, "authorizeUrl");
    QCOMPARE(link->property("text").toString(), m_controller->authorizeUrl);
    QCOMPARE(link->property("textFormat").toInt(), 0); // Text.PlainText
    auto *status = child(window, "status");
    QVERIFY(status);
    QCOMPARE(status->property("text").toString(), m_controller->notice); // the one-line reason

    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(m_controller->opens, 1);
    // Tab: Open browser again, Cancel.
    QTest::keyClick(window, Qt::Key_Tab);
    QCOMPARE(focused(window), u"cancel"_s);
    QCOMPARE(child(window, "cancel")->property("text").toString(), u"Cancel"_s);

    // A failure: the error as plain text, and "Try again" runs the browser flow again.
    m_controller->errorText = u"<i>state mismatch</i>"_s;
    m_controller->setPhase(FakeSignIn::Phase::Failed);
    QTRY_COMPARE(focused(window), u"tryAgain"_s);
    QCOMPARE(status->property("text").toString(), m_controller->errorText);
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(m_controller->retries, 1);
    QCOMPARE(m_controller->starts, 0);

    m_controller->setPhase(FakeSignIn::Phase::WaitingForBrowser);
    QSignalSpy closed(m_windows, &QmlWindows::windowClosed);
    QTest::keyClick(window, Qt::Key_Escape);
    QVERIFY(closed.count() == 1 || closed.wait());
    QCOMPARE(m_controller->cancels, 1);
    QVERIFY(listener.paths.isEmpty()); // nothing fetched from the link's markup
}

void TestQmlWindows::themeFollowsAstroTheme()
{
    for (const char *mode : {"dark", "light"}) {
        delete m_windows;
        qputenv("ASTRO_THEME", mode);
        m_windows = new QmlWindows;
        QQuickWindow *window = showSignIn();
        QVERIFY(window);
        const auto expected = ast::tray::ThemePalette::colors(
            qstrcmp(mode, "dark") == 0 ? ast::tray::ThemePalette::Mode::Dark
                                       : ast::tray::ThemePalette::Mode::Light);
        QCOMPARE(window->color(), expected.value(u"background"_s).value<QColor>());
    }
}

void TestQmlWindows::themeFollowsDesktopPalette()
{
    ast::tray::ThemePalette theme;
    const QPalette before = QGuiApplication::palette();
    QVERIFY(!theme.isDark());
    QSignalSpy changed(&theme, &ast::tray::ThemePalette::changed);
    QPalette dark = before;
    dark.setColor(QPalette::Window, QColor("#202124"));
    QGuiApplication::setPalette(dark); // what a desktop switching to dark does
    QTRY_VERIFY(theme.isDark());
    QCOMPARE(changed.count(), 1);
    QGuiApplication::setPalette(before);
    QTRY_VERIFY(!theme.isDark());
}

void TestQmlWindows::iconsAreVectors()
{
    // Drawn from SVG at any size, so crisp at 200 %: 150 px at a device pixel ratio of 2 is
    // 300 device pixels, which no bundled bitmap (up to 256) could give.
    QVERIFY(QImageReader::supportedImageFormats().contains("svg"));
    for (const QIcon &icon : {ast::tray::Icons::tray(ast::tray::Icons::Tray::SignedIn),
                              ast::tray::Icons::tray(ast::tray::Icons::Tray::SignedOut),
                              ast::tray::Icons::tray(ast::tray::Icons::Tray::Attention),
                              ast::tray::Icons::application()}) {
        const QPixmap pixmap = icon.pixmap(QSize(150, 150), 2.0);
        QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(150, 150));
        QCOMPARE(pixmap.size(), QSize(300, 300));
    }
}

void TestQmlWindows::accountWindowComparesTheStateEnum()
{
    // The window compares account.state with ProfileStatus values (import Astro.Core).
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ast::SessionStore store(home.filePath(u".astro"_s), ast::StoreChoice::File, nullptr);
    ast::tray::AccountModel model(&store, u"default"_s);
    model.reload();
    QObject app;
    QQuickWindow *window = m_windows->show(QmlWindows::Kind::Account,
                                           {{u"account"_s, QVariant::fromValue<QObject *>(&model)},
                                            {u"app"_s, QVariant::fromValue<QObject *>(&app)}});
    QVERIFY(window);
    auto stateText = [window] {
        QVariant text;
        QMetaObject::invokeMethod(window, "stateText", Q_RETURN_ARG(QVariant, text));
        return text.toString();
    };
    QCOMPARE(stateText(), u"Signed out"_s);
    QCOMPARE(window->property("signedIn").toBool(), false);

    ast::ProfileRecord record;
    record.name = u"default"_s;
    record.user = {u"user_1"_s, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s};
    record.organizationId = u"org_<b>01</b>"_s;
    record.accessReceivedAt = QDateTime::currentDateTimeUtc();
    record.accessExpiresAt = record.accessReceivedAt.addSecs(3600);
    bool saved = false;
    store.saveSession(record, {u"access"_s, u"refresh"_s},
                      [&saved](ast::Result<ast::StorageKind> kind) { saved = kind.ok(); });
    QVERIFY(saved);
    model.reload();
    QCOMPARE(model.state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(stateText(), u"Signed in"_s);
    QCOMPARE(window->property("signedIn").toBool(), true);
    // The organization, as plain text.
    auto *organization = child(window, "organization");
    QVERIFY(organization && organization->isVisible());
    QCOMPARE(organization->property("text").toString(), u"org_<b>01</b>"_s);
    QCOMPARE(organization->property("textFormat").toInt(), 0);
    window->close();
}

QTEST_MAIN(TestQmlWindows)
#include "tst_qmlwindows.moc"
