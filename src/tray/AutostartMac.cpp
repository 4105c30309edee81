#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ast::tray {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::tray::Autostart)
};

constexpr auto Label = "ai.astro.tray";
} // namespace

Autostart::Autostart(QString executable)
    : m_executable(std::move(executable))
{
}

QString Autostart::location() const
{
    return QDir::home().filePath(
        QStringLiteral("Library/LaunchAgents/%1.plist").arg(QLatin1String(Label)));
}

bool Autostart::isEnabled() const
{
    return QFile::exists(location());
}

Status Autostart::setEnabled(bool enabled)
{
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error {ErrorKind::StorageFailed, {}, Tr::tr("cannot remove %1").arg(path)};
        return std::nullopt;
    }
    // launchd starts the agent at the next login; RunAtLoad makes it start then.
    const QString plist =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                       "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                       "<plist version=\"1.0\">\n<dict>\n"
                       "  <key>Label</key><string>%1</string>\n"
                       "  <key>ProgramArguments</key><array><string>%2</string></array>\n"
                       "  <key>RunAtLoad</key><true/>\n"
                       "  <key>ProcessType</key><string>Interactive</string>\n"
                       "</dict>\n</plist>\n")
            .arg(QLatin1String(Label), m_executable.toHtmlEscaped());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {ErrorKind::StorageFailed,
                      {},
                      Tr::tr("cannot create %1").arg(QFileInfo(path).absolutePath())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(plist.toUtf8()) < 0 || !file.commit())
        return Error {ErrorKind::StorageFailed,
                      {},
                      Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    return std::nullopt;
}

} // namespace ast::tray
