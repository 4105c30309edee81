#include "tray/RefreshScheduler.h"

#include "core/Logging.h"
#include "core/SessionManager.h"

#include <QLoggingCategory>
#include <limits>

namespace ast::tray {

Q_LOGGING_CATEGORY(lcRefresh, "astro.tray.refresh", QtWarningMsg)

RefreshScheduler::RefreshScheduler(SessionManager *sessions, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_clock(clock)
{
}

qint64 RefreshScheduler::remainingMs() const
{
    return m_wakeUp ? std::max<qint64>(0, m_clock->now().msecsTo(m_wakeUpAt)) : -1;
}

void RefreshScheduler::cancelWakeUp()
{
    m_wakeUp.reset();
    m_wakeUpAt = {};
}

void RefreshScheduler::track(const ProfileRecord &record, bool signedIn)
{
    if (!signedIn) {
        if (m_tracking)
            qCDebug(lcRefresh) << "profile" << record.name << "not signed in: idle";
        m_tracking = false;
        cancelWakeUp();
        m_backoff.reset();
        ++m_epoch;
        m_inFlight = false;
        return;
    }
    // The same session as before (e.g. a lock file came and went): keep the current plan,
    // including a running backoff.
    if (m_tracking && record.name == m_profile && record.accessExpiresAt == m_expiry)
        return;
    if (record.name != m_profile) {
        ++m_epoch;
        m_inFlight = false;
    }
    m_tracking = true;
    m_profile = record.name;
    m_expiry = record.accessExpiresAt;
    m_backoff.reset();
    if (!m_inFlight)
        scheduleAt(SessionManager::refreshDueAt(record));
}

void RefreshScheduler::recheckNow()
{
    if (!m_tracking || m_inFlight)
        return;
    qCDebug(lcRefresh) << "re-checking after resume or reconnect";
    refreshNow();
}

void RefreshScheduler::scheduleAt(const QDateTime &due)
{
    // No known expiry: ask now; SessionManager refreshes only if it must.
    const qint64 ms = due.isValid() ? std::max<qint64>(0, m_clock->now().msecsTo(due)) : 0;
    // Timers take an int: a far expiry is re-planned when the shorter wait ends.
    const std::chrono::milliseconds delay(
        std::min<qint64>(ms, std::numeric_limits<int>::max() / 2));
    cancelWakeUp();
    m_wakeUp = std::make_unique<QObject>();
    m_wakeUpAt = m_clock->now().addMSecs(delay.count());
    m_clock->callAfter(delay, m_wakeUp.get(), [this] {
        m_wakeUp.release()->deleteLater(); // it is the context of the call running now
        m_wakeUpAt = {};
        refreshNow();
    });
    qCDebug(lcRefresh) << "next refresh check for" << m_profile << "in" << ms << "ms";
}

void RefreshScheduler::refreshNow()
{
    if (!m_tracking || m_inFlight)
        return;
    cancelWakeUp();
    m_inFlight = true;
    const quint64 epoch = m_epoch;
    m_sessions->validSession(m_profile, false, [this, epoch](Result<ValidSession> session) {
        if (epoch != m_epoch)
            return;
        m_inFlight = false;
        if (session) {
            m_backoff.reset();
            m_expiry = session->record.accessExpiresAt;
            // A floor against a server that hands out tokens already due for refresh.
            const QDateTime due = SessionManager::refreshDueAt(session->record);
            const QDateTime floor = m_clock->now().addMSecs(MinimumGapMs);
            scheduleAt(due.isValid() && due > floor ? due : floor);
            Q_EMIT refreshed();
            return;
        }
        const Error &error = session.error();
        if (error.needsSignIn()) {
            // SessionManager has ended the session (or it was never there): nothing to retry
            // until someone signs in, which shows up through track().
            qCDebug(lcRefresh) << "session needs a new sign-in; idle";
            m_tracking = false;
            return;
        }
        const auto delay = m_backoff.next();
        qCDebug(lcRefresh) << "refresh failed, retry" << m_backoff.failures() << "in"
                           << delay.count() << "ms:" << userMessage(error);
        scheduleAt(m_clock->now().addMSecs(delay.count()));
        Q_EMIT retrying(error, int(delay.count() / 1000));
    });
}

} // namespace ast::tray
