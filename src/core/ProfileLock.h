#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <functional>
#include <memory>

namespace ast {

// The cross-process "one story per profile" lock: login, logout and refresh of a profile each
// hold it (docs/SECURITY.md, section 5). A QLockFile per profile, taken
// without blocking the event loop (retried on the injected clock), with stale-lock recovery for a
// holder that died.
class ProfileLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int WaitAtMostMs = 45000;
    static constexpr int RetryEveryMs = 15;

    ProfileLock(const QString &astroHome, const QString &profile, QObject *parent = nullptr);
    ProfileLock(const QString &astroHome, const QString &profile, Clock *clock,
                QObject *parent = nullptr);

    // Calls `done` once: with no error when the lock is held, or StorageFailed at the deadline.
    void acquire(std::function<void(Status)> done);
    void release();
    bool isHeld() const { return m_held; }

private:
    void tryOnce();

    QString m_path;
    Clock *m_clock;
    QLockFile m_lock;
    std::function<void(Status)> m_done;
    QDateTime m_deadline;
    bool m_held = false;
};

} // namespace ast
