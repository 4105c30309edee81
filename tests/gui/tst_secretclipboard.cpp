// "Copy access token" on a real X server (with-desktop.sh: Xvfb), read back by another X
// client, xclip, as a clipboard manager would: the password-manager hint is offered, the
// token goes after the clear delay (a FakeClock: nothing waits 30 s) unless the user copied
// something else meanwhile, and a quitting tray takes it along.
#include "FakeClock.h"
#include "SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ast::tray::SecretClipboard;
using astro::test::FakeClock;

namespace {
// Runs xclip and returns what it printed; the event loop keeps running meanwhile, so this
// process can answer the selection request. Empty output when the clipboard has no owner.
QByteArray xclip(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(u"xclip"_s, arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000)) {
        process.kill();
        process.waitForFinished();
    }
    return process.readAllStandardOutput();
}

QByteArray clipboardText()
{
    return xclip({u"-o"_s, u"-selection"_s, u"clipboard"_s});
}

QByteArray clipboardTargets()
{
    return xclip({u"-o"_s, u"-selection"_s, u"clipboard"_s, u"-t"_s, u"TARGETS"_s});
}
} // namespace

class tst_SecretClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void copiesWithThePasswordManagerHint();
    void clearsAfterTheDelay();
    void leavesWhatTheUserCopiedSince();
    void aLaterCopyRestartsTheDelay();
    void clearsWhenDestroyed();

private:
    FakeClock m_clock;
};

void tst_SecretClipboard::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    if (QStandardPaths::findExecutable(u"xclip"_s).isEmpty())
        QFAIL("xclip is missing: run scripts/install-deps.sh");
}

void tst_SecretClipboard::init()
{
    QGuiApplication::clipboard()->clear();
}

void tst_SecretClipboard::copiesWithThePasswordManagerHint()
{
    SecretClipboard clipboard(QGuiApplication::clipboard(), &m_clock);
    QCOMPARE(clipboard.clearDelay(), 30s);
    clipboard.copy(u"token-1"_s);
    QCOMPARE(clipboardText(), "token-1");
    const QByteArray targets = clipboardTargets();
    QVERIFY2(targets.contains("x-kde-passwordManagerHint"), targets.constData());
    QCOMPARE(
        xclip({u"-o"_s, u"-selection"_s, u"clipboard"_s, u"-t"_s, u"x-kde-passwordManagerHint"_s}),
        "secret");
    // The middle-click selection never gets it.
    QVERIFY(xclip({u"-o"_s, u"-selection"_s, u"primary"_s}) != "token-1");
}

void tst_SecretClipboard::clearsAfterTheDelay()
{
    SecretClipboard clipboard(QGuiApplication::clipboard(), &m_clock);
    clipboard.copy(u"token-2"_s);
    QCOMPARE(clipboardText(), "token-2");
    m_clock.advance(29s);
    QCOMPARE(clipboardText(), "token-2");
    m_clock.advance(1s);
    QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 5000);
}

void tst_SecretClipboard::leavesWhatTheUserCopiedSince()
{
    SecretClipboard clipboard(QGuiApplication::clipboard(), &m_clock);
    clipboard.copy(u"token-3"_s);
    // Another application (xclip) takes the clipboard over.
    QProcess owner;
    owner.start(u"xclip"_s, {u"-i"_s, u"-selection"_s, u"clipboard"_s, u"-quiet"_s}); // foreground
    owner.write("the user's own text");
    owner.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(clipboardText(), "the user's own text", 5000);
    m_clock.advance(30s);
    QCOMPARE(clipboardText(), "the user's own text");
    owner.kill();
    owner.waitForFinished();
}

void tst_SecretClipboard::aLaterCopyRestartsTheDelay()
{
    SecretClipboard clipboard(QGuiApplication::clipboard(), &m_clock);
    clipboard.setClearDelay(10s);
    clipboard.copy(u"token-4"_s);
    m_clock.advance(8s);
    clipboard.copy(u"token-5"_s);
    m_clock.advance(8s); // the first copy's timer has passed: it must not clear the second
    QCOMPARE(clipboardText(), "token-5");
    m_clock.advance(2s);
    QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 5000);
}

void tst_SecretClipboard::clearsWhenDestroyed()
{
    {
        SecretClipboard clipboard(QGuiApplication::clipboard(), &m_clock);
        clipboard.copy(u"token-6"_s);
        QCOMPARE(clipboardText(), "token-6");
    }
    QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 5000);
}

QTEST_MAIN(tst_SecretClipboard)
#include "tst_secretclipboard.moc"
