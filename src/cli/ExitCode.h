#pragma once

#include "core/Error.h"

namespace ast::cli {

// Exit codes (docs/protocol.md, "Exit codes of ast"): scripts rely on them. The one mapping
// from errors to exit codes; which errors mean "sign in again" is Error::needsSignIn(), which
// the tray shares.
enum ExitCode : int {
    Success = 0,
    Failure = 1,
    Usage = 2,
    AuthRequired = 4,
    Interrupted = 130,
};

inline int exitCodeFor(const Error &error)
{
    if (error.needsSignIn())
        return AuthRequired;
    switch (error.kind) {
    case ErrorKind::None:
        return Success;
    case ErrorKind::InvalidInput:
    case ErrorKind::UrlRefused: // --server / ASTRO_SERVER / ASTRO_AUTH_URL given by the user
        return Usage;
    case ErrorKind::Cancelled:
        return Interrupted;
    default:
        return Failure;
    }
}

} // namespace ast::cli
