#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <memory>

namespace ast::tray {

// One astro-tray per user and ASTRO_HOME. The first instance holds a lock file and listens on
// a local socket, both in the user's runtime directory (RuntimeDirectory: never a directory
// where another user could create them first); a later one finds the lock taken, asks the first
// (over the socket) to show itself, and exits. The lock, not the socket, decides who is first, so
// two instances started at the same moment cannot both win, and a crashed instance's lock is taken
// over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Primary, Secondary };

    // `runtimeDirectory` holds the lock and the socket; empty: no usable one, no lock taken.
    SingleInstance(const QString &astroHome, const QString &runtimeDirectory,
                   QObject *parent = nullptr);
    ~SingleInstance() override;

    // Primary: we are the instance (and listen). Secondary: another one runs and was asked to
    // show itself (`delivered` says whether it confirmed).
    Role claim(bool *delivered = nullptr);

    // Per user (uid or user name) and per ASTRO_HOME, e.g. "astro-tray-1000-3f2a9c0e1b7d4a65".
    static QString serverName(const QString &astroHome);

Q_SIGNALS:
    void activationRequested();

private:
    bool listen();
    bool askPrimaryToShow() const;

    QString m_name; // the socket: a path on Unix, a pipe name on Windows
    QString m_runtimeDirectory;
    QLockFile m_lock;
    QLocalServer m_server;
};

} // namespace ast::tray
