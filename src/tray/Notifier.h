#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>

class QSystemTrayIcon;

namespace ast::tray {

// Desktop notifications. On Linux they go straight to org.freedesktop.Notifications over
// D-Bus (asynchronously): that works with any tray host or none, and carries a "Sign in"
// action. Elsewhere, and when no notification daemon answers, QSystemTrayIcon::showMessage.
// Deciding *whether* to notify is the caller's job; this class only delivers.
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Action { None, SignIn };

    explicit Notifier(QObject *parent = nullptr);

    void setTrayIcon(QSystemTrayIcon *icon);
    void notify(const QString &summary, const QString &body, Action action);

Q_SIGNALS:
    void signInRequested();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    bool sendOverDBus(const QString &summary, const QString &body, Action action);
    void showInTray(const QString &summary, const QString &body, Action action);

    bool m_useDBus = false;
    QSet<uint> m_signInIds; // our notifications whose action opens the sign-in window
    QPointer<QSystemTrayIcon> m_tray;
    bool m_trayMessageOffersSignIn = false;
    QImage m_image;
};

} // namespace ast::tray
