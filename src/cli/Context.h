#pragma once

#include "Settings.h"
#include "Terminal.h"

#include <QObject>
#include <QUrl>

namespace ast {
class ApiClient;
class HttpClient;
class SecretStore;
class SessionManager;
class SessionStore;
} // namespace ast

namespace ast::cli {

// What every command needs: settings resolved from flags and environment, the terminal, and
// the core services, each built on first use so that `ast token` pays only for what it uses.
class Context : public QObject
{
    Q_OBJECT
public:
    Context(Settings settings, bool json, Terminal &terminal, QObject *parent = nullptr);
    ~Context() override;

    const Settings &settings() const { return m_settings; }
    const QString &profile() const { return m_settings.profile; }
    bool json() const { return m_json; }
    Terminal &terminal() const { return m_terminal; }

    HttpClient *http();
    SessionStore *store();
    SessionManager *sessions();
    // Null unless a command has asked for sessions().
    SessionManager *sessionsIfCreated() const { return m_sessions; }
    ApiClient *api();

private:
    Settings m_settings;
    bool m_json;
    Terminal &m_terminal;
    HttpClient *m_http = nullptr;
    std::unique_ptr<SecretStore> m_keyring;
    SessionStore *m_store = nullptr;
    SessionManager *m_sessions = nullptr;
    ApiClient *m_api = nullptr;
};

} // namespace ast::cli
