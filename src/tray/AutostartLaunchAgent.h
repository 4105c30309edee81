#pragma once

#include "tray/Autostart.h"

#include <QByteArray>

namespace ast::tray {

// A launchd LaunchAgent: ai.astro.tray.plist in `launchAgentsDirectory`, normally
// ~/Library/LaunchAgents. The plist is XML written by plist() on every platform (not
// QSettings' NativeFormat, which is binary and macOS-only), so it is tested everywhere and
// matches installer/macos/ai.astro.tray.plist.in.
class LaunchAgentAutostart : public Autostart
{
public:
    static constexpr auto Label = "ai.astro.tray";

    LaunchAgentAutostart(QString executable, QString launchAgentsDirectory);

    bool isEnabled() const override;
    Status setEnabled(bool enabled) override;
    QString location() const override;

    // The LaunchAgent property list that starts `executable` at login.
    static QByteArray plist(const QString &executable);

private:
    QString m_executable;
    QString m_directory;
};

} // namespace ast::tray
