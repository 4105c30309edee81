#include "tray/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace ast::tray {

Q_LOGGING_CATEGORY(lcInstance, "astro.tray.instance", QtWarningMsg)

namespace {
constexpr char ActivateRequest[] = "activate\n";
constexpr char ActivateReply[] = "ok\n";
constexpr int SecondaryDeadlineMs = 5000;

QString userTag()
{
#if defined(Q_OS_UNIX)
    return QString::number(::getuid());
#else
    QString user = qEnvironmentVariable("USERNAME");
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return user.isEmpty() ? QStringLiteral("user") : user;
#endif
}
} // namespace

QString SingleInstance::serverName(const QString &astroHome)
{
    const QByteArray home = QDir::cleanPath(QDir(astroHome).absolutePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("astro-tray-%1-%2").arg(userTag(), QString::fromLatin1(hash.left(16)));
}

namespace {
QString socketName(const QString &astroHome, const QString &runtimeDirectory)
{
#if defined(Q_OS_UNIX)
    // A full path: QLocalServer would otherwise put the socket in the world-writable /tmp.
    if (!runtimeDirectory.isEmpty())
        return QDir(runtimeDirectory).filePath(SingleInstance::serverName(astroHome));
#else
    Q_UNUSED(runtimeDirectory);
#endif
    return SingleInstance::serverName(astroHome);
}
} // namespace

SingleInstance::SingleInstance(const QString &astroHome, const QString &runtimeDirectory,
                               QObject *parent)
    : QObject(parent)
    , m_name(socketName(astroHome, runtimeDirectory))
    , m_runtimeDirectory(runtimeDirectory)
    , m_lock(QDir(runtimeDirectory).filePath(serverName(astroHome) + QStringLiteral(".lock")))
{
    m_lock.setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine(64);
                if (line == ActivateRequest) {
                    socket->write(ActivateReply);
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

SingleInstance::~SingleInstance()
{
    m_server.close();
}

SingleInstance::Role SingleInstance::claim(bool *delivered)
{
    if (m_runtimeDirectory.isEmpty()) {
        // No private place for a lock: better two trays than none (or one blocked by others).
        qCWarning(lcInstance) << "no private runtime directory; running without the instance lock";
        return Role::Primary;
    }
    const QDeadlineTimer deadline(SecondaryDeadlineMs);
    while (true) {
        if (m_lock.tryLock(0)) {
            if (!listen())
                qCWarning(lcInstance) << "cannot listen on" << m_name << m_server.errorString();
            return Role::Primary;
        }
        if (m_lock.error() != QLockFile::LockFailedError) {
            // No usable lock (read-only temp dir...): better two trays than none.
            qCWarning(lcInstance) << "cannot take the instance lock; running anyway";
            return Role::Primary;
        }
        // Another instance holds the lock; it may still be starting, so retry briefly.
        if (askPrimaryToShow()) {
            if (delivered)
                *delivered = true;
            return Role::Secondary;
        }
        if (deadline.hasExpired()) {
            if (delivered)
                *delivered = false;
            return Role::Secondary;
        }
        QThread::msleep(100);
    }
}

bool SingleInstance::listen()
{
    // We hold the lock, so a socket left by a crashed instance is stale.
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}

bool SingleInstance::askPrimaryToShow() const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(ActivateRequest);
    if (!socket.waitForBytesWritten(1000))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(2000))
            return false;
    }
    return socket.readLine(64) == ActivateReply;
}

} // namespace ast::tray
