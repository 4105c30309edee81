#pragma once

#include "core/ProfileRecord.h"
#include "core/Settings.h"
#include "tray/Autostart.h"
#include "tray/ProfileChoice.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace ast {
class ProfileWatcher;
class Services;
} // namespace ast

namespace ast::tray {

class AccountModel;
class Notifier;
class SecretClipboard;
class QmlWindows;
class RefreshScheduler;
class ResumeWatcher;
class SignInController;
class TrayAvailability;
class TrayController;

// Puts astro-tray together: core services, the model, the tray, the windows, the background
// refresh and the notifications, and carries out what the user asks from the menu or a
// window. It decides *when* to notify: once per session that ends or vanishes, never for a
// sign-out the user did here.
class TrayApplication : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool startAtLogin READ startAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(bool trayAvailable READ trayAvailable NOTIFY trayAvailableChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    explicit TrayApplication(Settings settings, QObject *parent = nullptr);
    ~TrayApplication() override;

    // Reads the profiles, shows the tray icon, and falls back to the account window when no
    // tray turns up.
    void start();

    Q_INVOKABLE void signIn();
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void copyAccessToken();
    Q_INVOKABLE void selectProfile(const QString &profile);
    Q_INVOKABLE void setStartAtLogin(bool enabled);
    Q_INVOKABLE void showAccount();
    Q_INVOKABLE void quit();
    // Another start of astro-tray asked this one to come forward.
    void activate();

    bool startAtLogin() const { return m_autostart->isEnabled(); }
    bool trayAvailable() const { return m_trayAvailable; }
    QString status() const { return m_status; }

Q_SIGNALS:
    void startAtLoginChanged();
    void trayAvailableChanged();
    void statusChanged();

private:
    void showSignInWindow();
    void onSessionLost(const ProfileRecord &before, int now);
    void onSignedIn(const ProfileRecord &record);
    void setStatus(const QString &status);

    Services *m_services;
    ProfileWatcher *m_watcher;
    ProfileChoice m_choice;
    AccountModel *m_model;
    RefreshScheduler *m_scheduler;
    ResumeWatcher *m_resume;
    Notifier *m_notifier;
    SecretClipboard *m_clipboard;
    SignInController *m_signIn;
    QmlWindows *m_windows;
    TrayAvailability *m_trayWait;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<TrayController> m_tray;
    bool m_trayAvailable = true;
    QString m_status;
    QSet<QString> m_signingOut; // profiles being signed out from here: no notification
    QSet<QString> m_notifiedLoss; // sessions already announced as ended
};

} // namespace ast::tray
