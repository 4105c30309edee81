#include "core/SignIn.h"

#include "core/AuthorizationCodeFlow.h"
#include "core/DeviceAuthorizationFlow.h"
#include "core/LoopbackRedirectListener.h"
#include "core/OrganizationSelectionFlow.h"
#include "core/SessionManager.h"
#include "core/SessionStore.h"
#include "core/UrlPolicy.h"

namespace ast {

SignIn::SignIn(HttpClient *http, SessionManager *sessions, Settings settings, Clock *clock,
               QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_sessions(sessions)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_profile(m_settings.profile)
    , m_webDeadline(LoopbackRedirectListener::DefaultDeadline)
{
}

SignIn::~SignIn()
{
    dropFlow();
}

Status SignIn::prepare()
{
    auto data = m_sessions->store()->load();
    if (!data)
        return data.error();
    m_server = m_settings.serverFor(data->find(m_profile));
    for (const auto &[url, role] : {std::pair {m_server, UrlPolicy::Role::Server},
                                    std::pair {m_settings.authUrl, UrlPolicy::Role::AuthUrl}}) {
        if (Status refused = UrlPolicy::check(url, role))
            return refused;
    }
    return {};
}

template<class Flow> void SignIn::adopt(Flow *flow)
{
    m_flow = flow;
    connect(flow, &Flow::succeeded, this, &SignIn::finish);
    connect(flow, &Flow::failed, this, &SignIn::fail);
}

bool SignIn::begin()
{
    if (isActive())
        return false;
    dropFlow();
    m_running = true;
    if (const Status refused = prepare()) {
        fail(*refused);
        return false;
    }
    return true;
}

void SignIn::startDeviceFlow()
{
    if (!begin())
        return;
    auto *flow =
        new DeviceAuthorizationFlow(m_http, m_settings.authUrl, m_settings.clientId, m_clock, this);
    adopt(flow);
    connect(flow, &DeviceAuthorizationFlow::userCodeReady, this, &SignIn::codeReady);
    connect(flow, &DeviceAuthorizationFlow::pollingDelayed, this, &SignIn::pollingDelayed);
    flow->start();
}

void SignIn::startWebFlow()
{
    if (!begin())
        return;
    auto *flow =
        new AuthorizationCodeFlow(m_http, m_settings.authUrl, m_settings.clientId, m_clock, this);
    flow->setOrganizationId(m_organizationId);
    flow->setDeadline(m_webDeadline);
    adopt(flow);
    connect(flow, &AuthorizationCodeFlow::authorizeUrlReady, this, &SignIn::authorizeUrlReady);
    flow->start();
}

void SignIn::chooseOrganization(const QString &organizationId)
{
    if (isActive() || !m_pendingSelection)
        return;
    const QString pendingToken = m_pendingSelection->pendingAuthenticationToken;
    m_pendingSelection.reset();
    dropFlow();
    m_running = true;
    auto *flow = new OrganizationSelectionFlow(m_http, m_settings.authUrl, m_settings.clientId,
                                               m_clock, this);
    adopt(flow);
    flow->start(pendingToken, organizationId);
}

bool SignIn::cancel()
{
    if (m_saving)
        return false;
    dropFlow();
    m_running = false;
    return true;
}

void SignIn::finish(const Authentication &authentication)
{
    ProfileRecord record;
    record.name = m_profile;
    record.server = m_server;
    record.authUrl = m_settings.authUrl;
    record.clientId = m_settings.clientId;
    record.applyAuthentication(authentication);
    dropFlow();
    m_running = false;
    m_saving = true;
    Q_EMIT saving();
    // Under the profile's lock: a refresh of the replaced session finishing later drops its
    // result instead of bringing the old account back.
    m_sessions->saveLogin(record, authentication.tokens.tokens, this,
                          [this, record](Result<StorageKind> kind) mutable {
                              m_saving = false;
                              if (!kind)
                                  return Q_EMIT failed(kind.error());
                              record.storage = kind.value();
                              Q_EMIT succeeded(record);
                          });
}

void SignIn::fail(const Error &error)
{
    m_pendingSelection = error.organizationSelection;
    dropFlow();
    m_running = false;
    Q_EMIT failed(error);
}

void SignIn::dropFlow()
{
    if (!m_flow)
        return;
    m_flow->disconnect(this);
    if (auto *device = qobject_cast<DeviceAuthorizationFlow *>(m_flow.data()))
        device->cancel();
    else if (auto *web = qobject_cast<AuthorizationCodeFlow *>(m_flow.data()))
        web->cancel(); // closes the loopback port at once
    else if (auto *selection = qobject_cast<OrganizationSelectionFlow *>(m_flow.data()))
        selection->cancel();
    m_flow->deleteLater();
    m_flow = nullptr;
}

} // namespace ast
