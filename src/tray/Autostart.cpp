#include "tray/Autostart.h"

#include "tray/AutostartLaunchAgent.h"
#include "tray/AutostartRunKey.h"
#include "tray/AutostartXdg.h"

#include <QDir>
#include <QStandardPaths>

namespace ast::tray {

// The only platform switch: everything it selects builds and is tested on every platform.
std::unique_ptr<Autostart> makeAutostart(const QString &executable)
{
#if defined(Q_OS_WIN)
    return std::make_unique<RunKeyAutostart>(executable, RunKeyAutostart::RunKey,
                                             QSettings::NativeFormat);
#elif defined(Q_OS_MACOS)
    return std::make_unique<LaunchAgentAutostart>(
        executable, QDir::home().filePath(QStringLiteral("Library/LaunchAgents")));
#else
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return std::make_unique<XdgAutostart>(executable,
                                          QDir(config).filePath(QStringLiteral("autostart")));
#endif
}

} // namespace ast::tray
