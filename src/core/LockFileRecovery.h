#pragma once

#include <QLockFile>
#include <QString>

namespace ast {

// QLockFile writes its owner's pid into the file right after creating it. A process killed
// between the two leaves an empty lock file that Qt calls stale only after staleLockTime
// (a minute), so every later writer would wait and fail. An unreadable lock file older than
// a live writer could ever leave it is removed instead. Returns true if it removed one.
bool removeUnfinishedLockFile(QLockFile &lock, const QString &path);

} // namespace ast
