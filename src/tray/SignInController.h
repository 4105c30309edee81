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
class SignInController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    // For QML: "idle", "starting", "waiting", "saving", "succeeded", "failed", "cancelled".
    Q_PROPERTY(QString phaseName READ phaseName NOTIFY phaseChanged)
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

public:
    enum class Phase { Idle, Starting, Waiting, Saving, Succeeded, Failed, Cancelled };
    Q_ENUM(Phase)

    using UrlOpener = std::function<bool(const QUrl &)>;

    // The session is saved through `sessions` (under the profile's lock). The countdown and
    // the notices run on `clock`.
    SignInController(HttpClient *http, SessionManager *sessions, Settings settings,
                     Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~SignInController() override;

    void setProfile(const QString &profile) { m_signIn.setProfile(profile); }
    // Tests replace the browser (QDesktopServices::openUrl by default).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void copyCode();
    Q_INVOKABLE bool openBrowser();

    Phase phase() const { return m_phase; }
    QString phaseName() const;
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
    int totalSeconds() const { return m_authorization.expiresInSecs; }
    QString errorText() const { return m_errorText; }
    QString notice() const { return m_notice; }
    bool codeCopied() const { return m_codeCopied; }
    QString signedInAs() const { return m_signedInAs; }

Q_SIGNALS:
    void phaseChanged();
    void codeChanged();
    void secondsLeftChanged();
    void noticeChanged();
    void signedIn(const ast::ProfileRecord &record);

private:
    void setPhase(Phase phase);
    void setNotice(const QString &notice, const QDateTime &until = {});
    void onCodeReady(const DeviceAuthorization &authorization, const QDateTime &expiresAt);
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
