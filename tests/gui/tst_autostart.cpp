// The three "Start at login" backends, all on this machine: each writes into a temporary
// directory (or an IniFormat file standing in for the Windows registry), so the macOS and
// Windows code is exercised on Linux too.
#include "AutostartLaunchAgent.h"
#include "AutostartRunKey.h"
#include "AutostartXdg.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using ast::tray::LaunchAgentAutostart;
using ast::tray::RunKeyAutostart;
using ast::tray::XdgAutostart;

namespace {
const QString Executable = u"/opt/Astro Apps/astro-tray"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A plist as the elements and non-blank texts in document order: the same property list
// whatever the indentation and comments.
QStringList plistTokens(const QByteArray &xml)
{
    QStringList tokens;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            tokens << u'<' + reader.name().toString() + u'>';
        else if (reader.isEndElement())
            tokens << u"</"_s + reader.name().toString() + u'>';
        else if (reader.isCharacters() && !reader.isWhitespace())
            tokens << reader.text().toString();
    }
    if (reader.hasError())
        return {u"parse error: "_s + reader.errorString()};
    return tokens;
}
} // namespace

class AutostartTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xdgEntryRoundTrip();
    void xdgExecArgument_data();
    void xdgExecArgument();
    void xdgHiddenEntryIsNotEnabled();
    void xdgReportsAnUnwritableDirectory();
    void xdgIsThePlatformChoiceOnLinux();
    void launchAgentRoundTrip();
    void launchAgentMatchesTheInstallerTemplate();
    void runKeyRoundTrip();
    void runKeyLeavesOtherProgramsAlone();
};

void AutostartTest::xdgEntryRoundTrip()
{
    QTemporaryDir config;
    // Not there yet, and with a space: enabling creates it.
    const QString directory = config.filePath(u"auto start"_s);
    XdgAutostart autostart(Executable, directory);
    QCOMPARE(autostart.location(), directory + u"/astro-tray.desktop"_s);
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!autostart.setEnabled(false)); // nothing to remove is fine

    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    QByteArray expected =
        readAll(QStringLiteral(ASTRO_SOURCE_DIR "/resources/autostart/astro-tray.desktop.in"));
    QVERIFY(expected.contains("\nExec=@EXEC@\n"));
    expected.replace("@EXEC@", "\"/opt/Astro Apps/astro-tray\"");
    QCOMPARE(readAll(autostart.location()), expected);

    QVERIFY(!autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QFile::exists(autostart.location()));
}

void AutostartTest::xdgExecArgument_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << u"/usr/bin/astro-tray"_s << u"/usr/bin/astro-tray"_s;
    QTest::newRow("space") << Executable << u"\"/opt/Astro Apps/astro-tray\""_s;
    // Inside quotes " ` $ \ get a backslash, then the value escapes every backslash again.
    QTest::newRow("dollar") << u"/opt/$HOME/astro-tray"_s << u"\"/opt/\\\\$HOME/astro-tray\""_s;
    QTest::newRow("quote") << u"/opt/a\"b/astro-tray"_s << u"\"/opt/a\\\\\"b/astro-tray\""_s;
    QTest::newRow("backslash") << u"/opt/a\\b/astro-tray"_s << u"\"/opt/a\\\\\\\\b/astro-tray\""_s;
}

void AutostartTest::xdgExecArgument()
{
    QFETCH(QString, executable);
    QFETCH(QString, exec);
    QCOMPARE(XdgAutostart::execArgument(executable), exec);
}

void AutostartTest::xdgHiddenEntryIsNotEnabled()
{
    QTemporaryDir directory;
    XdgAutostart autostart(Executable, directory.path());
    QFile entry(autostart.location());
    QVERIFY(entry.open(QIODevice::WriteOnly));
    entry.write("[Desktop Entry]\nType=Application\nExec=astro-tray\nHidden=true\n");
    entry.close();
    QVERIFY(!autostart.isEnabled());
}

void AutostartTest::xdgReportsAnUnwritableDirectory()
{
    QTemporaryDir config;
    QFile blocker(config.filePath(u"autostart"_s)); // a file where the directory should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    XdgAutostart autostart(Executable, blocker.fileName());
    const auto error = autostart.setEnabled(true);
    QVERIFY(error);
    QVERIFY2(error->detail.contains(blocker.fileName()), qPrintable(error->detail));
    QVERIFY(!autostart.isEnabled());
}

void AutostartTest::xdgIsThePlatformChoiceOnLinux()
{
#ifdef Q_OS_LINUX
    // ast_add_test gives this test its own XDG_CONFIG_HOME.
    const auto autostart = ast::tray::makeAutostart(Executable);
    QCOMPARE(autostart->location(),
             qEnvironmentVariable("XDG_CONFIG_HOME") + u"/autostart/astro-tray.desktop"_s);
    QVERIFY(dynamic_cast<XdgAutostart *>(autostart.get()));
#else
    QSKIP("Linux only");
#endif
}

void AutostartTest::launchAgentRoundTrip()
{
    QTemporaryDir home;
    const QString directory = home.filePath(u"Library/Launch Agents"_s);
    const QString executable = u"/Applications/Astro & Co.app/Contents/MacOS/astro-tray"_s;
    LaunchAgentAutostart autostart(executable, directory);
    QCOMPARE(autostart.location(), directory + u"/ai.astro.tray.plist"_s);
    QVERIFY(!autostart.isEnabled());

    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    const QByteArray plist = readAll(autostart.location());
    QCOMPARE(plist, LaunchAgentAutostart::plist(executable));
    QVERIFY(plist.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist "));
    QVERIFY2(plist.contains("<string>/Applications/Astro &amp; Co.app/Contents/MacOS/astro-tray"
                            "</string>"),
             plist.constData());
    const QStringList tokens = plistTokens(plist);
    const QStringList expectedHead = {u"<plist>"_s, u"<dict>"_s,   u"<key>"_s,        u"Label"_s,
                                      u"</key>"_s,  u"<string>"_s, u"ai.astro.tray"_s};
    QCOMPARE(tokens.mid(0, expectedHead.size()), expectedHead);
    QVERIFY(tokens.contains(executable)); // the XML escape reads back as the path

    QVERIFY(!autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QFile::exists(autostart.location()));
}

void AutostartTest::launchAgentMatchesTheInstallerTemplate()
{
    QByteArray installed =
        readAll(QStringLiteral(ASTRO_SOURCE_DIR "/installer/macos/ai.astro.tray.plist.in"));
    QVERIFY(installed.contains("@ASTRO_TRAY_EXECUTABLE@"));
    installed.replace("@ASTRO_TRAY_EXECUTABLE@", Executable.toUtf8());
    const QStringList written = plistTokens(LaunchAgentAutostart::plist(Executable));
    QVERIFY(written.size() > 20);
    QCOMPARE(plistTokens(installed), written);
}

void AutostartTest::runKeyRoundTrip()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"Current Version/Run.ini"_s);
    RunKeyAutostart autostart(Executable, path, QSettings::IniFormat);
    QCOMPARE(autostart.location(), path + u"\\Astro"_s);
    QVERIFY(!autostart.isEnabled());

    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    // Quoted: unquoted, Windows would try to run "C:\Program" with "Files\..." as arguments.
    const QString command = QSettings(path, QSettings::IniFormat).value(u"Astro"_s).toString();
    QCOMPARE(command, u"\""_s + QDir::toNativeSeparators(Executable) + u"\""_s);
    QCOMPARE(RunKeyAutostart::command(u"C:/Program Files/Astro/astro-tray.exe"_s),
             u"\""_s + QDir::toNativeSeparators(u"C:/Program Files/Astro/astro-tray.exe"_s)
                 + u"\""_s);

    QVERIFY(!autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QSettings(path, QSettings::IniFormat).contains(u"Astro"_s));
}

void AutostartTest::runKeyLeavesOtherProgramsAlone()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"Run.ini"_s);
    {
        QSettings run(path, QSettings::IniFormat);
        run.setValue(u"OtherApp"_s, u"\"C:\\Other\\other.exe\" --quiet"_s);
    }
    RunKeyAutostart autostart(Executable, path, QSettings::IniFormat);
    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(!autostart.setEnabled(false));
    QSettings run(path, QSettings::IniFormat);
    QCOMPARE(run.childKeys(), QStringList {u"OtherApp"_s});
    QCOMPARE(run.value(u"OtherApp"_s).toString(), u"\"C:\\Other\\other.exe\" --quiet"_s);
}

QTEST_GUILESS_MAIN(AutostartTest)
#include "tst_autostart.moc"
