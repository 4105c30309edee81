#pragma once

#include <QProcessEnvironment>

namespace ast {

// What a process holding tokens does about the rest of the machine (docs/SECURITY.md,
// "Processes").
namespace ProcessHardening {

// Linux: no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0), as ssh-agent
// does, so a crash or a same-user ptrace/`/proc/<pid>/mem` reader does not get the tokens in
// memory. Returns false when the kernel refused; elsewhere a no-op that returns true.
bool disableCoreDumps();

// Whether this process is dumpable (Linux; true elsewhere). For tests and diagnostics.
bool isDumpable();

// `environment` without the variables that carry secrets (ASTRO_TOKEN): what a child
// process such as the browser may inherit.
QProcessEnvironment childEnvironment(const QProcessEnvironment &environment);

// Removes those variables from this process's own environment, for children started by
// code that takes no environment (QDesktopServices::openUrl). Call after the settings are read.
void removeSecretsFromEnvironment();

} // namespace ProcessHardening
} // namespace ast
