#include "core/ProfileWatcher.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>

namespace ast {

ProfileWatcher::ProfileWatcher(const QString &credentialsFilePath, QObject *parent)
    : QObject(parent)
    , m_filePath(QFileInfo(credentialsFilePath).absoluteFilePath())
    , m_directory(QFileInfo(m_filePath).absolutePath())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ProfileWatcher::profilesChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ProfileWatcher::onPathChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &ProfileWatcher::onPathChanged);
    rearm();
}

void ProfileWatcher::onPathChanged()
{
    rearm();
    m_debounce.start();
}

void ProfileWatcher::rearm()
{
    // Until ASTRO_HOME exists, watch its nearest existing ancestor to see it appear.
    QString directory = m_directory;
    while (!QFileInfo(directory).isDir()) {
        const QString parent = QFileInfo(directory).absolutePath();
        if (parent == directory)
            break;
        directory = parent;
    }
    const QStringList directories = m_watcher.directories();
    for (const QString &path : directories) {
        if (path != directory)
            m_watcher.removePath(path);
    }
    if (!directories.contains(directory) && !m_watcher.addPath(directory))
        qCDebug(lcStore) << "cannot watch" << directory;

    // Always the file's current inode: a watch on a replaced file would report nothing more.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (directory == m_directory && QFileInfo::exists(m_filePath))
        m_watcher.addPath(m_filePath);
}

} // namespace ast
