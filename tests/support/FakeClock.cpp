#include "FakeClock.h"

#include <algorithm>

namespace astro::test {

FakeClock::FakeClock(QDateTime start)
    : m_now(start.toUTC())
{
}

void FakeClock::callAfter(std::chrono::milliseconds delay, QObject *context,
                          std::function<void()> action)
{
    m_requestedDelays.append(qint64(delay.count()));
    m_pending.append({m_now.addMSecs(std::max<qint64>(0, delay.count())), m_sequence++,
                      context != nullptr, context, std::move(action)});
}

void FakeClock::advance(qint64 ms)
{
    const QDateTime target = m_now.addMSecs(std::max<qint64>(0, ms));
    for (;;) {
        auto earliest = m_pending.end();
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it->due > target)
                continue;
            if (earliest == m_pending.end() || it->due < earliest->due
                || (it->due == earliest->due && it->sequence < earliest->sequence))
                earliest = it;
        }
        if (earliest == m_pending.end())
            break;
        Pending due = std::move(*earliest);
        m_pending.erase(earliest);
        if (due.due > m_now)
            m_now = due.due;
        if (isAlive(due))
            due.action();
    }
    m_now = target;
}

int FakeClock::pendingCount() const
{
    return int(std::count_if(m_pending.begin(), m_pending.end(),
                             [this](const Pending &pending) { return isAlive(pending); }));
}

QDateTime FakeClock::nextDue() const
{
    QDateTime earliest;
    for (const Pending &pending : m_pending) {
        if (isAlive(pending) && (!earliest.isValid() || pending.due < earliest))
            earliest = pending.due;
    }
    return earliest;
}

qint64 FakeClock::msecsUntilNext() const
{
    const QDateTime due = nextDue();
    return due.isValid() ? m_now.msecsTo(due) : -1;
}

} // namespace astro::test
