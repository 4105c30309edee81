#include "Context.h"

#include "ApiClient.h"
#include "HttpClient.h"
#include "KeyringSecretStore.h"
#include "SessionManager.h"
#include "SessionStore.h"

namespace ast::cli {

Context::Context(Settings settings, bool json, Terminal &terminal, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_json(json), m_terminal(terminal)
{
}

Context::~Context() = default;

HttpClient *Context::http()
{
    if (!m_http)
        m_http = new HttpClient(this);
    return m_http;
}

SessionStore *Context::store()
{
    if (!m_store) {
        // It creates no QtKeychain object before its first call: `ast token` with file-stored
        // tokens never touches D-Bus. Even with ASTRO_CREDENTIAL_STORE=file it is there, so
        // that logout and a new login remove what an earlier keyring session left (SPEC 3).
        m_keyring = std::make_unique<KeyringSecretStore>();
        m_store = new SessionStore(m_settings.astroHome, m_settings.storeChoice, m_keyring.get(), this);
    }
    return m_store;
}

SessionManager *Context::sessions()
{
    if (!m_sessions)
        m_sessions = new SessionManager(store(), [this] { return http(); }, Clock::system(), this);
    return m_sessions;
}

ApiClient *Context::api()
{
    if (!m_api)
        m_api = new ApiClient(sessions(), http(), this);
    return m_api;
}

} // namespace ast::cli
