#pragma once

#include "SecretStore.h"
#include "Settings.h"

#include <memory>

namespace ast::tray {

// The one place that decides which keyring backs the SessionStore: the system keyring
// unless ASTRO_CREDENTIAL_STORE=file (same rule as `ast`, so both see the same tokens).
std::unique_ptr<SecretStore> makeSecretStore(const Settings &settings);

} // namespace ast::tray
