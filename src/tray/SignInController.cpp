#include "tray/SignInController.h"

#include "core/UrlPolicy.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlEngine>

namespace ast::tray {

Q_LOGGING_CATEGORY(lcSignIn, "astro.tray.signin", QtWarningMsg)

namespace {
// SignInWindow.qml compares the phase with SignInController.Waiting etc. (import Astro.Tray):
// one enum, no strings.
void registerSignInControllerForQml()
{
    qmlRegisterUncreatableType<SignInController>("Astro.Tray", 1, 0, "SignInController",
                                                 QStringLiteral("created by the tray"));
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(registerSignInControllerForQml)

SignInController::SignInController(HttpClient *http, SessionManager *sessions, Settings settings,
                                   Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_signIn(http, sessions, std::move(settings), clock)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    connect(&m_signIn, &SignIn::codeReady, this, &SignInController::onCodeReady);
    connect(&m_signIn, &SignIn::authorizeUrlReady, this, &SignInController::onAuthorizeUrlReady);
    connect(&m_signIn, &SignIn::pollingDelayed, this, &SignInController::onPollingDelayed);
    connect(&m_signIn, &SignIn::saving, this, [this] {
        stopCountdown();
        setPhase(Phase::Saving);
    });
    connect(&m_signIn, &SignIn::succeeded, this, &SignInController::onSucceeded);
    connect(&m_signIn, &SignIn::failed, this, &SignInController::onFailed);
}

SignInController::~SignInController() = default;

bool SignInController::isActive() const
{
    return m_phase == Phase::Starting || m_phase == Phase::Waiting
        || m_phase == Phase::WaitingForBrowser || m_phase == Phase::Saving;
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

void SignInController::reset()
{
    stopCountdown();
    m_authorization = {};
    m_authorizeUrl.clear();
    m_totalSeconds = 0;
    m_errorText.clear();
    m_signedInAs.clear();
    m_codeCopied = false;
    m_notice.clear();
    m_noticeUntil = {};
    Q_EMIT codeChanged();
    Q_EMIT noticeChanged();
}

void SignInController::start()
{
    if (isActive())
        return;
    reset();
    m_withoutCode = false;
    m_signIn.startDeviceFlow();
    if (m_signIn.isActive()) // not refused on the spot (a stored URL, an unreadable file)
        setPhase(Phase::Starting);
}

void SignInController::startWithoutCode()
{
    if (m_phase == Phase::Saving || m_phase == Phase::WaitingForBrowser)
        return;
    if (isActive() && !m_signIn.cancel()) // the device code is no longer needed
        return;
    reset();
    startWebFlow();
}

void SignInController::retry()
{
    if (m_withoutCode)
        startWithoutCode();
    else
        start();
}

void SignInController::startWebFlow()
{
    m_withoutCode = true;
    setPhase(Phase::Starting);
    Q_EMIT phaseChanged(); // withoutCode changed, maybe within the same phase
    // The link may come (or the start be refused) before this returns.
    m_signIn.startWebFlow();
}

void SignInController::cancel()
{
    if (!m_signIn.cancel())
        return; // saving: the atomic write is short; let it finish
    const bool wasActive = isActive();
    stopCountdown();
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
    // The browser flow's authorize page, or the device flow's complete verification URL.
    const bool browserFlow = m_phase == Phase::WaitingForBrowser;
    const QUrl url = browserFlow ? m_authorizeUrl : m_authorization.browserUrl();
    if (url.isEmpty())
        return false;
    // docs/protocol.md, "URLs": never open a sign-in page that is not https (or loopback
    // http). The core checked it already; this is the last look before the browser.
    if (const Status refused = UrlPolicy::check(url, UrlPolicy::Role::VerificationUrl)) {
        setNotice(userMessage(*refused));
        return false;
    }
    if (!m_openUrl(url)) {
        setNotice(tr("Could not open a browser. Open %1 yourself.")
                      .arg(browserFlow ? authorizeUrl() : verificationUri()));
        return false;
    }
    qCDebug(lcSignIn) << "opened the browser";
    return true;
}

void SignInController::onCodeReady(const DeviceAuthorization &authorization,
                                   const QDateTime &expiresAt)
{
    m_authorization = authorization;
    startCountdown(expiresAt, authorization.expiresInSecs);
    setPhase(Phase::Waiting);
    openBrowser();
}

void SignInController::onAuthorizeUrlReady(const QUrl &url, const QDateTime &expiresAt)
{
    m_authorizeUrl = url;
    startCountdown(expiresAt, int(std::max<qint64>(0, m_clock->now().secsTo(expiresAt))));
    setPhase(Phase::WaitingForBrowser);
    openBrowser();
}

void SignInController::startCountdown(const QDateTime &expiresAt, int totalSeconds)
{
    m_expiresAt = expiresAt;
    m_totalSeconds = totalSeconds;
    m_secondsLeft = int(std::max<qint64>(0, m_clock->now().secsTo(expiresAt)));
    Q_EMIT codeChanged();
    Q_EMIT secondsLeftChanged();
    scheduleTick();
}

void SignInController::onPollingDelayed(const Error &error, int retryInSecs)
{
    qCDebug(lcSignIn) << "polling delayed:" << userMessage(error);
    // Shown until the retry is past; a new delay replaces it.
    setNotice(error.kind == ErrorKind::ServerUnavailable
                  ? tr("The server is busy. Retrying in %n s…", nullptr, retryInSecs)
                  : tr("Can't reach the server. Retrying in %n s…", nullptr, retryInSecs),
              m_clock->now().addSecs(retryInSecs + 2));
}

void SignInController::onSucceeded(const ProfileRecord &record)
{
    m_signedInAs = record.user.email.isEmpty() ? record.user.displayName() : record.user.email;
    setPhase(Phase::Succeeded);
    Q_EMIT signedIn(record);
}

void SignInController::onFailed(const Error &error)
{
    stopCountdown();
    // The administrator turned sign-in with a code off: the browser flow still works here.
    if (error.kind == ErrorKind::DeviceFlowDisabled && !m_withoutCode) {
        qCDebug(lcSignIn) << "device flow refused; switching to the browser sign-in";
        // Before the start: a browser that does not open says so over it.
        setNotice(tr("Sign-in with a code is turned off for this application; signing in with "
                     "the browser instead."));
        startWebFlow();
        return;
    }
    switch (error.kind) {
    case ErrorKind::AccessDenied:
        m_errorText = tr("Sign-in was denied in the browser. Nothing was stored.");
        break;
    case ErrorKind::CallbackRefused:
        m_errorText = tr("The browser came back with a reply that does not belong to this "
                         "sign-in. Nothing was stored.");
        break;
    case ErrorKind::SignInTimedOut:
        m_errorText = tr("The sign-in was not finished in the browser in time. Nothing was "
                         "stored.");
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
    setPhase(Phase::Failed);
}

void SignInController::scheduleTick()
{
    m_clock->callAfter(std::chrono::seconds(1), this, [this, epoch = ++m_tickEpoch] {
        if (epoch == m_tickEpoch)
            tick();
    });
}

void SignInController::tick()
{
    m_secondsLeft = int(std::max<qint64>(0, m_clock->now().secsTo(m_expiresAt)));
    Q_EMIT secondsLeftChanged();
    if (!m_notice.isEmpty() && m_noticeUntil.isValid() && m_clock->now() > m_noticeUntil)
        setNotice({});
    // The flow ends itself at expiry (with a failure); the countdown only shows it.
    scheduleTick();
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

} // namespace ast::tray
