#pragma once

#include "devserver/AuthorizationCodes.h"

#include <QByteArray>
#include <QString>

namespace astro::devserver {

// The browser sign-in's pages: the approval form AuthKit would show, and the refusal shown
// instead of a redirect when the request cannot be trusted with one (bad client or
// redirect_uri). Every echoed value is HTML-escaped.
class AuthorizePage
{
public:
    // Posts `handle` and action=approve|deny back to /user_management/authorize.
    static QByteArray approval(const AuthorizationCodes::Request &request, const QString &handle,
                               const QString &userEmail);
    static QByteArray refusal(const QString &reason);
};

} // namespace astro::devserver
