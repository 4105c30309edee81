// SecretServiceReader against a real gnome-keyring (with-keyring.sh): it must read exactly the
// text QtKeychain wrote, and answer nullopt (leaving the read to QtKeychain) for anything that
// is not such an entry.
#include "KeyringTestHelpers.h"
#include "SecretServiceReader.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace ast;
using namespace astro::test;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("astro-reader-test");

bool keychainWrite(const QString &key, const QString &text)
{
    QKeychain::WritePasswordJob job(Service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(text);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.wait(WaitMs) && job.error() == QKeychain::NoError;
}

// nullopt inside: the reader passed; outer nullopt: no answer at all.
std::optional<std::optional<QString>> readDirect(const QString &key)
{
    auto result = std::make_shared<std::optional<std::optional<QString>>>();
    QObject context;
    SecretServiceReader::read(Service, key, 3s, &context,
                              [result](std::optional<QString> text) { *result = text; });
    static_cast<void>(QTest::qWaitFor([&] { return result->has_value(); }, WaitMs));
    return *result;
}

} // namespace

class tst_SecretServiceReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsWhatQtKeychainWrote_data();
    void readsWhatQtKeychainWrote();
    void passesOnMissingEntry();
    void passesOnEntryOfAnotherKind();
    void destroyedContextGetsNoAnswer();
};

void tst_SecretServiceReader::initTestCase()
{
    if (!SecretServiceReader::applies())
        QSKIP("the direct read does not apply here (no session bus address, or a KDE session)");
}

void tst_SecretServiceReader::readsWhatQtKeychainWrote_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("token pair") << QStringLiteral(
                                       "{\"access_token\":\"%1\",\"refresh_token\":\"%2\"}")
                                       .arg(fakeToken(900), fakeToken(40));
    QTest::newRow("non-ascii") << QStringLiteral("größe ✓ 𝄞");
    QTest::newRow("large") << fakeToken(6000);
}

void tst_SecretServiceReader::readsWhatQtKeychainWrote()
{
    QFETCH(QString, text);
    const QString key =
        QStringLiteral("astro-reader-test/") + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(keychainWrite(key, text));
    const auto read = readDirect(key);
    QVERIFY(read.has_value());
    QVERIFY(read->has_value());
    QCOMPARE(**read, text);
    // And again after a rewrite: the newest value, not a second item.
    QVERIFY(keychainWrite(key, text + u'!'));
    QCOMPARE(readDirect(key).value_or(std::nullopt).value_or(QString()), text + u'!');
}

void tst_SecretServiceReader::passesOnMissingEntry()
{
    const auto read = readDirect(QStringLiteral("astro-reader-test/missing"));
    QVERIFY(read.has_value());
    QVERIFY(!read->has_value());
}

void tst_SecretServiceReader::passesOnEntryOfAnotherKind()
{
    // Same user/server, but not QtKeychain's plaintext entry (secret-tool sets no type).
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=other"), QStringLiteral("server"),
                Service, QStringLiteral("user"), QStringLiteral("astro-reader-test/other")});
    QVERIFY(tool.waitForStarted(WaitMs));
    tool.write("not ours");
    tool.closeWriteChannel();
    QVERIFY(tool.waitForFinished(WaitMs));
    QCOMPARE(tool.exitCode(), 0);
    const auto read = readDirect(QStringLiteral("astro-reader-test/other"));
    QVERIFY(read.has_value());
    QVERIFY(!read->has_value());
}

void tst_SecretServiceReader::destroyedContextGetsNoAnswer()
{
    QVERIFY(keychainWrite(QStringLiteral("astro-reader-test/gone"), QStringLiteral("x")));
    bool called = false;
    {
        QObject context;
        SecretServiceReader::read(Service, QStringLiteral("astro-reader-test/gone"), 3s, &context,
                                  [&called](std::optional<QString>) { called = true; });
    }
    QTest::qWait(500); // replies that arrive now find no one to answer
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_SecretServiceReader)
#include "tst_secretservicereader.moc"
