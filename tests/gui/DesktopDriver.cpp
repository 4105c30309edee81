#include "DesktopDriver.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDBusVariant>
#include <QFile>
#include <QRegularExpression>

namespace astro::test {

namespace {
const QString WatcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString WatcherPath = QStringLiteral("/StatusNotifierWatcher");
const QString ItemInterface = QStringLiteral("org.kde.StatusNotifierItem");
const QString ItemPath = QStringLiteral("/StatusNotifierItem");
const QString MenuInterface = QStringLiteral("com.canonical.dbusmenu");
constexpr int CallTimeoutMs = 5000;

QDBusMessage call(const QString &service, const QString &path, const QString &interface,
                  const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(arguments);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, CallTimeoutMs);
}

QVariant getProperty(const QString &service, const QString &path, const QString &interface,
                     const QString &name)
{
    const QDBusMessage reply =
        call(service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
             QStringLiteral("Get"), {interface, name});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().value<QDBusVariant>().variant();
}

MenuItem parseItem(const QDBusArgument &argument)
{
    MenuItem item;
    argument.beginStructure();
    argument >> item.id >> item.properties;
    argument.beginArray();
    while (!argument.atEnd()) {
        QDBusVariant child;
        argument >> child;
        item.children << parseItem(child.variant().value<QDBusArgument>());
    }
    argument.endArray();
    argument.endStructure();
    return item;
}
} // namespace

const MenuItem *MenuItem::find(const QString &labelPrefix) const
{
    if (label().startsWith(labelPrefix))
        return this;
    for (const MenuItem &child : children) {
        if (const MenuItem *found = child.find(labelPrefix))
            return found;
    }
    return nullptr;
}

int MenuItem::toggleStateOf(const QString &labelPrefix) const
{
    const MenuItem *item = find(labelPrefix);
    return item ? item->toggleState() : -2;
}

QStringList MenuItem::labels() const
{
    QStringList result {label()};
    for (const MenuItem &child : children)
        result << child.labels();
    return result;
}

QStringList StatusNotifierItem::registeredItems()
{
    return getProperty(WatcherService, WatcherPath, WatcherService,
                       QStringLiteral("RegisteredStatusNotifierItems"))
        .toStringList();
}

bool StatusNotifierItem::hostRegistered()
{
    return getProperty(WatcherService, WatcherPath, WatcherService,
                       QStringLiteral("IsStatusNotifierHostRegistered"))
        .toBool();
}

QString StatusNotifierItem::findByPid(qint64 pid)
{
    const QStringList items = registeredItems();
    for (const QString &entry : items) {
        // Watchers list "service" or "service/path"; Qt registers on a unique name.
        const QString service = entry.section(u'/', 0, 0);
        const QDBusMessage reply =
            call(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                 QStringLiteral("org.freedesktop.DBus"),
                 QStringLiteral("GetConnectionUnixProcessID"), {service});
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
            && reply.arguments().constFirst().toLongLong() == pid)
            return service;
    }
    return {};
}

QVariant StatusNotifierItem::property(const QString &name) const
{
    return getProperty(m_service, ItemPath, ItemInterface, name);
}

QString StatusNotifierItem::toolTipTitle() const
{
    // ToolTip is (s icon name, a(iiay) icon pixmaps, s title, s description).
    const QVariant value = property(QStringLiteral("ToolTip"));
    if (!value.canConvert<QDBusArgument>())
        return {};
    const QDBusArgument argument = value.value<QDBusArgument>();
    QString iconName;
    QString title;
    QString description;
    argument.beginStructure();
    argument >> iconName;
    argument.beginArray();
    while (!argument.atEnd()) {
        int width = 0;
        int height = 0;
        QByteArray pixels;
        argument.beginStructure();
        argument >> width >> height >> pixels;
        argument.endStructure();
    }
    argument.endArray();
    argument >> title >> description;
    argument.endStructure();
    return title;
}

bool StatusNotifierItem::activate() const
{
    return call(m_service, ItemPath, ItemInterface, QStringLiteral("Activate"), {0, 0}).type()
        == QDBusMessage::ReplyMessage;
}

MenuItem StatusNotifierItem::menuLayout() const
{
    const QString path = property(QStringLiteral("Menu")).value<QDBusObjectPath>().path();
    const QDBusMessage reply =
        call(m_service, path.isEmpty() ? QStringLiteral("/MenuBar") : path, MenuInterface,
             QStringLiteral("GetLayout"), {0, -1, QStringList()});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2)
        return {};
    return parseItem(reply.arguments().at(1).value<QDBusArgument>());
}

bool StatusNotifierItem::clickMenuItem(int id) const
{
    const QString path = property(QStringLiteral("Menu")).value<QDBusObjectPath>().path();
    const QDBusMessage reply =
        call(m_service, path.isEmpty() ? QStringLiteral("/MenuBar") : path, MenuInterface,
             QStringLiteral("Event"),
             {id, QStringLiteral("clicked"), QVariant::fromValue(QDBusVariant(0)), 0u});
    return reply.type() == QDBusMessage::ReplyMessage;
}

bool StatusNotifierItem::click(const QString &labelPrefix) const
{
    const MenuItem layout = menuLayout();
    const MenuItem *item = layout.find(labelPrefix);
    return item && clickMenuItem(item->id);
}

QStringList NotificationLog::summaries()
{
    // dbus-monitor prints each Notify call's arguments one per line:
    //   string "app_name"  uint32 replaces_id  string "app_icon"  string "summary" ...
    QFile log(qEnvironmentVariable("ASTRO_NOTIFY_LOG"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    QStringList result;
    const QList<QByteArray> lines = log.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).contains("member=Notify"))
            continue;
        if (i + 4 < lines.size()) {
            static const QRegularExpression quoted(QStringLiteral("^\\s*string \"(.*)\"\\s*$"));
            const auto match = quoted.match(QString::fromUtf8(lines.at(i + 4)));
            if (match.hasMatch())
                result << match.captured(1);
        }
    }
    return result;
}

int NotificationLog::count(const QString &summary)
{
    return int(summaries().count(summary));
}

int NotificationLog::countPrefix(const QString &prefix)
{
    int n = 0;
    for (const QString &summary : summaries())
        n += summary.startsWith(prefix) ? 1 : 0;
    return n;
}

} // namespace astro::test
