#include "SecretStoreFactory.h"

#include "KeyringSecretStore.h"

namespace ast::tray {

std::unique_ptr<SecretStore> makeSecretStore(const Settings &settings)
{
    if (settings.storeChoice == StoreChoice::File)
        return nullptr;
    return std::make_unique<KeyringSecretStore>();
}

} // namespace ast::tray
