#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace ast {

// Tells when credentials.json may have changed, whoever changed it (this process, `ast`, the
// tray). Watches the file and its directory: writes are atomic renames, which replace the
// file's inode and silently end a watch on the file itself, so every change re-adds the
// paths. Bursts (temp file, rename, lock files) are folded into one profilesChanged().
class ProfileWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 50;

    explicit ProfileWatcher(const QString &credentialsFilePath, QObject *parent = nullptr);

Q_SIGNALS:
    void profilesChanged();

private:
    void onPathChanged();
    void rearm();

    QString m_filePath;
    QString m_directory;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};

} // namespace ast
