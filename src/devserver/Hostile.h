#pragma once

#include "devserver/Reply.h"

#include <QStringList>
#include <optional>

// Replies of a broken or malicious server (or of a proxy or captive portal in front of it),
// so that tests can check the client's defences: size cap, timeout, strict parsing.
namespace astro::devserver::Hostile {

enum class Endpoint { Authorize, Authenticate };

// The modes, as the --hostile-* options and /_dev/config take them:
//   huge          a JSON object past 2 MiB, with Content-Length
//   huge_chunked  the same, chunked (no Content-Length)
//   huge_unsized  the same, no length at all: the body ends when the connection closes
//   html          a 502 HTML error page, as from a reverse proxy
//   wrong_types   the right fields with the wrong JSON types
//   not_json      200 "application/json" that is cut off half way
//   hang          no answer for 10 minutes (far beyond any client timeout)
//   stall         headers and half the body, then nothing (the connection stays open)
//   drip          headers, then one byte of the body every 2 s (minutes for the whole reply)
const QStringList &modes();
bool isMode(const QString &mode); // the empty string (off) counts as a mode

// The reply for `mode`; nothing when the mode is off. `baseUrl` makes URLs look genuine.
std::optional<Reply> reply(const QString &mode, Endpoint endpoint, const QString &baseUrl);

// Text that a terminal would act on: a title change, a line overwrite, hidden text, an OSC 52
// clipboard write, a right-to-left override and an 8-bit CSI. A clean display shows
// `plain` followed by "gnp.exe".
QString hostileText(const QString &plain);

} // namespace astro::devserver::Hostile
