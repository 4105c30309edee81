#include "tray/Notifier.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QIcon>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

namespace ast::tray {

Q_LOGGING_CATEGORY(lcNotify, "astro.tray.notify", QtWarningMsg)

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString SignInAction = QStringLiteral("signin");
const QString DefaultAction = QStringLiteral("default"); // a click on the notification body
} // namespace

Notifier::Route Notifier::chooseRoute(bool freedesktop, bool sessionBusConnected)
{
    return freedesktop && sessionBusConnected ? Route::DBus : Route::TrayMessage;
}

Notifier::TrayMessage Notifier::trayMessage(const QString &summary, const QString &body,
                                            Action action)
{
    const bool signIn = action == Action::SignIn;
    // A tray balloon has no buttons: a warning icon marks the one that wants a click.
    return {summary, body, signIn ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000,
            signIn};
}

Notifier::Notifier(QObject *parent)
    : Notifier(chooseRoute(freedesktopPlatform(), QDBusConnection::sessionBus().isConnected()),
               QDBusConnection::sessionBus(), parent)
{
}

Notifier::Notifier(Route route, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_route(route)
    , m_bus(bus)
{
    if (m_route == Route::DBus) {
        m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                      SLOT(onNotificationClosed(uint, uint)));
    }
    m_image = QIcon(QStringLiteral(":/astro/icons/astro-tray-64.png"))
                  .pixmap(64, 64)
                  .toImage()
                  .convertToFormat(QImage::Format_RGBA8888);
}

void Notifier::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = icon;
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_trayMessageOffersSignIn)
                Q_EMIT signInRequested();
        });
    }
}

void Notifier::setTrayMessagePresenter(std::function<void(const TrayMessage &)> presenter)
{
    m_presenter = std::move(presenter);
}

void Notifier::notify(const QString &summary, const QString &body, Action action)
{
    qCDebug(lcNotify) << "notify:" << summary;
    if (m_route != Route::DBus || !sendOverDBus(summary, body, action))
        showInTray(summary, body, action);
}

bool Notifier::sendOverDBus(const QString &summary, const QString &body, Action action)
{
    if (!m_bus.isConnected()) // the bus went away: a call would never be answered
        return false;
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    QStringList actions;
    if (action == Action::SignIn)
        actions << DefaultAction << tr("Sign in") << SignInAction << tr("Sign in");
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("astro-tray"));
    if (!m_image.isNull()) {
        QDBusArgument image; // (iiibiiay) as the spec's "image-data" hint
        image.beginStructure();
        image << m_image.width() << m_image.height() << int(m_image.bytesPerLine()) << true << 8
              << 4
              << QByteArray(reinterpret_cast<const char *>(m_image.constBits()),
                            m_image.sizeInBytes());
        image.endStructure();
        hints.insert(QStringLiteral("image-data"), QVariant::fromValue(image));
    }
    call << QStringLiteral("Astro") << uint(0) << QString() << summary << body << actions << hints
         << int(-1);

    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, summary, body, action] {
                watcher->deleteLater();
                QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError()) {
                    qCDebug(lcNotify) << "no notification daemon:" << reply.error().message();
                    showInTray(summary, body, action);
                    return;
                }
                if (action == Action::SignIn)
                    m_signInIds.insert(reply.value());
            });
    return true;
}

void Notifier::showInTray(const QString &summary, const QString &body, Action action)
{
    const TrayMessage message = trayMessage(summary, body, action);
    if (m_presenter) {
        m_trayMessageOffersSignIn = message.offersSignIn;
        m_presenter(message);
        return;
    }
    if (!m_tray || !m_tray->isVisible()) {
        qCDebug(lcNotify) << "nowhere to show a notification";
        return;
    }
    m_trayMessageOffersSignIn = message.offersSignIn;
    m_tray->showMessage(message.title, message.body, message.icon, message.timeoutMs);
}

void Notifier::onActionInvoked(uint id, const QString &action)
{
    if (m_signInIds.contains(id) && (action == SignInAction || action == DefaultAction))
        Q_EMIT signInRequested();
}

void Notifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_signInIds.remove(id);
}

} // namespace ast::tray
