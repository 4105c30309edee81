#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace ast::tray::autostartfile {

// The file-based autostarts (XDG entry, LaunchAgent plist) write and remove their one file
// the same way: atomically (QSaveFile), creating the directory, errors that name the path.
Status write(const QString &path, const QByteArray &content);
// Removing a file that is not there succeeds.
Status remove(const QString &path);

} // namespace ast::tray::autostartfile
