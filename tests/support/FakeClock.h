#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

namespace astro::test {

// A Clock that only moves when the test says so. callAfter() records the action with its due
// time; advance() moves time forward and runs every action that falls due, in due order (ties
// in the order they were scheduled), including actions scheduled by those actions. Nothing
// ever sleeps.
class FakeClock final : public ast::Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC));

    QDateTime now() const override { return m_now; }
    void callAfter(std::chrono::milliseconds delay, QObject *context,
                   std::function<void()> action) override;

    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    // Moves time forward by `ms`, firing what falls due on the way.
    void advance(qint64 ms);
    void advance(std::chrono::milliseconds delay) { advance(qint64(delay.count())); }
    // Fires what is due now without moving time.
    void runDue() { advance(0); }

    // Scheduled actions whose context is still alive.
    int pendingCount() const;
    // Due time of the earliest pending action (invalid when none).
    QDateTime nextDue() const;
    // Milliseconds from now to the earliest pending action (-1 when none).
    qint64 msecsUntilNext() const;
    // Every delay ever passed to callAfter(), in call order.
    const QList<qint64> &requestedDelays() const { return m_requestedDelays; }

private:
    struct Pending
    {
        QDateTime due;
        quint64 sequence;
        bool hasContext;
        QPointer<QObject> context;
        std::function<void()> action;
    };
    bool isAlive(const Pending &pending) const { return !pending.hasContext || pending.context; }

    QDateTime m_now;
    quint64 m_sequence = 0;
    QList<Pending> m_pending;
    QList<qint64> m_requestedDelays;
};

} // namespace astro::test
