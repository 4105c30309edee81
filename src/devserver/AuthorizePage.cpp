#include "devserver/AuthorizePage.h"

#include "devserver/DevicePage.h"

using namespace Qt::StringLiterals;

namespace astro::devserver {

QByteArray AuthorizePage::approval(const AuthorizationCodes::Request &request,
                                   const QString &handle, const QString &userEmail)
{
    QString details =
        u"<p>Signed in as <strong id=\"user\">%1</strong>.</p>"_s.arg(userEmail.toHtmlEscaped());
    if (!request.organizationId.isEmpty()) {
        details += u"<p>Organization: <code id=\"organization\">%1</code></p>"_s.arg(
            request.organizationId.toHtmlEscaped());
    }
    if (!request.loginHint.isEmpty()) {
        details += u"<p>Sign-in hint: <span id=\"login_hint\">%1</span></p>"_s.arg(
            request.loginHint.toHtmlEscaped());
    }
    // The redirect target is shown so that a person can see where the code will go.
    return DevicePage::document(u"Sign in"_s,
                                uR"(<h1>Sign in to Astro</h1>
<p>The application <code id="client_id">%1</code> asks to sign in to your account. It will
receive the result at <code id="redirect_uri">%2</code>.</p>
%3
<form method="post" action="/user_management/authorize">
<input type="hidden" name="authorization" value="%4">
<div class="actions">
<button id="deny" type="submit" name="action" value="deny">Deny</button>
<button id="approve" class="primary" type="submit" name="action" value="approve">Approve</button>
</div>
</form>
<p class="note">If you did not start a sign-in, choose Deny.</p>)"_s.arg(
                                    request.clientId.toHtmlEscaped(),
                                    request.redirectUri.toHtmlEscaped(), details,
                                    handle.toHtmlEscaped()));
}

QByteArray AuthorizePage::refusal(const QString &reason)
{
    return DevicePage::document(u"Sign-in error"_s, uR"(<h1>This sign-in cannot continue</h1>
<p id="result" class="result bad" role="alert">%1</p>
<p>Start the sign-in again from the application.</p>)"_s.arg(reason.toHtmlEscaped()));
}

} // namespace astro::devserver
