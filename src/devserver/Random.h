#pragma once

#include <QString>

// Unpredictable identifiers and secrets, all from the system CSPRNG so that codes handed out
// by the dev server look (and behave, for brute-force tests) like the real ones.
namespace astro::devserver::Random {

// `bytes` random bytes as base64url without padding (32 bytes -> 43 characters).
QString urlSafeToken(int bytes);
// ULID-shaped id (26 Crockford base-32 characters) after `prefix`, e.g. "session_01H...".
QString prefixedId(QLatin1StringView prefix);
// RFC 8628 6.1: 8 letters from a 20-consonant alphabet, shown as XXXX-XXXX.
QString userCode();

} // namespace astro::devserver::Random
