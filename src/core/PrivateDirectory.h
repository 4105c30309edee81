#pragma once

#include "core/Result.h"

#include <QString>

namespace ast {

// Directories and files that hold secrets, or decide where secrets are sent (the home with
// credentials.json, the tray's runtime files), must belong to this user alone: another local
// user who owns them, or can write to them, could read the tokens or point the refresh at a
// server of their choice (docs/SECURITY.md, "Other local users").
namespace PrivateDirectory {

// Creates `path` with mode 0700 in one step (mkdir with a mode: no window in which it has the
// umask's permissions), its missing parents as usual. An existing directory is checked as
// checkOwner() does, then narrowed to 0700.
Status ensure(const QString &path);

// Refuses `path` when another user owns it or group or others may write to it. A missing
// path passes. The message names the path and the fix.
Status checkOwner(const QString &path);

} // namespace PrivateDirectory
} // namespace ast
