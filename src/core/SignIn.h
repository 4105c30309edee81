#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/ProfileRecord.h"
#include "core/Settings.h"
#include "core/WorkOsProtocol.h"

#include <QObject>
#include <QPointer>

namespace ast {

class DeviceAuthorizationFlow;
class HttpClient;
class SessionManager;

// One sign-in of one profile, as `ast login` and the tray's sign-in window run it: choose the
// server (--server / ASTRO_SERVER, else the profile's stored one, else the build default),
// refuse unsafe server and auth URLs, run a sign-in method, then build the profile record and
// save it with the tokens under the profile's lock (SessionManager::saveLogin).
//
// A method is a flow object that ends in an `Authentication`; startDeviceFlow() runs the
// OAuth device flow, startWebFlow() the browser sign-in without a code, chooseOrganization()
// finishes a sign-in that needs an organization (docs/protocol.md). Every method hands its result
// to finish(), so the record is built and saved in one place whichever way the user signed in.
//
// Exactly one of succeeded/failed is emitted per start, unless cancel() came first.
class SignIn : public QObject
{
    Q_OBJECT
public:
    // `sessions` saves the result; `http` carries the flow's requests.
    SignIn(HttpClient *http, SessionManager *sessions, Settings settings,
           Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~SignIn() override;

    // The profile to sign in (Settings::profile by default).
    void setProfile(const QString &profile) { m_profile = profile; }
    QString profile() const { return m_profile; }
    // The server the profile will point at; chosen by the last start.
    QUrl server() const { return m_server; }

    // The organization to sign in to: the web flow asks AuthKit for it up front.
    void setOrganizationId(const QString &organizationId) { m_organizationId = organizationId; }
    // How long the browser has to come back (5 minutes unless shortened, e.g. by a test).
    void setWebDeadline(std::chrono::milliseconds deadline) { m_webDeadline = deadline; }

    // Starts the device flow; ignored while a sign-in is running.
    void startDeviceFlow();
    // Starts the browser sign-in without a code (loopback redirect + PKCE); ignored while a
    // sign-in is running.
    void startWebFlow();
    // After failed() with OrganizationSelectionRequired: finishes that sign-in in
    // `organizationId` (the organization-selection grant). Ignored without such a failure.
    void chooseOrganization(const QString &organizationId);
    // Stops the running flow; nothing is stored. Ignored while saving: the atomic write is
    // short and is let finish. Returns false in that case.
    bool cancel();

    bool isActive() const { return m_running || m_saving; }
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    // The device flow's code is ready to show; it expires at `expiresAt` (UTC).
    void codeReady(const ast::DeviceAuthorization &authorization, const QDateTime &expiresAt);
    // The web flow waits for the browser: open `url` (it passed the URL policy) and show it.
    void authorizeUrlReady(const QUrl &url, const QDateTime &expiresAt);
    // A transient problem while waiting for approval; the flow goes on.
    void pollingDelayed(const ast::Error &error, int retryInSecs);
    // The user approved: the tokens are being written (cancel() is ignored from now on).
    void saving();
    // Stored; `record.storage` says where the tokens went.
    void succeeded(const ast::ProfileRecord &record);
    void failed(const ast::Error &error);

private:
    // Common start of every method: false if one runs already or prepare() refused.
    bool begin();
    // Chooses the server and checks the URLs: the error when this sign-in must not start.
    Status prepare();
    // Connects a method's ending signals and remembers it as the running flow.
    template<class Flow> void adopt(Flow *flow);
    void finish(const Authentication &authentication);
    void fail(const Error &error);
    void dropFlow();

    HttpClient *m_http;
    SessionManager *m_sessions;
    Settings m_settings;
    Clock *m_clock;
    QString m_profile;
    QUrl m_server;
    QPointer<QObject> m_flow; // the running method's flow object
    QString m_organizationId;
    std::chrono::milliseconds m_webDeadline;
    // The pending sign-in of the last organization_selection_required failure.
    std::shared_ptr<const OrganizationSelection> m_pendingSelection;
    bool m_running = false;
    bool m_saving = false;
};

} // namespace ast
