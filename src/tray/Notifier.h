#pragma once

#include <QDBusConnection>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSystemTrayIcon>
#include <functional>

namespace ast::tray {

// Desktop notifications. On Linux they go straight to org.freedesktop.Notifications over
// D-Bus (asynchronously): that works with any tray host or none, and carries a "Sign in"
// action. Elsewhere, and when no notification daemon answers, QSystemTrayIcon::showMessage.
// Both routes are compiled on every platform; only freedesktopPlatform() is #ifdef-ed.
// Deciding *whether* to notify is the caller's job; this class only delivers.
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Action { None, SignIn };
    enum class Route { DBus, TrayMessage };

    // What the tray route shows for one notification.
    struct TrayMessage
    {
        QString title;
        QString body;
        QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
        int timeoutMs = 0;
        bool offersSignIn = false; // a click on it opens the sign-in window
    };

    // Whether org.freedesktop.Notifications is this platform's notification service.
    static constexpr bool freedesktopPlatform()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        return true;
#else
        return false;
#endif
    }
    static Route chooseRoute(bool freedesktop, bool sessionBusConnected);
    static TrayMessage trayMessage(const QString &summary, const QString &body, Action action);

    // This platform's route over the session bus.
    explicit Notifier(QObject *parent = nullptr);
    Notifier(Route route, const QDBusConnection &bus, QObject *parent = nullptr);

    Route route() const
    {
        return m_route;
    }
    void setTrayIcon(QSystemTrayIcon *icon);
    // Shows tray messages instead of the tray icon (tests: the icon's balloon is not observable).
    void setTrayMessagePresenter(std::function<void(const TrayMessage &)> presenter);
    void notify(const QString &summary, const QString &body, Action action);

Q_SIGNALS:
    void signInRequested();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    bool sendOverDBus(const QString &summary, const QString &body, Action action);
    void showInTray(const QString &summary, const QString &body, Action action);

    Route m_route;
    QDBusConnection m_bus;
    std::function<void(const TrayMessage &)> m_presenter;
    QSet<uint> m_signInIds; // our notifications whose action opens the sign-in window
    QPointer<QSystemTrayIcon> m_tray;
    bool m_trayMessageOffersSignIn = false;
    QImage m_image;
};

} // namespace ast::tray
