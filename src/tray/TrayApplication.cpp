#include "tray/TrayApplication.h"

#include "core/HttpClient.h"
#include "core/ProfileWatcher.h"
#include "core/Services.h"
#include "core/SessionManager.h"
#include "core/SessionStore.h"
#include "core/SignOut.h"
#include "tray/AccountModel.h"
#include "tray/Notifier.h"
#include "tray/QmlWindows.h"
#include "tray/RefreshScheduler.h"
#include "tray/ResumeWatcher.h"
#include "tray/SecretClipboard.h"
#include "tray/SignInController.h"
#include "tray/TrayAvailability.h"
#include "tray/TrayController.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQuickWindow>

namespace ast::tray {

Q_LOGGING_CATEGORY(lcApp, "astro.tray.app", QtWarningMsg)

TrayApplication::TrayApplication(Settings settings, QObject *parent)
    : QObject(parent)
    , m_services(new Services(std::move(settings), this))
    , m_watcher(new ProfileWatcher(m_services->store()->file().filePath(), this))
    , m_choice(m_services->settings().astroHome)
    , m_model(new AccountModel(m_services->store(), m_choice.initial(m_services->settings()),
                               m_services->settings().profile, this))
    , m_scheduler(new RefreshScheduler(m_services->sessions(), m_services->clock(), this))
    , m_resume(new ResumeWatcher(this))
    , m_notifier(new Notifier(this))
    , m_clipboard(new SecretClipboard(QGuiApplication::clipboard(), Clock::system(), this))
    , m_signIn(new SignInController(m_services->http(), m_services->sessions(),
                                    m_services->settings(), Clock::system(), this))
    , m_windows(new QmlWindows(this))
    , m_trayWait(new TrayAvailability(this))
    , m_autostart(makeAutostart(QCoreApplication::applicationFilePath()))
    , m_tray(std::make_unique<TrayController>(m_model))
{
    connect(m_watcher, &ProfileWatcher::profilesChanged, m_model, &AccountModel::reload);
    // Our own refresh ended the session: show it now rather than after the file watch.
    connect(m_services->sessions(), &SessionManager::sessionEnded, m_model, &AccountModel::reload);
    connect(m_model, &AccountModel::changed, this, [this] {
        m_scheduler->track(m_model->record(), m_model->state() == ProfileStatus::State::SignedIn);
    });
    connect(m_model, &AccountModel::sessionLost, this,
            [this](const ProfileRecord &before, ProfileStatus::State now) {
                onSessionLost(before, int(now));
            });

    connect(m_scheduler, &RefreshScheduler::refreshed, this, [this] { m_tray->setAttention({}); });
    connect(m_scheduler, &RefreshScheduler::retrying, this, [this](const Error &error, int secs) {
        m_tray->setAttention(tr("Could not renew the session: %1 Next try in %n s.", nullptr, secs)
                                 .arg(userMessage(error)));
    });
    connect(m_resume, &ResumeWatcher::resumed, m_scheduler, &RefreshScheduler::recheckNow);
    connect(m_resume, &ResumeWatcher::networkOnline, m_scheduler, &RefreshScheduler::recheckNow);

    connect(m_notifier, &Notifier::signInRequested, this, &TrayApplication::signIn);
    connect(m_signIn, &SignInController::signedIn, this, &TrayApplication::onSignedIn);
    connect(m_windows, &QmlWindows::windowClosed, this, [this](QmlWindows::Kind kind) {
        if (kind == QmlWindows::Kind::SignIn)
            m_signIn->cancel();
        // Without a tray, the account window is the app: closing it quits.
        if (kind == QmlWindows::Kind::Account && !m_trayAvailable)
            quit();
    });

    TrayController *tray = m_tray.get();
    connect(tray, &TrayController::signInRequested, this, &TrayApplication::signIn);
    connect(tray, &TrayController::signOutRequested, this, &TrayApplication::signOut);
    connect(tray, &TrayController::copyTokenRequested, this, &TrayApplication::copyAccessToken);
    connect(tray, &TrayController::profileRequested, this, &TrayApplication::selectProfile);
    connect(tray, &TrayController::startAtLoginToggled, this, &TrayApplication::setStartAtLogin);
    connect(tray, &TrayController::accountWindowRequested, this, &TrayApplication::showAccount);
    connect(tray, &TrayController::quitRequested, this, &TrayApplication::quit);

    connect(m_trayWait, &TrayAvailability::available, this,
            [this] { m_notifier->setTrayIcon(m_tray->icon()); });
    connect(m_trayWait, &TrayAvailability::unavailable, this, [this] {
        qCDebug(lcApp) << "no system tray appeared; showing the account window instead";
        m_trayAvailable = false;
        Q_EMIT trayAvailableChanged();
        showAccount();
    });
}

TrayApplication::~TrayApplication()
{
    // Windows refer to the model and to this object: close them first.
    delete m_windows;
    m_windows = nullptr;
}

void TrayApplication::start()
{
    m_model->reload();
    m_tray->setStartAtLogin(m_autostart->isEnabled());
    m_tray->show();
    m_trayWait->start();
}

void TrayApplication::signIn()
{
    if (!m_signIn->isActive()) {
        m_signIn->setProfile(m_model->currentProfile());
        m_signIn->start(); // the user's click is the user action RFC 8628 asks for
    }
    showSignInWindow();
}

void TrayApplication::signOut()
{
    const QString profile = m_model->currentProfile();
    m_signingOut.insert(profile);
    // The same story as `ast logout`: local tokens first under the profile's lock, then the
    // WorkOS session.
    auto *job = new SignOut(m_services->store(), m_services->lazyHttp(), {profile}, this);
    connect(
        job, &SignOut::finished, this, [this, job, profile](const QList<SignOutOutcome> &outcomes) {
            job->deleteLater();
            m_model->reload(); // consumes the change while it is still known to be ours
            m_signingOut.remove(profile);
            const SignOutOutcome outcome = outcomes.value(0);
            if (outcome.localError)
                m_notifier->notify(tr("Could not sign out"), userMessage(*outcome.localError),
                                   Notifier::Action::None);
            else if (outcome.sessionEnded || outcome.notEndedReason().isEmpty())
                setStatus(tr("Signed out of profile %1.").arg(profile));
            else
                setStatus(tr("Signed out of profile %1; WorkOS could not be reached (%2), so the "
                             "session stays valid until it expires.")
                              .arg(profile, outcome.notEndedReason()));
        });
    job->start();
}

void TrayApplication::copyAccessToken()
{
    const QString profile = m_model->currentProfile();
    m_services->sessions()->validSession(
        profile, false, this, [this](Result<ValidSession> session) {
            if (!session) {
                // An ended session is announced by the model; anything else is said here.
                if (!session.error().needsSignIn())
                    m_notifier->notify(tr("Could not copy the access token"),
                                       userMessage(session.error()), Notifier::Action::None);
                return;
            }
            m_clipboard->copy(session->tokens.accessToken);
            const QString until = QLocale().toString(
                session->record.accessExpiresAt.toLocalTime().time(), QLocale::ShortFormat);
            const auto clearSecs =
                std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->clearDelay()).count();
            setStatus(
                tr("Access token copied. It is valid until %1; the clipboard is cleared in %2 s.")
                    .arg(until)
                    .arg(clearSecs));
            m_notifier->notify(
                tr("Access token copied"),
                tr("The access token is on the clipboard for %1 s, then it is cleared. It is valid "
                   "until %2.")
                    .arg(clearSecs)
                    .arg(until),
                Notifier::Action::None);
        });
}

void TrayApplication::selectProfile(const QString &profile)
{
    if (!Settings::isValidProfileName(profile) || profile == m_model->currentProfile())
        return;
    m_choice.remember(profile);
    m_model->setCurrentProfile(profile);
}

void TrayApplication::setStartAtLogin(bool enabled)
{
    if (const Status error = m_autostart->setEnabled(enabled))
        m_notifier->notify(tr("Could not change Start at login"), userMessage(*error),
                           Notifier::Action::None);
    m_tray->setStartAtLogin(m_autostart->isEnabled());
    Q_EMIT startAtLoginChanged();
}

void TrayApplication::showAccount()
{
    m_windows->show(QmlWindows::Kind::Account,
                    {{QStringLiteral("account"), QVariant::fromValue(m_model)},
                     {QStringLiteral("app"), QVariant::fromValue(this)}});
}

void TrayApplication::activate()
{
    // Bring forward what is open; starting a sign-in is for the user's click alone.
    if (m_windows->window(QmlWindows::Kind::SignIn))
        showSignInWindow();
    else
        showAccount();
}

void TrayApplication::showSignInWindow()
{
    m_windows->show(QmlWindows::Kind::SignIn,
                    {{QStringLiteral("controller"), QVariant::fromValue(m_signIn)}});
}

void TrayApplication::quit()
{
    m_signIn->cancel();
    QCoreApplication::quit();
}

void TrayApplication::onSessionLost(const ProfileRecord &before, int now)
{
    if (m_signingOut.contains(before.name))
        return;
    const QString key = before.name + u'/' + before.user.id + u'/' + before.sessionId + u'/'
        + before.accessExpiresAt.toString(Qt::ISODateWithMs);
    if (m_notifiedLoss.contains(key))
        return;
    m_notifiedLoss.insert(key);
    const QString who = before.user.email.isEmpty() ? before.user.displayName() : before.user.email;
    if (ProfileStatus::State(now) == ProfileStatus::State::SessionEnded)
        m_notifier->notify(tr("Astro session ended"),
                           tr("The session of %1 (profile “%2”) has ended. Sign in again to keep "
                              "using Astro.")
                               .arg(who, before.name),
                           Notifier::Action::SignIn);
    else
        m_notifier->notify(tr("Signed out of Astro"),
                           tr("%1 is no longer signed in (profile “%2”).").arg(who, before.name),
                           Notifier::Action::SignIn);
}

void TrayApplication::onSignedIn(const ProfileRecord &record)
{
    m_model->reload();
    const QString who = record.user.email.isEmpty() ? record.user.displayName() : record.user.email;
    setStatus(tr("Signed in as %1.").arg(who));
    m_notifier->notify(
        tr("Signed in as %1").arg(who),
        tr("Profile “%1”. Astro keeps the session fresh in the background.").arg(record.name),
        Notifier::Action::None);
}

void TrayApplication::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

} // namespace ast::tray
