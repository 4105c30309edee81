#pragma once

#include "cli/Terminal.h"
#include "core/Services.h"
#include "core/Settings.h"

#include <QObject>
#include <QUrl>

namespace ast::cli {

// What every command needs: settings resolved from flags and environment, the terminal, and
// the core services (built by Services on first use, so that `ast token` pays only for what it
// uses).
class Context : public QObject
{
    Q_OBJECT
public:
    Context(Settings settings, bool json, Terminal &terminal, QObject *parent = nullptr);
    ~Context() override;

    const Settings &settings() const { return m_services.settings(); }
    const QString &profile() const { return settings().profile; }
    bool json() const { return m_json; }
    Terminal &terminal() const { return m_terminal; }

    HttpClient *http() { return m_services.http(); }
    SessionStore *store() { return m_services.store(); }
    SessionManager *sessions() { return m_services.sessions(); }
    // Null unless a command has asked for sessions().
    SessionManager *sessionsIfCreated() const { return m_services.sessionsIfCreated(); }
    ApiClient *api() { return m_services.api(); }

private:
    Services m_services;
    bool m_json;
    Terminal &m_terminal;
};

} // namespace ast::cli
