#include "tray/AutostartLaunchAgent.h"

#include "tray/AutostartFile.h"

#include <QDir>
#include <QFile>

namespace ast::tray {

LaunchAgentAutostart::LaunchAgentAutostart(QString executable, QString launchAgentsDirectory)
    : m_executable(std::move(executable))
    , m_directory(std::move(launchAgentsDirectory))
{
}

QString LaunchAgentAutostart::location() const
{
    return QDir(m_directory).filePath(QStringLiteral("%1.plist").arg(QLatin1String(Label)));
}

bool LaunchAgentAutostart::isEnabled() const
{
    return QFile::exists(location());
}

// The same keys and values as installer/macos/ai.astro.tray.plist.in (a test compares them).
// launchd reads the agent at the next login: RunAtLoad starts it then, once (no KeepAlive:
// quitting from the menu must stay quit), and only in a graphical (Aqua) session.
QByteArray LaunchAgentAutostart::plist(const QString &executable)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "        <string>%2</string>\n"
                          "    </array>\n"
                          "    <key>RunAtLoad</key>\n"
                          "    <true/>\n"
                          "    <key>KeepAlive</key>\n"
                          "    <false/>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Interactive</string>\n"
                          "    <key>LimitLoadToSessionType</key>\n"
                          "    <string>Aqua</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(QLatin1String(Label), executable.toHtmlEscaped())
        .toUtf8();
}

Status LaunchAgentAutostart::setEnabled(bool enabled)
{
    if (!enabled)
        return autostartfile::remove(location());
    return autostartfile::write(location(), plist(m_executable));
}

} // namespace ast::tray
