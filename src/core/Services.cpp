#include "core/Services.h"

#include "core/ApiClient.h"
#include "core/HttpClient.h"
#include "core/KeyringSecretStore.h"
#include "core/SessionManager.h"
#include "core/SessionStore.h"

namespace ast {

Services::Services(Settings settings, QObject *parent)
    : Services(std::move(settings), Clock::system(), parent)
{
}

Services::Services(Settings settings, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
{
}

Services::~Services()
{
    // Users before what they use: the store holds a plain pointer to the keyring.
    delete m_api;
    delete m_sessions;
    delete m_store;
    m_keyring.reset();
    delete m_http;
}

HttpClient *Services::http()
{
    if (!m_http)
        m_http = new HttpClient(m_clock, this);
    return m_http;
}

std::function<HttpClient *()> Services::lazyHttp()
{
    return [this] { return http(); };
}

SecretStore *Services::keyring()
{
    // KeyringSecretStore creates no QtKeychain object before its first call: `ast token`
    // with file-stored tokens never touches D-Bus.
    if (!m_keyring)
        m_keyring = std::make_unique<KeyringSecretStore>();
    return m_keyring.get();
}

SessionStore *Services::store()
{
    if (!m_store)
        m_store = new SessionStore(m_settings.astroHome, m_settings.storeChoice, keyring(), m_clock,
                                   this);
    return m_store;
}

SessionManager *Services::sessions()
{
    if (!m_sessions)
        m_sessions = new SessionManager(store(), lazyHttp(), m_clock, this);
    return m_sessions;
}

ApiClient *Services::api()
{
    if (!m_api)
        m_api = new ApiClient(sessions(), http(), this);
    return m_api;
}

} // namespace ast
