#include "FakeClock.h"
#include "ProfileLock.h"
#include "TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ast::ProfileLock;
using astro::test::FakeClock;

class tst_ProfileLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void acquireAndRelease();
    void secondHolderWaits();
    void waitEndsAtTheDeadline();
    void profilesAreIndependent();
    void recoversLockOfDeadProcess();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_home;
};

void tst_ProfileLock::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_home = m_temp->filePath(u".astro"_s);
}

void tst_ProfileLock::acquireAndRelease()
{
    ProfileLock lock(m_home, u"default"_s);
    QVERIFY(!lock.isHeld());
    std::optional<ast::Status> result;
    lock.acquire([&result](ast::Status status) { result = status; });
    QVERIFY(result); // uncontended: at once
    QVERIFY(!*result);
    QVERIFY(lock.isHeld());
    QVERIFY(QFile::exists(QDir(m_home).filePath(u"default.refresh.lock"_s)));
    lock.release();
    QVERIFY(!lock.isHeld());
    QVERIFY(!QFile::exists(QDir(m_home).filePath(u"default.refresh.lock"_s)));
    lock.release(); // harmless twice
}

void tst_ProfileLock::secondHolderWaits()
{
    FakeClock clock;
    ProfileLock first(m_home, u"default"_s, &clock);
    ProfileLock second(m_home, u"default"_s, &clock);
    bool firstHeld = false;
    first.acquire([&firstHeld](ast::Status status) { firstHeld = !status; });
    QVERIFY(firstHeld);

    std::optional<ast::Status> secondResult;
    second.acquire([&secondResult](ast::Status status) { secondResult = status; });
    clock.advance(ProfileLock::RetryEveryMs * 5); // several retry rounds
    QVERIFY(!secondResult);
    QVERIFY(!second.isHeld());
    QCOMPARE(clock.pendingCount(), 1); // the next attempt, on the clock

    first.release();
    clock.advance(ProfileLock::RetryEveryMs);
    QVERIFY(secondResult.has_value());
    QVERIFY(!*secondResult);
    QVERIFY(second.isHeld());
    QCOMPARE(clock.pendingCount(), 0);
    second.release();
}

void tst_ProfileLock::waitEndsAtTheDeadline()
{
    FakeClock clock;
    ProfileLock first(m_home, u"default"_s, &clock);
    ProfileLock second(m_home, u"default"_s, &clock);
    first.acquire([](ast::Status) {});
    QVERIFY(first.isHeld());

    std::optional<ast::Status> secondResult;
    second.acquire([&secondResult](ast::Status status) { secondResult = status; });
    clock.advance(ProfileLock::WaitAtMostMs - ProfileLock::RetryEveryMs);
    QVERIFY(!secondResult); // a live holder is waited for up to the deadline
    clock.advance(2 * ProfileLock::RetryEveryMs);
    QVERIFY(secondResult.has_value());
    QVERIFY(secondResult->has_value());
    QCOMPARE((*secondResult)->kind, ast::ErrorKind::StorageFailed);
    QVERIFY(!second.isHeld());
    QCOMPARE(clock.pendingCount(), 0); // no more attempts
}

void tst_ProfileLock::profilesAreIndependent()
{
    ProfileLock work(m_home, u"work"_s);
    ProfileLock home(m_home, u"home"_s);
    bool workHeld = false;
    bool homeHeld = false;
    work.acquire([&workHeld](ast::Status status) { workHeld = !status; });
    home.acquire([&homeHeld](ast::Status status) { homeHeld = !status; });
    QVERIFY(workHeld);
    QVERIFY(homeHeld);
}

void tst_ProfileLock::recoversLockOfDeadProcess()
{
    QVERIFY(QDir().mkpath(m_home));
    const QString path = QDir(m_home).filePath(u"default.refresh.lock"_s);
    // A child takes the lock and dies without releasing it.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        QLockFile lock(path);
        lock.setStaleLockTime(0);
        ::_exit(lock.tryLock(0) ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(QFile::exists(path));

    ProfileLock lock(m_home, u"default"_s);
    std::optional<ast::Status> result;
    lock.acquire([&result](ast::Status s) { result = s; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!*result);
    QVERIFY(lock.isHeld());
}

QTEST_GUILESS_MAIN(tst_ProfileLock)
#include "tst_profilelock.moc"
