#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/ProfileRecord.h"
#include "tray/Backoff.h"

#include <QDateTime>
#include <QObject>
#include <memory>

namespace ast {
class SessionManager;
}

namespace ast::tray {

// Keeps the current profile's access token fresh with ONE pending wake-up on the injected
// Clock, set to the moment SessionManager says a refresh is due: no polling while idle. The refresh
// itself (cross-process lock, re-read, rotation) is SessionManager's; this only decides when. A
// failed refresh is retried with Backoff; a session that needs a new sign-in is left alone.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinimumGapMs = 1000;

    explicit RefreshScheduler(SessionManager *sessions, Clock *clock = Clock::system(),
                              QObject *parent = nullptr);

    // The record of the profile to keep fresh, whenever it may have changed. A record that is
    // not signed in stops the timer.
    void track(const ProfileRecord &record, bool signedIn);
    // After a resume from sleep or when the network comes back: the timer may be late (its
    // clock stood still during sleep) or a retry may now succeed.
    void recheckNow();

    bool isScheduled() const { return m_wakeUp != nullptr; }
    // Milliseconds until the next check, by the clock; -1 when idle.
    qint64 remainingMs() const;

Q_SIGNALS:
    void refreshed();
    // A refresh failed and will be retried (offline, server trouble, keyring locked).
    void retrying(const ast::Error &error, int retryInSecs);

private:
    void scheduleAt(const QDateTime &due);
    void cancelWakeUp();
    void refreshNow();

    SessionManager *m_sessions;
    Clock *m_clock;
    // The context of the one pending wake-up: deleting it cancels the wake-up.
    std::unique_ptr<QObject> m_wakeUp;
    QDateTime m_wakeUpAt;
    Backoff m_backoff;
    QString m_profile;
    QDateTime m_expiry;
    bool m_tracking = false;
    bool m_inFlight = false;
    quint64 m_epoch = 0; // results of a refresh started for an older record are ignored
};

} // namespace ast::tray
