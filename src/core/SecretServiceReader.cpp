#include "core/SecretServiceReader.h"

#include <QObject>

#ifdef ASTRO_SECRET_SERVICE_DIRECT
#include "core/Logging.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace ast {

#ifdef ASTRO_SECRET_SERVICE_DIRECT

namespace {

const QString SecretsName = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString ServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");

// SearchItems for the entry QtKeychain writes: same attributes as its libsecret backend.
QDBusMessage searchMessage(const QString &service, const QString &key)
{
    QDBusArgument attributes;
    attributes.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    const std::pair<QString, QString> pairs[] = {
        {QStringLiteral("user"), key},
        {QStringLiteral("server"), service},
        {QStringLiteral("type"), QStringLiteral("plaintext")}};
    for (const auto &[name, value] : pairs) {
        attributes.beginMapEntry();
        attributes << name << value;
        attributes.endMapEntry();
    }
    attributes.endMap();
    QDBusMessage search = QDBusMessage::createMethodCall(SecretsName, SecretsPath, ServiceInterface,
                                                         QStringLiteral("SearchItems"));
    search << QVariant::fromValue(attributes);
    return search;
}

// One read in flight. Owned by the caller's context object, so destroying that cancels it.
class ReadCall : public QObject
{
public:
    ReadCall(QDBusConnection bus, int timeoutMs, QObject *context,
             SecretServiceReader::Callback done)
        : QObject(context)
        , m_bus(std::move(bus))
        , m_timeoutMs(timeoutMs)
        , m_done(std::move(done))
    {
    }

    void start(const QString &service, const QString &key)
    {
        QDBusMessage open = QDBusMessage::createMethodCall(
            SecretsName, SecretsPath, ServiceInterface, QStringLiteral("OpenSession"));
        open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));

        const QDBusMessage search = searchMessage(service, key);

        // Both leave before either answer: the daemon answers them in order.
        m_open = watch(open, [this] { onFirstReplies(); });
        m_search = watch(search, [this] { onFirstReplies(); });
    }

private:
    template<typename Then> QDBusPendingCallWatcher *watch(const QDBusMessage &message, Then then)
    {
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, m_timeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, then);
        return watcher;
    }

    void onFirstReplies()
    {
        // Both replies may be in before the first signal is delivered: go on only once.
        if (m_finished || m_get || !m_open->isFinished() || !m_search->isFinished())
            return;
        const QDBusPendingReply<QDBusVariant, QDBusObjectPath> opened = *m_open;
        if (opened.isError())
            return fail(opened.error().message());
        m_session = opened.argumentAt<1>();
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> found = *m_search;
        if (found.isError())
            return fail(found.error().message());
        const QList<QDBusObjectPath> unlocked = found.argumentAt<0>();
        if (unlocked.isEmpty())
            return fail(found.argumentAt<1>().isEmpty() ? QStringLiteral("no entry")
                                                        : QStringLiteral("entry locked"));
        QDBusMessage get = QDBusMessage::createMethodCall(
            SecretsName, unlocked.first().path(), QStringLiteral("org.freedesktop.Secret.Item"),
            QStringLiteral("GetSecret"));
        get << QVariant::fromValue(m_session);
        m_get = watch(get, [this] { onSecret(); });
    }

    void onSecret()
    {
        const QDBusMessage reply = m_get->reply();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 1)
            return fail(reply.errorMessage());
        // (o session, ay parameters, ay value, s content_type)
        const QDBusArgument secret = reply.arguments().constFirst().value<QDBusArgument>();
        QDBusObjectPath session;
        QByteArray parameters;
        QByteArray value;
        QString contentType;
        secret.beginStructure();
        secret >> session >> parameters >> value >> contentType;
        secret.endStructure();
        // libsecret stores passwords as text/plain; anything else is not QtKeychain's text.
        if (!contentType.startsWith(QLatin1String("text/plain")))
            return fail(QStringLiteral("content type ") + contentType);
        finish(QString::fromUtf8(value));
    }

    void fail(const QString &why)
    {
        qCDebug(lcStore) << "direct Secret Service read: no answer (" << why.left(200)
                         << "), asking QtKeychain";
        finish(std::nullopt);
    }

    void finish(std::optional<QString> text)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (!m_session.path().isEmpty() && m_session.path() != QLatin1String("/")) {
            // Nobody waits for this; the daemon also drops it when we disconnect.
            m_bus.send(QDBusMessage::createMethodCall(
                SecretsName, m_session.path(), QStringLiteral("org.freedesktop.Secret.Session"),
                QStringLiteral("Close")));
        }
        auto done = std::move(m_done);
        deleteLater();
        done(std::move(text));
    }

    QDBusConnection m_bus;
    int m_timeoutMs;
    SecretServiceReader::Callback m_done;
    QDBusPendingCallWatcher *m_open = nullptr;
    QDBusPendingCallWatcher *m_search = nullptr;
    QDBusPendingCallWatcher *m_get = nullptr;
    QDBusObjectPath m_session;
    bool m_finished = false;
};

bool isKdeSession()
{
    // QtKeychain prefers KWallet in KDE sessions; any sign of KDE leaves reads to QtKeychain.
    const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP").toUpper();
    const QByteArray session = qgetenv("DESKTOP_SESSION").toLower();
    return desktop.contains("KDE") || session.startsWith("kde") || session.startsWith("plasma")
        || qEnvironmentVariableIsSet("KDE_FULL_SESSION");
}

} // namespace

bool SecretServiceReader::applies()
{
    static const bool applies =
        !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !isKdeSession();
    return applies;
}

void SecretServiceReader::read(const QString &service, const QString &key,
                               std::chrono::milliseconds timeout, QObject *context, Callback done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!applies() || !bus.isConnected())
        return done(std::nullopt);
    auto *call =
        new ReadCall(bus, int(std::max<qint64>(1, timeout.count())), context, std::move(done));
    call->start(service, key);
}

void SecretServiceReader::count(const QString &service, const QString &key,
                                std::chrono::milliseconds timeout, QObject *context,
                                CountCallback done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!applies() || !bus.isConnected())
        return done(std::nullopt);
    auto *watcher = new QDBusPendingCallWatcher(
        bus.asyncCall(searchMessage(service, key), int(std::max<qint64>(1, timeout.count()))),
        context);
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> found =
                *watcher;
            if (found.isError())
                return done(std::nullopt);
            done(int(found.argumentAt<0>().size() + found.argumentAt<1>().size()));
        });
}

#else // no Secret Service on this platform: QtKeychain talks to the native keychain

bool SecretServiceReader::applies()
{
    return false;
}

void SecretServiceReader::read(const QString &, const QString &, std::chrono::milliseconds,
                               QObject *, Callback done)
{
    done(std::nullopt);
}

void SecretServiceReader::count(const QString &, const QString &, std::chrono::milliseconds,
                                QObject *, CountCallback done)
{
    done(std::nullopt);
}

#endif

} // namespace ast
