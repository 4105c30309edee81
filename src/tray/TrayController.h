#pragma once

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QActionGroup;

namespace ast::tray {

class AccountModel;

// The tray icon and its menu, as a view of AccountModel: icon state (signed out, signed in,
// attention), the header naming who is signed in, the profile switcher and the actions.
// It only reports what the user chose; TrayApplication carries it out.
class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(AccountModel *model, QObject *parent = nullptr);

    QSystemTrayIcon *icon() { return &m_icon; }
    QMenu *menu() { return &m_menu; }
    void show();

    void setStartAtLogin(bool enabled);
    // Something needs the user's eye though the session is not over (a refresh keeps
    // failing, the keyring is locked). Empty clears it.
    void setAttention(const QString &reason);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void copyTokenRequested();
    void profileRequested(const QString &profile);
    void startAtLoginToggled(bool enabled);
    void accountWindowRequested();
    void quitRequested();

private:
    void update();
    void rebuildProfiles();

    AccountModel *m_model;
    QMenu m_menu;
    QMenu *m_profiles = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QAction *m_who = nullptr;
    QAction *m_profileLine = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_copyToken = nullptr;
    QAction *m_startAtLogin = nullptr;
    QString m_attention;
    int m_iconState = -1;
    // Declared last: destroyed first, while the menu it shows still exists.
    QSystemTrayIcon m_icon;
};

} // namespace ast::tray
