#include "core/AuthorizationCodeFlow.h"

#include "core/HttpClient.h"
#include "core/Logging.h"
#include "core/LoopbackRedirectListener.h"
#include "core/TerminalText.h"
#include "core/UrlPolicy.h"

namespace ast {

namespace {
// The one value of `key`; empty when absent or repeated (a repeated state or code is not ours).
QString singleValue(const QUrlQuery &query, const QString &key)
{
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    return values.size() == 1 ? values.first() : QString();
}
} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(HttpClient *http, QUrl authBase, QString clientId,
                                             Clock *clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_authBase(std::move(authBase))
    , m_clientId(std::move(clientId))
    , m_clock(clock)
    , m_deadline(LoopbackRedirectListener::DefaultDeadline)
{
}

AuthorizationCodeFlow::~AuthorizationCodeFlow()
{
    HttpClient::abort(m_inFlight);
}

QUrl AuthorizationCodeFlow::redirectUri() const
{
    return m_listener ? m_listener->redirectUri() : QUrl();
}

void AuthorizationCodeFlow::start()
{
    Q_ASSERT(m_state == State::Idle);
    m_state = State::WaitingForBrowser;
    if (const Status refused = WorkOs::checkSignInTarget(m_authBase, m_clientId))
        return fail(*refused);

    m_listener = new LoopbackRedirectListener(m_clock, this);
    connect(m_listener, &LoopbackRedirectListener::callbackReceived, this,
            &AuthorizationCodeFlow::onCallback);
    connect(m_listener, &LoopbackRedirectListener::timedOut, this, [this] {
        if (m_state == State::WaitingForBrowser)
            fail({ErrorKind::SignInTimedOut});
    });
    if (const Status refused = m_listener->listen(m_deadline))
        return fail(*refused);

    m_pkce = Pkce::generate();
    WorkOs::AuthorizeRequest request;
    request.redirectUri = m_listener->redirectUri();
    request.codeChallenge = m_pkce.challenge;
    request.state = m_pkce.state;
    request.organizationId = m_organizationId;
    request.loginHint = m_loginHint;
    const QUrl url = WorkOs::authorizeUrl(m_authBase, m_clientId, request);
    if (const Status refused = UrlPolicy::check(url, UrlPolicy::Role::VerificationUrl))
        return fail(*refused);
    qCDebug(lcFlow) << "browser sign-in: authorize URL ready";
    Q_EMIT authorizeUrlReady(url, m_listener->deadline());
}

void AuthorizationCodeFlow::cancel()
{
    if (m_state != State::WaitingForBrowser && m_state != State::Exchanging)
        return;
    qCDebug(lcFlow) << "browser sign-in cancelled";
    m_state = State::Cancelled;
    if (m_listener)
        m_listener->close();
    HttpClient::abort(m_inFlight);
}

void AuthorizationCodeFlow::onCallback(const QUrlQuery &query)
{
    if (m_state != State::WaitingForBrowser)
        return;
    // The state comes first: a callback that is not ours says nothing, not even an error.
    const QString state = singleValue(query, QStringLiteral("state"));
    if (state.isEmpty() || state != m_pkce.state)
        return fail({ErrorKind::CallbackRefused, QStringLiteral("state_mismatch"), {}});
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString code = TerminalText::sanitized(
                                 query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded))
                                 .simplified()
                                 .left(100);
        const QString description =
            TerminalText::sanitized(
                query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded))
                .simplified()
                .left(500);
        return fail({code == QLatin1String("access_denied") ? ErrorKind::AccessDenied
                                                            : ErrorKind::ServerRefused,
                     code, description});
    }
    const QString code = singleValue(query, QStringLiteral("code"));
    if (code.isEmpty())
        return fail({ErrorKind::CallbackRefused, QStringLiteral("missing_code"), {}});

    m_state = State::Exchanging;
    qCDebug(lcFlow) << "browser came back; exchanging the code";
    Q_EMIT exchanging();
    if (m_state != State::Exchanging) // a receiver may have cancelled
        return;
    m_inFlight = m_http->postForm(WorkOs::authenticateUrl(m_authBase),
                                  WorkOs::authorizationCodeForm(m_clientId, code, m_pkce.verifier),
                                  [this](const HttpResult &result) { onExchangeReply(result); });
}

void AuthorizationCodeFlow::onExchangeReply(const HttpResult &result)
{
    m_inFlight = nullptr;
    if (m_state != State::Exchanging)
        return;
    if (result.status != 200 || !result.gotReply()) {
        Error error = WorkOs::classifyFailure(result);
        // A refused code (used, expired, wrong verifier) ends this sign-in, not a session.
        if (error.kind == ErrorKind::InvalidGrant || error.kind == ErrorKind::ExpiredToken)
            error.kind = ErrorKind::ServerRefused;
        return fail(error);
    }
    auto authentication = WorkOs::parseAuthentication(result.body, m_clock->now());
    if (!authentication)
        return fail(authentication.error());
    m_state = State::Succeeded;
    qCDebug(lcFlow) << "browser sign-in succeeded";
    Q_EMIT succeeded(authentication.value());
}

void AuthorizationCodeFlow::fail(Error error)
{
    m_state = State::Failed;
    if (m_listener)
        m_listener->close();
    qCDebug(lcFlow) << "browser sign-in failed: kind" << int(error.kind) << "code" << error.code;
    Q_EMIT failed(error);
}

} // namespace ast
