#include "core/DeviceAuthorizationFlow.h"

#include "core/HttpClient.h"
#include "core/Logging.h"
#include "core/UrlPolicy.h"

using namespace std::chrono;

namespace ast {

DeviceAuthorizationFlow::DeviceAuthorizationFlow(HttpClient *http, QUrl authBase, QString clientId,
                                                 Clock *clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_authBase(std::move(authBase))
    , m_clientId(std::move(clientId))
    , m_clock(clock)
{
}

DeviceAuthorizationFlow::~DeviceAuthorizationFlow()
{
    HttpClient::abort(m_inFlight);
}

void DeviceAuthorizationFlow::start()
{
    Q_ASSERT(m_state == State::Idle);
    m_state = State::Starting;
    if (const Status refused = WorkOs::checkSignInTarget(m_authBase, m_clientId))
        return fail(*refused);
    qCDebug(lcFlow) << "requesting a device code from" << m_authBase.toString();
    m_inFlight = m_http->postForm(
        WorkOs::authorizeDeviceUrl(m_authBase), WorkOs::authorizeDeviceForm(m_clientId),
        [this](const HttpResult &result) { onAuthorizationReply(result); });
}

void DeviceAuthorizationFlow::cancel()
{
    if (m_state != State::Starting && m_state != State::Polling)
        return;
    qCDebug(lcFlow) << "cancelled";
    m_state = State::Cancelled;
    ++m_epoch;
    HttpClient::abort(m_inFlight);
}

void DeviceAuthorizationFlow::onAuthorizationReply(const HttpResult &result)
{
    m_inFlight = nullptr;
    if (result.status != 200 || !result.gotReply()) { // a 200 cut off at the size cap too
        Error error = WorkOs::classifyFailure(result);
        // Before a code exists, "access_denied" means the client is not allowed to start
        // (e.g. CLI Auth not enabled), not that a user said no.
        if (error.kind == ErrorKind::AccessDenied && result.status == 403)
            error.kind = ErrorKind::DeviceFlowDisabled;
        else if (error.kind == ErrorKind::AccessDenied || error.kind == ErrorKind::InvalidGrant
                 || error.kind == ErrorKind::ExpiredToken)
            error.kind = ErrorKind::ServerRefused;
        return fail(error);
    }
    auto authorization = WorkOs::parseDeviceAuthorization(result.body);
    if (!authorization)
        return fail(authorization.error());
    for (const QUrl &url :
         {authorization->verificationUri, authorization->verificationUriComplete}) {
        if (url.isEmpty())
            continue;
        // The server chose this URL, not the user: an unexpected reply, and nothing opens.
        if (const Status refused = UrlPolicy::check(url, UrlPolicy::Role::VerificationUrl))
            return fail({ErrorKind::BadReply, {}, refused->detail});
    }
    m_authorization = authorization.value();
    m_intervalSecs = m_authorization.intervalSecs;
    m_expiresAt = m_clock->now().addSecs(m_authorization.expiresInSecs);
    m_state = State::Polling;
    qCDebug(lcFlow) << "device code received; interval" << m_intervalSecs << "s, expires in"
                    << m_authorization.expiresInSecs << "s";
    Q_EMIT userCodeReady(m_authorization, m_expiresAt);
    if (m_state == State::Polling) // a receiver may have cancelled
        scheduleNextPoll(seconds(m_intervalSecs));
}

void DeviceAuthorizationFlow::scheduleNextPoll(milliseconds delay)
{
    const QDateTime now = m_clock->now();
    const qint64 untilExpiry = now.msecsTo(m_expiresAt);
    const quint64 epoch = m_epoch;
    if (delay.count() >= untilExpiry) {
        // A poll after expiry can only be refused; end when the code does.
        qCDebug(lcFlow) << "no poll fits before the code expires";
        m_clock->callAfter(milliseconds(std::max<qint64>(0, untilExpiry)), this, [this, epoch] {
            if (epoch == m_epoch && m_state == State::Polling)
                fail({ErrorKind::ExpiredToken});
        });
        return;
    }
    m_clock->callAfter(delay, this, [this, epoch] {
        if (epoch == m_epoch && m_state == State::Polling)
            poll();
    });
}

void DeviceAuthorizationFlow::poll()
{
    Q_ASSERT(!m_inFlight);
    ++m_pollCount;
    qCDebug(lcFlow) << "poll" << m_pollCount;
    m_inFlight = m_http->postForm(WorkOs::authenticateUrl(m_authBase),
                                  WorkOs::deviceCodeForm(m_clientId, m_authorization.deviceCode),
                                  [this](const HttpResult &result) { onPollReply(result); });
}

void DeviceAuthorizationFlow::onPollReply(const HttpResult &result)
{
    m_inFlight = nullptr;
    if (m_state != State::Polling)
        return;
    // Over the size cap: not a hiccup worth retrying, and its status says nothing.
    if (result.tooLarge)
        return fail(result.transportError());
    if (result.status == 200) {
        auto authentication = WorkOs::parseAuthentication(result.body, m_clock->now());
        if (!authentication)
            return fail(authentication.error());
        m_state = State::Succeeded;
        qCDebug(lcFlow) << "approved after" << m_pollCount << "polls";
        Q_EMIT succeeded(authentication.value());
        return;
    }
    if (result.gotReply() && !result.isTransient()) {
        const auto reply = WorkOs::parseErrorReply(result.body);
        const QString code = reply ? reply->code : QString();
        if (code == QLatin1String("authorization_pending")) {
            m_backoffSecs = 0;
            return scheduleNextPoll(seconds(m_intervalSecs));
        }
        if (code == QLatin1String("slow_down")) {
            m_backoffSecs = 0;
            m_intervalSecs += SlowDownStepSecs;
            qCDebug(lcFlow) << "slow_down: interval now" << m_intervalSecs << "s";
            return scheduleNextPoll(seconds(m_intervalSecs));
        }
        Error error = WorkOs::classifyFailure(result);
        // A lapsed or used device code may come back as invalid_grant (research P3).
        if (error.kind == ErrorKind::InvalidGrant)
            error.kind = ErrorKind::ExpiredToken;
        return fail(error);
    }
    // Offline, timed out or the server is struggling: back off, but keep trying (RFC 8628 3.5).
    m_backoffSecs =
        std::min(MaxBackoffSecs, m_backoffSecs == 0 ? m_intervalSecs * 2 : m_backoffSecs * 2);
    const int waitSecs =
        std::max({m_intervalSecs, m_backoffSecs, result.retryAfterSeconds.value_or(0)});
    const Error error = result.transportError();
    qCDebug(lcFlow) << "poll failed (kind" << int(error.kind) << "status" << result.status
                    << "); retrying in" << waitSecs << "s";
    Q_EMIT pollingDelayed(error, waitSecs);
    if (m_state == State::Polling)
        scheduleNextPoll(seconds(waitSecs));
}

void DeviceAuthorizationFlow::fail(Error error)
{
    m_state = State::Failed;
    ++m_epoch;
    qCDebug(lcFlow) << "failed: kind" << int(error.kind) << "code" << error.code;
    Q_EMIT failed(error);
}

} // namespace ast
