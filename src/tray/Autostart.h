#pragma once

#include "Result.h"

#include <QString>

namespace ast::tray {

// "Start at login": an XDG autostart entry on Linux, a LaunchAgent on macOS, the HKCU Run key
// on Windows. Each platform lives in its own file (AutostartLinux.cpp, AutostartMac.cpp,
// AutostartWindows.cpp), chosen by CMake.
class Autostart
{
public:
    // `executable`: the program to start at login (normally this very binary).
    explicit Autostart(QString executable);

    bool isEnabled() const;
    Status setEnabled(bool enabled);
    // Where the setting lives (a file path or a registry key), for messages and tests.
    QString location() const;

private:
    QString m_executable;
};

} // namespace ast::tray
