#include "devserver/DevServer.h"

#include "devserver/AuthorizePage.h"
#include "devserver/DevicePage.h"
#include "devserver/Directory.h"
#include "devserver/FormData.h"
#include "devserver/Hostile.h"
#include "devserver/Random.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTime>
#include <QTimer>
#include <QUrlQuery>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace astro::devserver {

namespace {

using Method = QHttpServerRequest::Method;
using StatusCode = Reply::StatusCode;

constexpr auto deviceCodeGrantType = "urn:ietf:params:oauth:grant-type:device_code"_L1;
constexpr auto organizationSelectionGrantType =
    "urn:workos:oauth:grant-type:organization-selection"_L1;

const Identity &identityNamed(const QString &name)
{
    return Directory::identity(name);
}
constexpr auto accountId = "acct_01HDEV0000000000"_L1;
constexpr auto accountName = "Analytical Engines"_L1;
constexpr auto accountPlan = "pro"_L1;

QByteArray methodName(Method method)
{
    return QByteArray(QMetaEnum::fromType<Method>().valueToKey(int(method))).toUpper();
}

QString authenticationErrorMessage(const QString &code)
{
    if (code == "organization_selection_required"_L1)
        return u"The user must choose an organization to sign in to."_s;
    if (code == "mfa_enrollment"_L1)
        return u"The user must enroll in multi-factor authentication to finish signing in."_s;
    if (code == "mfa_challenge"_L1)
        return u"The user must complete a multi-factor authentication challenge."_s;
    if (code == "email_verification_required"_L1)
        return u"Email ownership must be verified before authentication."_s;
    return u"Authentication could not be completed (%1)."_s.arg(code);
}

Reply controlOk(QJsonObject body = {})
{
    body.insert(u"ok"_s, true);
    return Reply::json(body);
}

// RFC 8252 7.3: a native app's redirect goes to the loopback IP literal over plain http, on
// any port. Checked on the raw text and on the parsed URL, so that neither "localhost",
// "127.1" nor "http://127.0.0.1:80@evil.example/" slips through.
bool isLoopbackRedirect(const QString &text)
{
    const bool literalPrefix = text.startsWith("http://127.0.0.1:"_L1)
        || text.startsWith("http://127.0.0.1/"_L1) || text.startsWith("http://[::1]:"_L1)
        || text.startsWith("http://[::1]/"_L1);
    if (!literalPrefix)
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == "http"_L1 && url.userInfo().isEmpty()
        && !url.hasFragment() && (url.host() == "127.0.0.1"_L1 || url.host() == "::1"_L1);
}

// The redirect back to the application with `parameters` added to its query (RFC 6749 4.1.2).
Reply redirectBack(const QString &redirectUri, const QList<std::pair<QString, QString>> &parameters)
{
    QUrl target(redirectUri);
    QUrlQuery query(target);
    for (const auto &[name, value] : parameters) {
        if (!value.isEmpty() || name != "state"_L1)
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    target.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return Reply::bytes("text/plain"_ba, "Redirecting."_ba, Reply::StatusCode::Found)
        .setHeader("Location"_ba, target.toEncoded());
}

} // namespace

DevServer::DevServer(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    auto call = [this](auto member) {
        return
            [this, member](const QHttpServerRequest &request) { return (this->*member)(request); };
    };
    auto noArguments = [](auto action) {
        return [action](const QHttpServerRequest &) { return action(); };
    };

    addRoute(u"/user_management/authorize/device"_s, Method::Post,
             call(&DevServer::authorizeDevice));
    addRoute(u"/user_management/authenticate"_s, Method::Post, call(&DevServer::authenticate));
    addRoute(u"/user_management/authorize"_s, Method::Get, call(&DevServer::webAuthorize));
    addRoute(u"/user_management/authorize"_s, Method::Post, call(&DevServer::webDecision));
    addRoute(u"/user_management/sessions/logout"_s, Method::Get, call(&DevServer::sessionLogout));
    m_http.route(u"/sso/jwks/<arg>"_s, Method::Get,
                 [this](const QString &clientId, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     send(request, std::move(responder), jwks(clientId));
                 });
    addRoute(u"/v1/me"_s, Method::Get, call(&DevServer::me));
    addRoute(u"/device"_s, Method::Get, call(&DevServer::devicePage));
    addRoute(u"/device"_s, Method::Post, call(&DevServer::deviceDecision));

    addRoute(u"/_dev/stats"_s, Method::Get,
             noArguments([this] { return Reply::json(m_stats.toJson()); }));
    addRoute(u"/_dev/approve"_s, Method::Post, [this](const QHttpServerRequest &request) {
        return decide(request, DeviceAuthorizations::Decision::Approved);
    });
    addRoute(u"/_dev/deny"_s, Method::Post, [this](const QHttpServerRequest &request) {
        return decide(request, DeviceAuthorizations::Decision::Denied);
    });
    addRoute(u"/_dev/revoke"_s, Method::Post, noArguments([this] {
                 m_sessions.revokeAll();
                 return controlOk();
             }));
    addRoute(u"/_dev/expire-access"_s, Method::Post, noArguments([this] {
                 m_tokens.retireAll();
                 return controlOk();
             }));
    addRoute(u"/_dev/config"_s, Method::Post, call(&DevServer::configure));
    addRoute(u"/_dev/advance-clock"_s, Method::Post, call(&DevServer::advanceClock));
    addRoute(u"/_dev/reset-stats"_s, Method::Post, noArguments([this] {
                 m_stats.resetCounters();
                 return controlOk();
             }));

    // QHttpServer 6.4 has no multi-segment wildcard, and answers a wrong method with 404:
    // the missing handler serves /v1/* and tells 404 from 405.
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            send(request, std::move(responder), fallback(request));
        });
}

QString DevServer::listen()
{
    auto *tcpServer = new QTcpServer(&m_http);
    if (!tcpServer->listen(QHostAddress::LocalHost, m_options.port)) {
        const QString error = tcpServer->errorString();
        delete tcpServer;
        return error;
    }
    m_http.bind(tcpServer);
    m_port = tcpServer->serverPort();
    m_options.port = m_port;
    m_baseUrl = u"http://127.0.0.1:%1"_s.arg(m_port);
    m_tokens.setIssuer(m_baseUrl);
    return {};
}

void DevServer::addRoute(const QString &path, Method method, Handler handler)
{
    m_routeMethods[path].append(methodName(method));
    m_http.route(path, method,
                 [this, handler = std::move(handler)](const QHttpServerRequest &request,
                                                      QHttpServerResponder &&responder) {
                     send(request, std::move(responder), handler(request));
                 });
}

void DevServer::send(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                     Reply reply)
{
    // Nothing here is cacheable: token replies must not be (RFC 6749 5.1), the rest is state.
    reply.setHeader("Cache-Control"_ba, "no-store"_ba);
    // The path only: queries may carry user codes, and bodies and headers carry secrets.
    const QByteArray logLine = methodName(request.method()) + ' ' + request.url().path().toUtf8()
        + ' ' + QByteArray::number(int(reply.status()));
    if (reply.streamed()) {
        log(logLine + " (streamed)");
        Reply::writeStream(responder.socket(), *reply.streamed());
        return;
    }
    if (reply.delayMs() <= 0) {
        log(logLine);
        reply.response().write(std::move(responder));
        return;
    }
    // A deferred reply: the client may hang up meanwhile, so hold the socket weakly.
    QPointer<QTcpSocket> socket = responder.socket();
    auto heldResponder = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto heldReply = std::make_shared<Reply>(std::move(reply));
    QTimer::singleShot(heldReply->delayMs(), this, [=, this] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            log(logLine + " (client went away)");
            return;
        }
        log(logLine + " (delayed)");
        heldReply->response().write(std::move(*heldResponder));
    });
}

void DevServer::log(const QByteArray &line) const
{
    if (m_options.quiet)
        return;
    const QByteArray time = QTime::currentTime().toString(u"HH:mm:ss.zzz"_s).toLatin1();
    std::fprintf(stderr, "%s %s\n", time.constData(), line.constData());
}

Reply DevServer::fallback(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (path.startsWith("/v1/"_L1) && path != "/v1/me"_L1)
        return api(request);
    if (const auto methods = m_routeMethods.constFind(path); methods != m_routeMethods.cend()) {
        const QString method = QString::fromLatin1(methodName(request.method()));
        return Reply::oauthError("method_not_allowed"_L1,
                                 u"This endpoint does not accept %1."_s.arg(method),
                                 StatusCode::MethodNotAllowed)
            .setHeader("Allow"_ba, methods->join(", "));
    }
    return Reply::oauthError("not_found"_L1, u"No such endpoint."_s, StatusCode::NotFound);
}

namespace {
// With the hostile_text knob, every name the server sends is wrapped in terminal escapes.
QString named(const ServerOptions &options, QLatin1StringView plain)
{
    return options.hostileText ? Hostile::hostileText(plain) : QString(plain);
}
} // namespace

// ---- WorkOS User Management ----------------------------------------------------------------

// A 307 keeps the method and the body: a client that follows it to another host hands that
// host whatever the request carried (form secrets, the Authorization header).
std::optional<Reply> DevServer::redirection(const QHttpServerRequest &request) const
{
    if (m_options.redirectTo.isEmpty())
        return std::nullopt;
    QUrl target(m_options.redirectTo);
    target.setPath(target.path() + request.url().path());
    return Reply::bytes("text/plain"_ba, "Moved."_ba, StatusCode::TemporaryRedirect)
        .setHeader("Location"_ba, target.toEncoded());
}

Reply DevServer::authorizeDevice(const QHttpServerRequest &request)
{
    if (auto redirect = redirection(request))
        return std::move(*redirect);
    const FormData form = FormData::fromRequest(request);
    if (auto rejection = rejectClient(form))
        return std::move(*rejection);

    if (m_options.deviceFlowDisabled) {
        ++m_stats.deviceAuthorizations;
        return Reply::oauthError("access_denied"_L1,
                                 u"The device authorization grant is not enabled for this "
                                 "application."_s,
                                 StatusCode::Forbidden);
    }
    if (auto hostile =
            Hostile::reply(m_options.hostileAuthorize, Hostile::Endpoint::Authorize, m_baseUrl)) {
        ++m_stats.deviceAuthorizations;
        return std::move(*hostile);
    }

    const auto &authorization = m_devices.create(m_options.expiresInSecs, m_options.intervalSecs);
    ++m_stats.deviceAuthorizations;
    m_stats.issuedDeviceCodes.append(authorization.deviceCode);
    m_stats.issuedUserCodes.append(authorization.userCode);

    const QString verificationUri = m_options.verificationUri.isEmpty()
        ? QString(m_baseUrl + "/device"_L1)
        : m_options.verificationUri;
    QJsonObject body {
        {u"device_code"_s, authorization.deviceCode},
        {u"user_code"_s, authorization.userCode},
        {u"verification_uri"_s, verificationUri},
        {u"expires_in"_s, m_options.expiresInSecs},
    };
    if (!m_options.omitOptional || !m_options.verificationUriComplete.isEmpty()) {
        body.insert(u"verification_uri_complete"_s,
                    m_options.verificationUriComplete.isEmpty()
                        ? QString(verificationUri + "?user_code="_L1 + authorization.userCode)
                        : m_options.verificationUriComplete);
    }
    if (!m_options.omitOptional) {
        if (m_options.sendInterval)
            body.insert(u"interval"_s, m_options.intervalSecs);
    }
    return Reply::json(body);
}

Reply DevServer::authenticate(const QHttpServerRequest &request)
{
    if (auto redirect = redirection(request))
        return std::move(*redirect);
    const FormData form = FormData::fromRequest(request);
    const QString grantType = form.value(u"grant_type"_s);
    if (auto hostile = Hostile::reply(m_options.hostileAuthenticate,
                                      Hostile::Endpoint::Authenticate, m_baseUrl)) {
        if (grantType == deviceCodeGrantType)
            ++m_stats.polls;
        else if (grantType == "refresh_token"_L1)
            ++m_stats.refreshRequests;
        else if (grantType == "authorization_code"_L1)
            ++m_stats.codeExchanges;
        return std::move(*hostile);
    }
    if (grantType == deviceCodeGrantType)
        return deviceCodeGrant(form);
    if (grantType == "authorization_code"_L1)
        return authorizationCodeGrant(form);
    if (grantType == organizationSelectionGrantType)
        return organizationSelectionGrant(form);
    if (grantType == "refresh_token"_L1)
        return refreshTokenGrant(form);
    if (grantType.isEmpty())
        return Reply::oauthError("invalid_request"_L1, u"grant_type is required."_s);
    // WorkOS answers an unknown grant with invalid_request, not RFC 6749's
    // unsupported_grant_type.
    return Reply::oauthError("invalid_request"_L1, u"Invalid grant_type."_s);
}

Reply DevServer::deviceCodeGrant(const FormData &form)
{
    ++m_stats.polls;
    if (auto rejection = rejectClient(form))
        return std::move(*rejection);
    const QString deviceCode = form.value(u"device_code"_s);
    if (deviceCode.isEmpty())
        return Reply::oauthError("invalid_request"_L1, u"device_code is required."_s);

    using Outcome = DeviceAuthorizations::PollOutcome;
    const auto poll = m_devices.poll(deviceCode,
                                     {m_options.strictInterval, m_options.failPolls,
                                      m_options.slowDownPolls, m_options.autoApproveAfterMs});
    if (poll.sinceLastPollMs)
        m_stats.pollIntervalsMs.append(*poll.sinceLastPollMs);
    if (poll.sinceIssuedMs)
        m_stats.firstPollDelaysMs.append(*poll.sinceIssuedMs);

    switch (poll.outcome) {
    case Outcome::UnknownCode:
        return Reply::oauthError("invalid_grant"_L1,
                                 u"The device code is invalid or has already been used."_s);
    case Outcome::Expired:
        return Reply::oauthError("expired_token"_L1, u"The device code has expired."_s);
    case Outcome::TooEarly:
        ++m_stats.tooEarlyPolls;
        return Reply::oauthError("slow_down"_L1,
                                 u"Polling too fast: add 5 seconds to the interval."_s);
    case Outcome::Unavailable:
        return Reply::plainStatus(503);
    case Outcome::SlowDown:
        return Reply::oauthError("slow_down"_L1,
                                 u"Polling too fast: add 5 seconds to the interval."_s);
    case Outcome::Pending:
        return Reply::oauthError("authorization_pending"_L1,
                                 u"The user has not yet approved this device."_s);
    case Outcome::Denied:
        return Reply::oauthError("access_denied"_L1, u"The user denied the request."_s);
    case Outcome::Approved:
        if (!m_options.authenticateError.isEmpty())
            return authenticationError();
        return signIn(m_options.identity, {});
    }
    Q_UNREACHABLE();
}

Reply DevServer::authorizationCodeGrant(const FormData &form)
{
    ++m_stats.codeExchanges;
    if (auto rejection = rejectClient(form))
        return std::move(*rejection);
    const QString code = form.value(u"code"_s);
    if (code.isEmpty())
        return Reply::oauthError("invalid_request"_L1, u"code is required."_s);
    // A public client proves possession with the verifier; there is no secret to fall back on.
    const QString verifier = form.value(u"code_verifier"_s);
    if (verifier.isEmpty()) {
        return Reply::oauthError("invalid_request"_L1,
                                 u"code_verifier is required when no client_secret is sent."_s);
    }

    using Redemption = AuthorizationCodes::Redemption;
    const auto redeemed = m_codes.redeem(code, form.value(u"client_id"_s), verifier);
    switch (redeemed.status) {
    case Redemption::Ok:
        break;
    case Redemption::WrongVerifier:
        return Reply::oauthError("invalid_grant"_L1,
                                 u"The code_verifier does not match the code_challenge."_s);
    case Redemption::AlreadyUsed:
    case Redemption::Expired:
    case Redemption::WrongClient:
    case Redemption::Unknown:
        return Reply::oauthError("invalid_grant"_L1, u"The code has expired or is invalid."_s);
    }
    if (!m_options.authenticateError.isEmpty())
        return authenticationError();
    Reply reply = signIn(redeemed.grant.identity, redeemed.grant.organizationId);
    if (reply.status() == StatusCode::Ok)
        ++m_stats.codeExchangeSuccesses;
    return reply;
}

Reply DevServer::organizationSelectionGrant(const FormData &form)
{
    ++m_stats.organizationSelections;
    if (auto rejection = rejectClient(form))
        return std::move(*rejection);
    const QString token = form.value(u"pending_authentication_token"_s);
    if (token.isEmpty())
        return Reply::oauthError("invalid_request"_L1,
                                 u"pending_authentication_token is required."_s);
    const QString organizationId = form.value(u"organization_id"_s);
    if (organizationId.isEmpty())
        return Reply::oauthError("invalid_request"_L1, u"organization_id is required."_s);

    const auto identity = m_pending.identityOf(token);
    if (!identity)
        return Reply::oauthError("invalid_grant"_L1,
                                 u"The pending authentication token has expired or is invalid."_s);
    // The token stays usable after a wrong choice, so that the user can pick again.
    if (!identityNamed(*identity).isMemberOf(organizationId)) {
        return Reply::oauthError(
            "invalid_grant"_L1,
            u"The user is not a member of organization %1."_s.arg(organizationId));
    }
    m_pending.consume(token);
    ++m_stats.organizationSelectionSuccesses;
    return tokens(m_sessions.start(*identity, organizationId));
}

Reply DevServer::signIn(const QString &identityName, const QString &organizationId)
{
    const Identity &identity = identityNamed(identityName);
    if (!organizationId.isEmpty()) {
        if (!identity.isMemberOf(organizationId)) {
            return Reply::oauthError(
                "invalid_grant"_L1,
                u"The user is not a member of organization %1."_s.arg(organizationId));
        }
        return tokens(m_sessions.start(identityName, organizationId));
    }
    if (!identity.needsOrganizationChoice())
        return tokens(m_sessions.start(identityName, identity.implicitOrganization()));

    ++m_stats.organizationSelectionsRequired;
    const QString token = m_pending.create(identityName);
    m_stats.issuedPendingAuthenticationTokens.append(token);
    QJsonArray organizations;
    for (const Organization &organization : identity.memberships) {
        organizations.append(QJsonObject {{u"id"_s, QString(organization.id)},
                                          {u"name"_s, named(m_options, organization.name)}});
    }
    return Reply::json(
        {
            {u"code"_s, u"organization_selection_required"_s},
            {u"message"_s, authenticationErrorMessage(u"organization_selection_required"_s)},
            {u"pending_authentication_token"_s, token},
            {u"user"_s, userObject(identityName)},
            {u"organizations"_s, organizations},
        },
        StatusCode::Forbidden);
}

Reply DevServer::refreshTokenGrant(const FormData &form)
{
    ++m_stats.refreshRequests;
    Reply reply = redeemRefreshToken(form);
    reply.setDelayMs(m_options.refreshDelayMs);
    return reply;
}

Reply DevServer::redeemRefreshToken(const FormData &form)
{
    // Injected failures come first, as from a proxy in front: nothing is rotated.
    if (m_options.refreshFailCount > 0) {
        --m_options.refreshFailCount;
        return Reply::plainStatus(m_options.refreshFailStatus);
    }
    if (auto rejection = rejectClient(form))
        return std::move(*rejection);
    const QString refreshToken = form.value(u"refresh_token"_s);
    if (refreshToken.isEmpty())
        return Reply::oauthError("invalid_request"_L1, u"refresh_token is required."_s);

    // Switching to an organization the user is not in fails before the token is used up, so
    // the client keeps its session in the old organization.
    const QString organizationId = form.value(u"organization_id"_s);
    if (const auto checked = m_sessions.check(refreshToken); !organizationId.isEmpty()
        && checked.status == Sessions::Redemption::Ok
        && !identityNamed(m_sessions.identityOf(checked.sessionId)).isMemberOf(organizationId)) {
        return Reply::oauthError(
            "invalid_grant"_L1,
            u"The user is not a member of organization %1."_s.arg(organizationId));
    }

    const auto redeemed = m_sessions.redeem(refreshToken);
    switch (redeemed.status) {
    case Sessions::Redemption::Ok:
        ++m_stats.refreshSuccesses;
        if (!organizationId.isEmpty()) {
            m_sessions.moveTo(redeemed.sessionId, organizationId);
            ++m_stats.organizationSwitches;
        }
        return tokens(redeemed.sessionId);
    case Sessions::Redemption::AlreadyUsed:
        return Reply::oauthError("invalid_grant"_L1, u"Refresh token already exchanged."_s);
    case Sessions::Redemption::Revoked:
        return Reply::oauthError("invalid_grant"_L1,
                                 u"Refresh token is invalid: the session has ended."_s);
    case Sessions::Redemption::Unknown:
        break;
    }
    return Reply::oauthError("invalid_grant"_L1, u"Refresh token is invalid."_s);
}

// WorkOS's second error shape, {code, message, ...}, as sent for e.g. an org choice.
Reply DevServer::authenticationError() const
{
    const QString &code = m_options.authenticateError;
    QJsonObject body {
        {u"code"_s, code},
        {u"message"_s, authenticationErrorMessage(code)},
        {u"pending_authentication_token"_s, Random::urlSafeToken(24)},
        {u"user"_s, userObject(m_options.identity)},
    };
    if (code == "organization_selection_required"_L1) {
        QJsonArray organizations;
        for (const Organization &organization : identityNamed(u"multi-org"_s).memberships) {
            organizations.append(QJsonObject {{u"id"_s, QString(organization.id)},
                                              {u"name"_s, QString(organization.name)}});
        }
        body.insert(u"organizations"_s, organizations);
    }
    return Reply::json(body, StatusCode::Forbidden);
}

Reply DevServer::tokens(const QString &sessionId)
{
    const QString identityName = m_sessions.identityOf(sessionId);
    const Identity &identity = identityNamed(identityName);
    const QString orgId = m_options.omitOptional ? QString() : m_sessions.organizationOf(sessionId);
    const QString accessToken =
        m_tokens.mint(identity.id, sessionId, orgId, m_options.accessTtlSecs);
    const QString refreshToken = Random::urlSafeToken(32);
    m_sessions.addRefreshToken(refreshToken, sessionId);
    m_stats.issuedAccessTokens.append(accessToken);
    m_stats.issuedRefreshTokens.append(refreshToken);

    QJsonObject body {
        {u"user"_s, userObject(identityName)},
        {u"access_token"_s, accessToken},
        {u"refresh_token"_s, refreshToken},
    };
    if (!m_options.omitOptional) {
        // WorkOS sends null, not "", for a user without an organization.
        body.insert(u"organization_id"_s, orgId.isEmpty() ? QJsonValue() : QJsonValue(orgId));
        body.insert(u"authentication_method"_s, u"Password"_s);
        body.insert(u"impersonator"_s, QJsonValue::Null);
    }
    return Reply::json(body);
}

std::optional<Reply> DevServer::rejectClient(const FormData &form) const
{
    const QString clientId = form.value(u"client_id"_s);
    if (clientId.isEmpty())
        return Reply::oauthError("invalid_request"_L1, u"client_id is required."_s);
    if (!m_options.clientId.isEmpty() && clientId != m_options.clientId)
        return Reply::oauthError("invalid_client"_L1, u"Unknown client."_s);
    return std::nullopt;
}

// The whole WorkOS user object, with null wherever WorkOS sends null.
QJsonObject DevServer::userObject(const QString &identityName) const
{
    const Identity &identity = identityNamed(identityName);
    return {
        {u"object"_s, u"user"_s},
        {u"id"_s, QString(identity.id)},
        {u"email"_s, named(m_options, identity.email)},
        {u"email_verified"_s, true},
        {u"first_name"_s, named(m_options, identity.firstName)},
        {u"last_name"_s, named(m_options, identity.lastName)},
        {u"name"_s, QJsonValue::Null},
        {u"profile_picture_url"_s, QJsonValue::Null},
        {u"external_id"_s, QJsonValue::Null},
        {u"last_sign_in_at"_s, u"2024-06-01T12:00:00.000Z"_s},
        {u"locale"_s, QJsonValue::Null},
        {u"metadata"_s, QJsonObject {}},
        {u"created_at"_s, u"2024-01-15T09:30:00.000Z"_s},
        {u"updated_at"_s, u"2024-06-01T12:00:00.000Z"_s},
    };
}

// Public, no API key: ends the session (its refresh tokens get invalid_grant, its access
// tokens 401) and redirects, as WorkOS does. Idempotent.
Reply DevServer::sessionLogout(const QHttpServerRequest &request)
{
    const QString sessionId = request.query().queryItemValue(u"session_id"_s, QUrl::FullyDecoded);
    ++m_stats.sessionLogouts;
    if (sessionId.isEmpty())
        return Reply::oauthError("invalid_request"_L1, u"session_id is required."_s);
    if (m_sessions.end(sessionId))
        m_stats.endedSessions.append(sessionId);
    QString returnTo = request.query().queryItemValue(u"return_to"_s, QUrl::FullyDecoded);
    if (returnTo.isEmpty())
        returnTo = m_baseUrl + u"/"_s;
    return Reply::bytes("text/plain"_ba, "Signed out."_ba, StatusCode::Found)
        .setHeader("Location"_ba, returnTo.toUtf8());
}

Reply DevServer::jwks(const QString &clientId) const
{
    if (!m_options.clientId.isEmpty() && clientId != m_options.clientId)
        return Reply::oauthError("not_found"_L1, u"Unknown client."_s, StatusCode::NotFound);
    return Reply::json(m_tokens.jwks());
}

// ---- Browser sign-in -----------------------------------------------------------------------

// GET /user_management/authorize. A request that cannot be trusted with a redirect (unknown
// client, redirect_uri not loopback) gets a 400 page; other mistakes go back to the
// application as ?error= (RFC 6749 4.1.2.1).
Reply DevServer::webAuthorize(const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    auto parameter = [&query](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    AuthorizationCodes::Request authorization;
    authorization.clientId = parameter(u"client_id"_s);
    authorization.redirectUri = parameter(u"redirect_uri"_s);
    authorization.state = parameter(u"state"_s);
    authorization.codeChallenge = parameter(u"code_challenge"_s);
    authorization.organizationId = parameter(u"organization_id"_s);
    authorization.loginHint = parameter(u"login_hint"_s);

    if (authorization.clientId.isEmpty())
        return Reply::html(AuthorizePage::refusal(u"client_id is required."_s),
                           StatusCode::BadRequest);
    if (!m_options.clientId.isEmpty() && authorization.clientId != m_options.clientId)
        return Reply::html(AuthorizePage::refusal(u"Unknown client."_s), StatusCode::BadRequest);
    if (!isLoopbackRedirect(authorization.redirectUri)) {
        return Reply::html(
            AuthorizePage::refusal(u"The redirect_uri must be http://127.0.0.1 or http://[::1] "
                                   "(any port): %1"_s.arg(authorization.redirectUri)),
            StatusCode::BadRequest);
    }
    const auto error = [&](const QString &code, const QString &description) {
        return redirectBack(authorization.redirectUri,
                            {{u"error"_s, code},
                             {u"error_description"_s, description},
                             {u"state"_s, authorization.state}});
    };
    if (parameter(u"response_type"_s) != "code"_L1)
        return error(u"unsupported_response_type"_s, u"response_type must be code."_s);
    if (parameter(u"provider"_s) != "authkit"_L1)
        return error(u"invalid_request"_s, u"provider must be authkit."_s);
    if (parameter(u"code_challenge_method"_s) != "S256"_L1)
        return error(u"invalid_request"_s, u"code_challenge_method must be S256."_s);
    if (!AuthorizationCodes::isWellFormed(authorization.codeChallenge))
        return error(u"invalid_request"_s,
                     u"code_challenge must be 43 to 128 base64url characters."_s);

    ++m_stats.webAuthorizations;
    switch (m_options.webDecision) {
    case ServerOptions::WebDecision::Approve:
        return finishWebAuthorization(authorization, true);
    case ServerOptions::WebDecision::Deny:
        return finishWebAuthorization(authorization, false);
    case ServerOptions::WebDecision::Ask:
        break;
    }
    const QString handle = m_codes.hold(authorization);
    return Reply::html(AuthorizePage::approval(
        authorization, handle, named(m_options, identityNamed(m_options.identity).email)));
}

// POST /user_management/authorize: the approval page's Approve or Deny.
Reply DevServer::webDecision(const QHttpServerRequest &request)
{
    const FormData form = FormData::fromUrlEncoded(request.body());
    const QString action = form.value(u"action"_s);
    if (action != "approve"_L1 && action != "deny"_L1)
        return Reply::html(AuthorizePage::refusal(u"Choose Approve or Deny."_s),
                           StatusCode::BadRequest);
    const auto authorization = m_codes.take(form.value(u"authorization"_s));
    if (!authorization) {
        return Reply::html(AuthorizePage::refusal(
                               u"This sign-in request is unknown, expired or already decided."_s),
                           StatusCode::BadRequest);
    }
    return finishWebAuthorization(*authorization, action == "approve"_L1);
}

Reply DevServer::finishWebAuthorization(const AuthorizationCodes::Request &authorization,
                                        bool approved)
{
    if (!approved) {
        ++m_stats.webDenials;
        return redirectBack(authorization.redirectUri,
                            {{u"error"_s, u"access_denied"_s},
                             {u"error_description"_s, u"The user denied the request."_s},
                             {u"state"_s, authorization.state}});
    }
    ++m_stats.webApprovals;
    const QString code = m_codes.issue(authorization, m_options.identity);
    m_stats.issuedAuthorizationCodes.append(code);
    return redirectBack(authorization.redirectUri,
                        {{u"code"_s, code}, {u"state"_s, authorization.state}});
}

// ---- Astro API -----------------------------------------------------------------------------

Reply DevServer::me(const QHttpServerRequest &request)
{
    if (auto redirect = redirection(request))
        return std::move(*redirect);
    ++m_stats.meRequests;
    AccessClaims claims;
    if (auto rejection = rejectBearer(request, &claims))
        return std::move(*rejection);

    QJsonObject body {
        {u"user"_s,
         QJsonObject {
             {u"id"_s, claims.subject},
             {u"email"_s,
              named(m_options, identityNamed(m_sessions.identityOf(claims.sessionId)).email)},
             {u"first_name"_s,
              named(m_options, identityNamed(m_sessions.identityOf(claims.sessionId)).firstName)},
             {u"last_name"_s,
              named(m_options, identityNamed(m_sessions.identityOf(claims.sessionId)).lastName)}}},
        {u"account"_s,
         QJsonObject {{u"id"_s, named(m_options, accountId)},
                      {u"name"_s, named(m_options, accountName)},
                      {u"plan"_s, named(m_options, accountPlan)}}},
    };
    if (!claims.organizationId.isEmpty())
        body.insert(u"organization_id"_s, claims.organizationId);
    return Reply::json(body);
}

// Any other /v1 path echoes the request, so `ast api -X ... -d ...` can be checked end to end.
Reply DevServer::api(const QHttpServerRequest &request)
{
    if (auto redirect = redirection(request))
        return std::move(*redirect);
    if (auto rejection = rejectBearer(request, nullptr))
        return std::move(*rejection);
    return Reply::json({
        {u"method"_s, QString::fromLatin1(methodName(request.method()))},
        {u"path"_s, request.url().path()},
        {u"query"_s, request.url().query(QUrl::FullyDecoded)},
        {u"body"_s, QString::fromUtf8(request.body())},
    });
}

std::optional<Reply> DevServer::rejectBearer(const QHttpServerRequest &request,
                                             AccessClaims *claims)
{
    const QByteArray authorization = request.value("Authorization"_ba).trimmed();
    // RFC 6750 3.1: a request without credentials gets a challenge without an error code.
    if (authorization.isEmpty()) {
        ++m_stats.apiUnauthorized;
        return Reply::json(
                   {{u"code"_s, u"unauthorized"_s}, {u"message"_s, u"Authentication required."_s}},
                   StatusCode::Unauthorized)
            .setHeader("WWW-Authenticate"_ba, "Bearer"_ba);
    }

    QString problem;
    if (!authorization.toLower().startsWith("bearer ")) {
        problem = u"Expected a Bearer token."_s;
    } else {
        const auto verification =
            m_tokens.verify(QString::fromLatin1(authorization.mid(7).trimmed()));
        switch (verification.verdict) {
        case TokenIssuer::Verdict::Valid:
            if (m_sessions.isActive(verification.claims.sessionId)) {
                if (claims)
                    *claims = verification.claims;
                return std::nullopt;
            }
            problem = u"The session has been revoked."_s;
            break;
        case TokenIssuer::Verdict::Malformed:
            problem = u"The access token is malformed."_s;
            break;
        case TokenIssuer::Verdict::BadSignature:
            problem = u"The access token signature is invalid."_s;
            break;
        case TokenIssuer::Verdict::Expired:
        case TokenIssuer::Verdict::Retired:
            problem = u"The access token has expired."_s;
            break;
        }
    }
    ++m_stats.apiUnauthorized;
    return Reply::oauthError("invalid_token"_L1, problem, StatusCode::Unauthorized)
        .setHeader("WWW-Authenticate"_ba, R"(Bearer error="invalid_token")"_ba);
}

// ---- Verification page ---------------------------------------------------------------------

Reply DevServer::devicePage(const QHttpServerRequest &request)
{
    const QString userCode = request.query().queryItemValue(u"user_code"_s, QUrl::FullyDecoded);
    return Reply::html(DevicePage::form(userCode));
}

Reply DevServer::deviceDecision(const QHttpServerRequest &request)
{
    const FormData form = FormData::fromUrlEncoded(request.body());
    const QString action = form.value(u"action"_s);
    using Decision = DeviceAuthorizations::Decision;
    using Outcome = DevicePage::Outcome;
    if (action != "approve"_L1 && action != "deny"_L1)
        return Reply::html(DevicePage::result(Outcome::NoAction), StatusCode::BadRequest);

    const bool approve = action == "approve"_L1;
    switch (m_devices.decide(form.value(u"user_code"_s),
                             approve ? Decision::Approved : Decision::Denied)) {
    case DeviceAuthorizations::DecideResult::Ok:
        return Reply::html(DevicePage::result(approve ? Outcome::Approved : Outcome::Denied));
    case DeviceAuthorizations::DecideResult::AlreadyDecided:
        return Reply::html(DevicePage::result(Outcome::AlreadyUsed), StatusCode::Conflict);
    case DeviceAuthorizations::DecideResult::Unknown:
        break;
    }
    return Reply::html(DevicePage::result(Outcome::UnknownCode), StatusCode::BadRequest);
}

// ---- Test controls -------------------------------------------------------------------------

Reply DevServer::decide(const QHttpServerRequest &request, DeviceAuthorizations::Decision decision)
{
    const FormData form = FormData::fromRequest(request);
    switch (m_devices.decide(form.value(u"user_code"_s), decision)) {
    case DeviceAuthorizations::DecideResult::Ok:
        return controlOk();
    case DeviceAuthorizations::DecideResult::AlreadyDecided:
        return Reply::oauthError("already_decided"_L1,
                                 u"The code was already decided or exchanged."_s,
                                 StatusCode::Conflict);
    case DeviceAuthorizations::DecideResult::Unknown:
        break;
    }
    return Reply::oauthError("not_found"_L1, u"Unknown or expired user code."_s,
                             StatusCode::NotFound);
}

Reply DevServer::configure(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Reply::oauthError("invalid_request"_L1, u"Expected a JSON object."_s);
    if (const QString error = m_options.apply(document.object()); !error.isEmpty())
        return Reply::oauthError("invalid_request"_L1, error);
    return Reply::json(m_options.toJson());
}

// {"seconds": N}: moves the clock of authorization codes and pending authentication tokens.
Reply DevServer::advanceClock(const QHttpServerRequest &request)
{
    const QJsonValue seconds = QJsonDocument::fromJson(request.body()).object().value(u"seconds"_s);
    if (!seconds.isDouble() || seconds.toDouble() < 0 || seconds.toDouble() > 86400 * 365)
        return Reply::oauthError("invalid_request"_L1,
                                 u"Expected {\"seconds\": N} with N from 0 to a year."_s);
    m_clock.advance(qint64(seconds.toDouble() * 1000));
    return controlOk();
}

} // namespace astro::devserver
