#pragma once

#include "core/Result.h"

#include <QProcessEnvironment>
#include <QString>

namespace ast {

// Where per-user runtime files (the tray's single-instance lock and socket) live: never a
// directory that other users can write to, where they could create those files first
// (docs/SECURITY.md, "Other local users").
namespace RuntimeDirectory {

// $XDG_RUNTIME_DIR/astro when XDG_RUNTIME_DIR is an absolute directory of ours that others
// cannot write to; otherwise ~/.cache/astro-runtime. Created 0700 (PrivateDirectory).
Result<QString>
path(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace RuntimeDirectory
} // namespace ast
