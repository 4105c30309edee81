#include "SignInController.h"

#include "HttpClient.h"
#include "SessionManager.h"
#include "SessionStore.h"
#include "UrlPolicy.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLoggingCategory>

namespace ast::tray {

Q_LOGGING_CATEGORY(lcSignIn, "astro.tray.signin", QtWarningMsg)

SignInController::SignInController(HttpClient *http, SessionManager *sessions, Settings settings,
                                   QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_sessions(sessions)
    , m_settings(std::move(settings))
    , m_profile(m_settings.profile)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInController::tick);
}

SignInController::~SignInController()
{
    dropFlow();
}

QString SignInController::phaseName() const
{
    switch (m_phase) {
    case Phase::Idle:
        return QStringLiteral("idle");
    case Phase::Starting:
        return QStringLiteral("starting");
    case Phase::Waiting:
        return QStringLiteral("waiting");
    case Phase::Saving:
        return QStringLiteral("saving");
    case Phase::Succeeded:
        return QStringLiteral("succeeded");
    case Phase::Failed:
        return QStringLiteral("failed");
    case Phase::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool SignInController::isActive() const
{
    return m_phase == Phase::Starting || m_phase == Phase::Waiting || m_phase == Phase::Saving;
}

QString SignInController::browserUrl() const
{
    return m_authorization.browserUrl().toString(QUrl::FullyEncoded);
}

QString SignInController::qrSource() const
{
    if (m_authorization.userCode.isEmpty())
        return {};
    // Base64url keeps the URL intact through QML's image URL handling.
    return QStringLiteral("image://qr/")
        + QString::fromLatin1(browserUrl().toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                             | QByteArray::OmitTrailingEquals));
}

void SignInController::start()
{
    if (isActive())
        return;
    dropFlow();
    m_authorization = {};
    m_errorText.clear();
    m_signedInAs.clear();
    m_codeCopied = false;
    m_notice.clear();
    Q_EMIT codeChanged();
    Q_EMIT noticeChanged();

    auto data = m_sessions->store()->load();
    if (!data)
        return onFailed(data.error());
    m_server = m_settings.serverFor(data->find(m_profile));
    for (const auto &[url, role] : {std::pair {m_server, UrlPolicy::Role::Server},
                                    std::pair {m_settings.authUrl, UrlPolicy::Role::AuthUrl}}) {
        if (const Status refused = UrlPolicy::check(url, role))
            return onFailed(*refused);
    }

    setPhase(Phase::Starting);
    m_flow = new DeviceAuthorizationFlow(m_http, m_settings.authUrl, m_settings.clientId,
                                         Clock::system(), this);
    connect(m_flow, &DeviceAuthorizationFlow::userCodeReady, this, &SignInController::onCodeReady);
    connect(m_flow, &DeviceAuthorizationFlow::pollingDelayed, this,
            [this](const Error &error, int retryInSecs) {
                qCDebug(lcSignIn) << "polling delayed:" << userMessage(error);
                // Shown until the retry is past; a new delay replaces it.
                setNotice(
                    error.kind == ErrorKind::ServerUnavailable
                        ? tr("The server is busy. Retrying in %n s…", nullptr, retryInSecs)
                        : tr("Can't reach the server. Retrying in %n s…", nullptr, retryInSecs),
                    QDateTime::currentDateTimeUtc().addSecs(retryInSecs + 2));
            });
    connect(m_flow, &DeviceAuthorizationFlow::succeeded, this, &SignInController::onSucceeded);
    connect(m_flow, &DeviceAuthorizationFlow::failed, this, &SignInController::onFailed);
    m_flow->start();
}

void SignInController::cancel()
{
    if (m_phase == Phase::Saving)
        return; // the atomic write is short; let it finish
    const bool wasActive = isActive();
    dropFlow();
    m_countdown.stop();
    if (wasActive)
        setPhase(Phase::Cancelled);
}

void SignInController::copyCode()
{
    if (m_authorization.userCode.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_authorization.userCode);
    m_codeCopied = true;
    Q_EMIT noticeChanged();
}

bool SignInController::openBrowser()
{
    const QUrl url = m_authorization.browserUrl();
    if (url.isEmpty())
        return false;
    // docs/protocol.md, "URLs": never open a verification URL that is not https (or loopback http).
    if (const Status refused = UrlPolicy::check(url, UrlPolicy::Role::VerificationUrl)) {
        setNotice(userMessage(*refused));
        return false;
    }
    if (!m_openUrl(url)) {
        setNotice(tr("Could not open a browser. Open %1 yourself.").arg(verificationUri()));
        return false;
    }
    qCDebug(lcSignIn) << "opened the browser";
    return true;
}

void SignInController::onCodeReady(const DeviceAuthorization &authorization,
                                   const QDateTime &expiresAt)
{
    m_authorization = authorization;
    m_expiresAt = expiresAt;
    m_secondsLeft = int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expiresAt)));
    Q_EMIT codeChanged();
    Q_EMIT secondsLeftChanged();
    setPhase(Phase::Waiting);
    m_countdown.start();
    openBrowser();
}

void SignInController::onSucceeded(const Authentication &authentication)
{
    m_countdown.stop();
    ProfileRecord record;
    record.name = m_profile;
    record.server = m_server;
    record.authUrl = m_settings.authUrl;
    record.clientId = m_settings.clientId;
    record.user = authentication.user;
    record.organizationId = authentication.organizationId;
    record.sessionId = authentication.sessionId;
    record.accessReceivedAt = authentication.tokens.receivedAt;
    record.accessExpiresAt = authentication.tokens.accessExpiresAt;
    setPhase(Phase::Saving);
    m_sessions->saveLogin(record, authentication.tokens.tokens,
                          [this, record](Result<StorageKind> kind) mutable {
                              if (!kind)
                                  return onFailed(kind.error());
                              record.storage = kind.value();
                              m_signedInAs = record.user.email.isEmpty() ? record.user.displayName()
                                                                         : record.user.email;
                              dropFlow();
                              setPhase(Phase::Succeeded);
                              Q_EMIT signedIn(record);
                          });
}

void SignInController::onFailed(const Error &error)
{
    m_countdown.stop();
    switch (error.kind) {
    case ErrorKind::AccessDenied:
        m_errorText = tr("Sign-in was denied in the browser. Nothing was stored.");
        break;
    case ErrorKind::ExpiredToken:
        m_errorText = tr("The code expired before it was approved. Try again to get a new one.");
        break;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        m_errorText = tr("Can't reach the sign-in server. Check your connection and try again.");
        break;
    default:
        m_errorText = userMessage(error);
        break;
    }
    qCDebug(lcSignIn) << "sign-in failed:" << userMessage(error);
    dropFlow();
    setPhase(Phase::Failed);
}

void SignInController::tick()
{
    m_secondsLeft = int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt)));
    Q_EMIT secondsLeftChanged();
    if (!m_notice.isEmpty() && m_noticeUntil.isValid()
        && QDateTime::currentDateTimeUtc() > m_noticeUntil)
        setNotice({});
    // The flow ends itself at expiry (with a failure); the countdown only shows it.
}

void SignInController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged();
}

void SignInController::setNotice(const QString &notice, const QDateTime &until)
{
    m_noticeUntil = until;
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void SignInController::dropFlow()
{
    if (!m_flow)
        return;
    m_flow->disconnect(this);
    m_flow->cancel();
    m_flow->deleteLater();
    m_flow = nullptr;
}

} // namespace ast::tray
