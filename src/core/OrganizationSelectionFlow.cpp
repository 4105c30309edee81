#include "core/OrganizationSelectionFlow.h"

#include "core/HttpClient.h"
#include "core/Logging.h"
#include "core/UrlPolicy.h"

namespace ast {

OrganizationSelectionFlow::OrganizationSelectionFlow(HttpClient *http, QUrl authBase,
                                                     QString clientId, Clock *clock,
                                                     QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_authBase(std::move(authBase))
    , m_clientId(std::move(clientId))
    , m_clock(clock)
{
}

OrganizationSelectionFlow::~OrganizationSelectionFlow()
{
    HttpClient::abort(m_inFlight);
}

void OrganizationSelectionFlow::start(const QString &pendingAuthenticationToken,
                                      const QString &organizationId)
{
    if (const Status refused = UrlPolicy::check(m_authBase, UrlPolicy::Role::AuthUrl))
        return Q_EMIT failed(*refused);
    qCDebug(lcFlow) << "finishing the sign-in in organization" << organizationId;
    m_inFlight = m_http->postForm(
        WorkOs::authenticateUrl(m_authBase),
        WorkOs::organizationSelectionForm(m_clientId, pendingAuthenticationToken, organizationId),
        [this](const HttpResult &result) { onReply(result); });
}

void OrganizationSelectionFlow::cancel()
{
    m_cancelled = true;
    HttpClient::abort(m_inFlight);
}

void OrganizationSelectionFlow::onReply(const HttpResult &result)
{
    m_inFlight = nullptr;
    if (m_cancelled)
        return;
    if (result.status != 200 || !result.gotReply()) {
        Error error = WorkOs::classifyFailure(result);
        // A lapsed pending token or a foreign organization ends this sign-in, not a session.
        if (error.kind == ErrorKind::InvalidGrant || error.kind == ErrorKind::ExpiredToken)
            error.kind = ErrorKind::ServerRefused;
        return Q_EMIT failed(error);
    }
    auto authentication = WorkOs::parseAuthentication(result.body, m_clock->now());
    if (!authentication)
        return Q_EMIT failed(authentication.error());
    Q_EMIT succeeded(authentication.value());
}

} // namespace ast
