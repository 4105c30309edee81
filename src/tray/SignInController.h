#pragma once

#include "core/Clock.h"
#include "core/SignIn.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace ast::tray {

// The sign-in window's brain: runs the same core SignIn as `ast login` and exposes what the
// QML window shows (code, links, QR, countdown, errors). RFC 8628 3.1: the flow starts only on user
// action (the menu click); once the code is shown the browser opens by itself, as gh does.
// "Sign in without a code" runs the browser flow instead (loopback redirect, docs/protocol.md);
// when the administrator turned the device flow off, the controller switches to it by itself.
class SignInController : public QObject
{
    Q_OBJECT
    // QML compares it with SignInController.Waiting etc. (import Astro.Tray).
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QString profile READ profile NOTIFY phaseChanged)
    Q_PROPERTY(QString userCode READ userCode NOTIFY codeChanged)
    Q_PROPERTY(QString verificationUri READ verificationUri NOTIFY codeChanged)
    Q_PROPERTY(QString browserUrl READ browserUrl NOTIFY codeChanged)
    Q_PROPERTY(QString qrSource READ qrSource NOTIFY codeChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int totalSeconds READ totalSeconds NOTIFY codeChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY phaseChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool codeCopied READ codeCopied NOTIFY noticeChanged)
    Q_PROPERTY(QString signedInAs READ signedInAs NOTIFY phaseChanged)
    // The browser sign-in's page, encoded as the browser gets it ("" in the device flow).
    Q_PROPERTY(QString authorizeUrl READ authorizeUrl NOTIFY codeChanged)
    // True while the sign-in (or the one that failed) is the browser flow without a code.
    Q_PROPERTY(bool withoutCode READ withoutCode NOTIFY phaseChanged)

public:
    // WaitingForBrowser: the browser flow's listener waits for the browser to come back.
    enum class Phase {
        Idle,
        Starting,
        Waiting,
        WaitingForBrowser,
        Saving,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(Phase)

    using UrlOpener = std::function<bool(const QUrl &)>;

    // The session is saved through `sessions` (under the profile's lock). The countdown and
    // the notices run on `clock`.
    SignInController(HttpClient *http, SessionManager *sessions, Settings settings,
                     Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~SignInController() override;

    void setProfile(const QString &profile) { m_signIn.setProfile(profile); }
    // How long the browser flow waits for the browser (5 minutes unless a test shortens it).
    void setWebDeadline(std::chrono::milliseconds deadline) { m_signIn.setWebDeadline(deadline); }
    // Tests replace the browser (QDesktopServices::openUrl by default).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // Starts the device flow (the default).
    Q_INVOKABLE void start();
    // Starts the browser flow without a code; stops a device flow that is waiting.
    Q_INVOKABLE void startWithoutCode();
    // Starts again the way the last sign-in went (after a failure).
    Q_INVOKABLE void retry();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void copyCode();
    Q_INVOKABLE bool openBrowser();

    Phase phase() const { return m_phase; }
    bool isActive() const;
    QString profile() const { return m_signIn.profile(); }
    QString userCode() const { return m_authorization.userCode; }
    // Encoded as the browser gets it (punycode host, percent escapes), like `ast login`
    // prints it: a look-alike host or a bidi override cannot pass for something else.
    QString verificationUri() const
    {
        return m_authorization.verificationUri.toString(QUrl::FullyEncoded);
    }
    QString browserUrl() const;
    QString qrSource() const;
    int secondsLeft() const { return m_secondsLeft; }
    int totalSeconds() const { return m_totalSeconds; }
    QString errorText() const { return m_errorText; }
    QString notice() const { return m_notice; }
    bool codeCopied() const { return m_codeCopied; }
    QString signedInAs() const { return m_signedInAs; }
    QString authorizeUrl() const { return m_authorizeUrl.toString(QUrl::FullyEncoded); }
    bool withoutCode() const { return m_withoutCode; }

Q_SIGNALS:
    void phaseChanged();
    void codeChanged();
    void secondsLeftChanged();
    void noticeChanged();
    void signedIn(const ast::ProfileRecord &record);

private:
    void setPhase(Phase phase);
    void setNotice(const QString &notice, const QDateTime &until = {});
    // Forgets the last sign-in's code, link, errors and notices.
    void reset();
    void startWebFlow();
    void onAuthorizeUrlReady(const QUrl &url, const QDateTime &expiresAt);
    void onCodeReady(const DeviceAuthorization &authorization, const QDateTime &expiresAt);
    // Counts down to `expiresAt` (the code's expiry, or the browser flow's deadline).
    void startCountdown(const QDateTime &expiresAt, int totalSeconds);
    void onPollingDelayed(const Error &error, int retryInSecs);
    void onSucceeded(const ProfileRecord &record);
    void onFailed(const Error &error);
    // Once a second while the code is shown, on the clock.
    void scheduleTick();
    void tick();
    void stopCountdown() { ++m_tickEpoch; }

    Clock *m_clock;
    SignIn m_signIn;
    UrlOpener m_openUrl;
    DeviceAuthorization m_authorization;
    QUrl m_authorizeUrl;
    int m_totalSeconds = 0;
    bool m_withoutCode = false;
    QDateTime m_expiresAt;
    QDateTime m_noticeUntil;
    quint64 m_tickEpoch = 0; // bumped to drop scheduled ticks
    Phase m_phase = Phase::Idle;
    int m_secondsLeft = 0;
    QString m_errorText;
    QString m_notice;
    bool m_codeCopied = false;
    QString m_signedInAs;
};

} // namespace ast::tray
