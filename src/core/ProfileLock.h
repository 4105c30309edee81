#pragma once

#include "Result.h"

#include <QLockFile>
#include <QObject>
#include <functional>
#include <memory>

namespace ast {

// The cross-process "one story per profile" lock: login, logout and refresh of a profile each
// hold it (docs/SECURITY.md, section 5). A QLockFile per profile, taken
// without blocking the event loop (retried on a timer), with stale-lock recovery for a holder
// that died.
class ProfileLock : public QObject
{
    Q_OBJECT
public:
    ProfileLock(const QString &astroHome, const QString &profile, QObject *parent = nullptr);

    // Calls `done` once: with no error when the lock is held, or StorageFailed at the deadline.
    void acquire(std::function<void(Status)> done);
    void release();
    bool isHeld() const { return m_held; }

private:
    void tryOnce();

    QString m_path;
    QLockFile m_lock;
    std::function<void(Status)> m_done;
    qint64 m_deadline = 0;
    bool m_held = false;
};

} // namespace ast
