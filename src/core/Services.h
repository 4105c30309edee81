#pragma once

#include "core/Clock.h"
#include "core/Settings.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ast {

class ApiClient;
class HttpClient;
class SecretStore;
class SessionManager;
class SessionStore;

// The core objects both programs work with, built from Settings in one place so that `ast`
// and astro-tray read and clean up the same storage. Each is built on first use, so that
// `ast token` with a fresh token pays for neither an HttpClient nor a D-Bus connection.
class Services : public QObject
{
    Q_OBJECT
public:
    explicit Services(Settings settings, QObject *parent = nullptr);
    // `clock`: the time every object built here reads (tests pass a fake one).
    Services(Settings settings, Clock *clock, QObject *parent = nullptr);
    ~Services() override;

    const Settings &settings() const { return m_settings; }
    Clock *clock() const { return m_clock; }

    HttpClient *http();
    // Calls http() only when invoked: for objects that may never need the network.
    std::function<HttpClient *()> lazyHttp();
    // The system keyring, whatever the store choice: in file mode it is still what removes
    // the copies an earlier keyring session left behind.
    SecretStore *keyring();
    SessionStore *store();
    SessionManager *sessions();
    ApiClient *api();

    // Null until first asked for.
    HttpClient *httpIfCreated() const { return m_http; }
    SecretStore *keyringIfCreated() const { return m_keyring.get(); }
    SessionStore *storeIfCreated() const { return m_store; }
    SessionManager *sessionsIfCreated() const { return m_sessions; }
    ApiClient *apiIfCreated() const { return m_api; }

private:
    Settings m_settings;
    Clock *m_clock;
    HttpClient *m_http = nullptr;
    std::unique_ptr<SecretStore> m_keyring;
    SessionStore *m_store = nullptr;
    SessionManager *m_sessions = nullptr;
    ApiClient *m_api = nullptr;
};

} // namespace ast
