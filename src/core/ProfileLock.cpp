#include "ProfileLock.h"

#include "Logging.h"
#include "PrivateDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimer>

namespace ast {

namespace {
// Longer than a refresh can take (request timeout 30 s), so a live holder is never broken.
constexpr int StaleAfterMs = 60000;
constexpr int WaitAtMostMs = 45000;
constexpr int RetryEveryMs = 15;
} // namespace

ProfileLock::ProfileLock(const QString &astroHome, const QString &profile, QObject *parent)
    : QObject(parent)
    , m_path(QDir(astroHome).filePath(profile + QStringLiteral(".refresh.lock")))
    , m_lock(m_path)
{
    PrivateDirectory::ensure(astroHome); // 0700 from the start; a refused home fails the lock
    m_lock.setStaleLockTime(StaleAfterMs);
}

void ProfileLock::acquire(std::function<void(Status)> done)
{
    m_done = std::move(done);
    m_deadline = QDateTime::currentMSecsSinceEpoch() + WaitAtMostMs;
    tryOnce();
}

void ProfileLock::tryOnce()
{
    if (m_lock.tryLock(0)) {
        m_held = true;
        qCDebug(lcSession) << "refresh lock taken";
        return std::exchange(m_done, nullptr)(std::nullopt);
    }
    if (m_lock.error() != QLockFile::LockFailedError
        || QDateTime::currentMSecsSinceEpoch() > m_deadline) {
        return std::exchange(m_done, nullptr)(Error {
            ErrorKind::StorageFailed,
            {},
            QCoreApplication::translate("ast::ProfileLock", "could not take the refresh lock %1")
                .arg(QDir::toNativeSeparators(m_path))});
    }
    QTimer::singleShot(RetryEveryMs, this, &ProfileLock::tryOnce);
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
