// The home directory and credentials.json must be this user's alone: created 0700 in one step
// whatever the umask, refused when another user owns them or others may write to them.
#include "CredentialsFile.h"
#include "FileModes.h"
#include "PrivateDirectory.h"
#include "TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ast::ErrorKind;

using astro::test::modeOf;
using astro::test::UmaskGuard;

class tst_PrivateDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdOwnerOnlyWhateverTheUmask();
    void foundDirectoryIsNarrowed();
    void writableByOthersIsRefused_data();
    void writableByOthersIsRefused();
    void ownedByAnotherUserIsRefused();
    void credentialsFileRefusesAHostileHome();
};

void tst_PrivateDirectory::createdOwnerOnlyWhateverTheUmask()
{
    QTemporaryDir base;
    const QString home = base.filePath(u"parent/.astro"_s);
    {
        UmaskGuard open(0);
        QVERIFY(!ast::PrivateDirectory::ensure(home));
    }
    QCOMPARE(modeOf(home), mode_t(0700));
}

void tst_PrivateDirectory::foundDirectoryIsNarrowed()
{
    QTemporaryDir base;
    const QString home = base.filePath(u".astro"_s);
    QVERIFY(QDir().mkdir(home));
    QCOMPARE(::chmod(QFile::encodeName(home).constData(), 0755), 0);
    QVERIFY(!ast::PrivateDirectory::ensure(home));
    QCOMPARE(modeOf(home), mode_t(0700));
}

void tst_PrivateDirectory::writableByOthersIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("group-writable") << 0770;
    QTest::newRow("world-writable") << 0707;
    QTest::newRow("like /tmp") << 01777;
}

void tst_PrivateDirectory::writableByOthersIsRefused()
{
    QFETCH(int, mode);
    QTemporaryDir base;
    const QString home = base.filePath(u".astro"_s);
    QVERIFY(QDir().mkdir(home));
    QCOMPARE(::chmod(QFile::encodeName(home).constData(), mode_t(mode)), 0);
    const ast::Status refused = ast::PrivateDirectory::ensure(home);
    QVERIFY(refused);
    QVERIFY2(refused->detail.contains(home), qPrintable(refused->detail)); // names the path
    QVERIFY2(refused->detail.contains(u"chmod 700"_s), qPrintable(refused->detail)); // and the fix
    QCOMPARE(modeOf(home), mode_t(mode)); // not "fixed" behind the user's back
}

void tst_PrivateDirectory::ownedByAnotherUserIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give a directory away");
    QTemporaryDir base;
    const QString home = base.filePath(u".astro"_s);
    QVERIFY(QDir().mkdir(home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(::chown(QFile::encodeName(home).constData(), 65534, 65534), 0);
    const ast::Status refused = ast::PrivateDirectory::ensure(home);
    QVERIFY(refused);
    QVERIFY2(refused->detail.contains(home) && refused->detail.contains(u"another user"_s),
             qPrintable(refused->detail));
    QVERIFY(refused->detail.contains(u"ASTRO_HOME"_s));
}

void tst_PrivateDirectory::credentialsFileRefusesAHostileHome()
{
    QTemporaryDir base;
    const QString home = base.filePath(u".astro"_s);
    ast::CredentialsFile file(home);
    QVERIFY(!file.update([](ast::CredentialsData &data) { data.ensure(u"default"_s); }));
    QVERIFY(file.load());

    // A credentials.json that others may write to decides where tokens go: refused.
    QCOMPARE(::chmod(QFile::encodeName(file.filePath()).constData(), 0666), 0);
    auto loaded = file.load();
    QVERIFY(!loaded);
    QVERIFY(loaded.error().detail.contains(file.filePath()));
    QVERIFY(loaded.error().detail.contains(u"chmod 600"_s));
    QCOMPARE(::chmod(QFile::encodeName(file.filePath()).constData(), 0600), 0);
    QVERIFY(file.load());

    QCOMPARE(::chmod(QFile::encodeName(home).constData(), 0777), 0);
    QVERIFY(!file.load());
    QVERIFY(file.update([](ast::CredentialsData &) {})); // nor written
}

QTEST_GUILESS_MAIN(tst_PrivateDirectory)
#include "tst_privatedirectory.moc"
