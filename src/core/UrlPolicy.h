#pragma once

#include "core/Result.h"

#include <QUrl>

namespace ast {

// docs/protocol.md, "URLs": https only; plain http only for loopback hosts. Applied to the server,
// the auth URL and the verification URL before any request or browser launch.
class UrlPolicy
{
public:
    enum class Role { Server, AuthUrl, VerificationUrl };

    static Status check(const QUrl &url, Role role);
    static bool isLoopbackHost(const QString &host);
};

} // namespace ast
