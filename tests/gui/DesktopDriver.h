#pragma once

#include <QDBusArgument>
#include <QList>
#include <QString>
#include <QVariantMap>

// Drives the desktop side of astro-tray the way a tray host and a user would: over the session
// bus, against the StatusNotifierItem and com.canonical.dbusmenu objects that Qt exports for a
// QSystemTrayIcon, and by reading the dbus-monitor log of notifications that with-desktop.sh
// keeps. Every call is a plain blocking call to ANOTHER process (never build a QDBusInterface
// to an item of one's own process: docs/testing.md).
namespace astro::test {

struct MenuItem
{
    int id = 0;
    QVariantMap properties;
    QList<MenuItem> children;

    QString label() const { return properties.value(QStringLiteral("label")).toString(); }
    bool enabled() const { return properties.value(QStringLiteral("enabled"), true).toBool(); }
    bool visible() const { return properties.value(QStringLiteral("visible"), true).toBool(); }
    // -1 when not checkable, else 0 or 1.
    int toggleState() const { return properties.value(QStringLiteral("toggle-state"), -1).toInt(); }
    // Depth-first search by label prefix.
    const MenuItem *find(const QString &labelPrefix) const;
    // toggleState() of the item found by label prefix; -2 when there is no such item.
    int toggleStateOf(const QString &labelPrefix) const;
    // Every label, depth first (for failure messages).
    QStringList labels() const;
};

class StatusNotifierItem
{
public:
    // The bus name of the item that process `pid` registered with the watcher ("" if none).
    static QString findByPid(qint64 pid);
    // Every item the watcher knows.
    static QStringList registeredItems();
    static bool hostRegistered();

    explicit StatusNotifierItem(QString service)
        : m_service(std::move(service))
    {
    }
    QString service() const { return m_service; }

    QVariant property(const QString &name) const;
    QString toolTipTitle() const;
    QString status() const { return property(QStringLiteral("Status")).toString(); }
    // Activate(x, y): what a left click on the icon does.
    bool activate() const;

    MenuItem menuLayout() const;
    bool clickMenuItem(int id) const;
    // Finds the item whose label starts with `labelPrefix` and clicks it.
    bool click(const QString &labelPrefix) const;

private:
    QString m_service;
};

// The org.freedesktop.Notifications.Notify calls seen on the session bus.
class NotificationLog
{
public:
    // How many Notify calls had exactly this summary.
    static int count(const QString &summary);
    // How many Notify calls had a summary starting with `prefix`.
    static int countPrefix(const QString &prefix);
    static QStringList summaries();
};

} // namespace astro::test
