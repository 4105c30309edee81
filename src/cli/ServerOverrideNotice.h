#pragma once

#include "core/ProfileRecord.h"
#include "core/Settings.h"

namespace ast::cli {

class Terminal;

// `--server` (or ASTRO_SERVER) sends the profile's token to whatever host it names. When that
// host is not the profile's saved server and not loopback, one stderr line names the host that
// receives the token, so a mistyped or planted server cannot collect it unnoticed.
void noticeTokenRecipient(const Terminal &terminal, const Settings &settings,
                          const ProfileRecord *record);

} // namespace ast::cli
