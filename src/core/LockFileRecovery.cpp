#include "core/LockFileRecovery.h"

#include "core/Logging.h"

#include <QDateTime>
#include <QFileInfo>

namespace ast {

namespace {
// A live QLockFile writes its pid microseconds after creating the file.
constexpr qint64 UnfinishedAfterMs = 2000;
} // namespace

bool removeUnfinishedLockFile(QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false; // an owner is named: Qt's own stale check decides
    const QFileInfo info(path);
    if (!info.exists()
        || info.lastModified().msecsTo(QDateTime::currentDateTimeUtc()) < UnfinishedAfterMs)
        return false;
    qCWarning(lcStore) << "removing a lock file left unfinished by a killed process:" << path;
    return lock.removeStaleLockFile();
}

} // namespace ast
