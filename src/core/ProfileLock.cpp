#include "core/ProfileLock.h"

#include "core/Logging.h"
#include "core/PrivateDirectory.h"

#include <QCoreApplication>
#include <QDir>

namespace ast {

namespace {
// Longer than a refresh can take (request timeout 30 s), so a live holder is never broken.
constexpr int StaleAfterMs = 60000;
} // namespace

ProfileLock::ProfileLock(const QString &astroHome, const QString &profile, QObject *parent)
    : ProfileLock(astroHome, profile, Clock::system(), parent)
{
}

ProfileLock::ProfileLock(const QString &astroHome, const QString &profile, Clock *clock,
                         QObject *parent)
    : QObject(parent)
    , m_path(QDir(astroHome).filePath(profile + QStringLiteral(".refresh.lock")))
    , m_clock(clock)
    , m_lock(m_path)
{
    PrivateDirectory::ensure(astroHome); // 0700 from the start; a refused home fails the lock
    m_lock.setStaleLockTime(StaleAfterMs);
}

void ProfileLock::acquire(std::function<void(Status)> done)
{
    m_done = std::move(done);
    m_deadline = m_clock->now().addMSecs(WaitAtMostMs);
    tryOnce();
}

void ProfileLock::tryOnce()
{
    if (m_lock.tryLock(0)) {
        m_held = true;
        qCDebug(lcSession) << "refresh lock taken";
        return std::exchange(m_done, nullptr)(std::nullopt);
    }
    if (m_lock.error() != QLockFile::LockFailedError || m_clock->now() > m_deadline) {
        return std::exchange(m_done, nullptr)(
            Error {ErrorKind::StorageFailed,
                   {},
                   tr("could not take the refresh lock %1").arg(QDir::toNativeSeparators(m_path))});
    }
    m_clock->callAfter(std::chrono::milliseconds(RetryEveryMs), this, [this] { tryOnce(); });
}

void ProfileLock::release()
{
    if (m_held) {
        m_lock.unlock();
        m_held = false;
        qCDebug(lcSession) << "refresh lock released";
    }
}

} // namespace ast
