// The test clock itself: every timing assertion of the other tests relies on it.
#include "FakeClock.h"
#include "TestHelpers.h"

#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using astro::test::FakeClock;

class tst_FakeClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesInDueOrder();
    void nothingBeforeDue();
    void nestedSchedulingWithinAdvance();
    void deadContextSkipped();
    void nextDue();
};

void tst_FakeClock::firesInDueOrder()
{
    FakeClock clock;
    const QDateTime start = clock.now();
    QStringList fired;
    QList<qint64> firedAt;
    auto record = [&](const char *name) {
        return [&, name] {
            fired << QString::fromLatin1(name);
            firedAt << start.msecsTo(clock.now());
        };
    };
    clock.callAfter(300ms, nullptr, record("c"));
    clock.callAfter(100ms, nullptr, record("a"));
    clock.callAfter(200ms, nullptr, record("b1"));
    clock.callAfter(200ms, nullptr, record("b2"));
    clock.advance(1000);
    QCOMPARE(fired, (QStringList {u"a"_s, u"b1"_s, u"b2"_s, u"c"_s}));
    QCOMPARE(firedAt, (QList<qint64> {100, 200, 200, 300}));
    QCOMPARE(start.msecsTo(clock.now()), 1000);
    QCOMPARE(clock.pendingCount(), 0);
}

void tst_FakeClock::nothingBeforeDue()
{
    FakeClock clock;
    int calls = 0;
    clock.callAfter(5s, nullptr, [&calls] { ++calls; });
    clock.advance(4999);
    QCOMPARE(calls, 0);
    clock.advance(1);
    QCOMPARE(calls, 1);
    clock.advance(10000);
    QCOMPARE(calls, 1);
}

void tst_FakeClock::nestedSchedulingWithinAdvance()
{
    FakeClock clock;
    const QDateTime start = clock.now();
    QList<qint64> firedAt;
    std::function<void()> tick = [&] {
        firedAt << start.msecsTo(clock.now());
        clock.callAfter(1s, nullptr, tick);
    };
    clock.callAfter(1s, nullptr, tick);
    clock.advance(3500);
    QCOMPARE(firedAt, (QList<qint64> {1000, 2000, 3000}));
    QCOMPARE(clock.msecsUntilNext(), 500);
}

void tst_FakeClock::deadContextSkipped()
{
    FakeClock clock;
    auto context = std::make_unique<QObject>();
    int calls = 0;
    clock.callAfter(1s, context.get(), [&calls] { ++calls; });
    QCOMPARE(clock.pendingCount(), 1);
    context.reset();
    QCOMPARE(clock.pendingCount(), 0);
    clock.advance(5000);
    QCOMPARE(calls, 0);
}

void tst_FakeClock::nextDue()
{
    FakeClock clock;
    QVERIFY(!clock.nextDue().isValid());
    QCOMPARE(clock.msecsUntilNext(), -1);
    clock.callAfter(2s, nullptr, [] {});
    clock.callAfter(1s, nullptr, [] {});
    QCOMPARE(clock.msecsUntilNext(), 1000);
    QCOMPARE(clock.requestedDelays(), (QList<qint64> {2000, 1000}));
    const QDateTime later = clock.now().addDays(1);
    clock.setNow(later);
    QCOMPARE(clock.now(), later);
}

QTEST_GUILESS_MAIN(tst_FakeClock)
#include "tst_fakeclock.moc"
