#include "devserver/DevicePage.h"

using namespace Qt::StringLiterals;

namespace astro::devserver {

namespace {

// One stylesheet for both pages; follows the system's light or dark scheme.
constexpr auto style = R"(
:root{color-scheme:light dark;--bg:#f4f5f8;--card:#fff;--text:#1b1d24;--muted:#5d6271;
--line:#dfe2ea;--accent:#4b49e8;--accent-text:#fff;--ok:#16794c;--bad:#b42318}
@media (prefers-color-scheme:dark){:root{--bg:#0f1117;--card:#181b23;--text:#eceef4;
--muted:#9aa0b1;--line:#2a2e3a;--accent:#7c7bff;--accent-text:#0f1117;--ok:#4ade80;
--bad:#f87171}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
background:var(--bg);color:var(--text);
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{width:100%;max-width:420px;margin:24px;padding:36px 32px;background:var(--card);
border:1px solid var(--line);border-radius:16px;box-shadow:0 8px 30px rgba(0,0,0,.06)}
.brand{display:flex;align-items:center;gap:10px;font-weight:600;font-size:15px;
letter-spacing:.01em;margin-bottom:28px}
.logo{width:28px;height:28px;border-radius:8px;
background:linear-gradient(135deg,var(--accent),#c05cf0)}
h1{font-size:22px;line-height:1.3;margin:0 0 8px}
p{margin:0 0 20px;color:var(--muted)}
label{display:block;font-size:13px;font-weight:600;margin-bottom:6px}
input{width:100%;padding:12px 14px;font:600 24px/1.2 ui-monospace,SFMono-Regular,Menlo,
Consolas,monospace;letter-spacing:.18em;text-align:center;text-transform:uppercase;
color:var(--text);background:transparent;border:1px solid var(--line);border-radius:10px}
input:focus{outline:2px solid var(--accent);outline-offset:1px;border-color:transparent}
.actions{display:flex;gap:12px;margin-top:20px}
button{flex:1;padding:11px 16px;font:inherit;font-weight:600;border-radius:10px;
cursor:pointer;border:1px solid var(--line);background:transparent;color:var(--text)}
button.primary{background:var(--accent);border-color:var(--accent);color:var(--accent-text)}
button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.note{font-size:13px;margin:20px 0 0}
.result{font-size:18px;font-weight:600;margin:0 0 8px}
.result.ok{color:var(--ok)}.result.bad{color:var(--bad)}
a{color:var(--accent)}
)";

} // namespace

QByteArray DevicePage::document(const QString &title, const QString &body)
{
    const QString html = uR"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Astro — %3</title>
<style>%1</style>
</head>
<body>
<main>
<div class="brand"><span class="logo" aria-hidden="true"></span>Astro</div>
%2
</main>
</body>
</html>
)"_s.arg(QString::fromUtf8(style), body, title.toHtmlEscaped());
    return html.toUtf8();
}

QByteArray DevicePage::form(const QString &userCode)
{
    // RFC 8628 5.4: make the person compare codes, so a code sent by an attacker is noticed.
    return document(u"Confirm device"_s,
                    uR"(<h1>Confirm your device</h1>
<p>Confirm that this code matches the one shown on your device. If you did not start a
sign-in, choose Deny.</p>
<form method="post" action="/device">
<label for="user_code">Device code</label>
<input id="user_code" name="user_code" value="%1" placeholder="XXXX-XXXX" maxlength="16"
 autocomplete="off" autocapitalize="characters" spellcheck="false" required autofocus>
<div class="actions">
<button id="deny" type="submit" name="action" value="deny">Deny</button>
<button id="approve" class="primary" type="submit" name="action" value="approve">Approve</button>
</div>
</form>
<p class="note">Approving signs this device in to your Astro account.</p>)"_s.arg(
                        userCode.toHtmlEscaped()));
}

QByteArray DevicePage::result(Outcome outcome)
{
    QString sentence;
    QString detail;
    bool ok = false;
    switch (outcome) {
    case Outcome::Approved:
        sentence = u"Device approved. You can return to your terminal."_s;
        detail = u"You can close this window."_s;
        ok = true;
        break;
    case Outcome::Denied:
        sentence = u"Request denied."_s;
        detail = u"The device was not signed in."_s;
        break;
    case Outcome::UnknownCode:
        sentence = u"Unknown or expired code"_s;
        detail = u"Check the code shown on your device, or start the sign-in again."_s;
        break;
    case Outcome::AlreadyUsed:
        sentence = u"This code has already been used."_s;
        detail = u"Start the sign-in again on your device to get a new code."_s;
        break;
    case Outcome::NoAction:
        sentence = u"Choose Approve or Deny."_s;
        break;
    }
    return document(u"Confirm device"_s,
                    uR"(<h1>Device sign-in</h1>
<p id="result" class="result %1" role="status">%2</p>
<p>%3</p>
<p class="note"><a href="/device">Enter another code</a></p>)"_s.arg(
                        ok ? u"ok"_s : u"bad"_s, sentence.toHtmlEscaped(), detail.toHtmlEscaped()));
}

} // namespace astro::devserver
