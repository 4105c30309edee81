#pragma once

#include "core/Result.h"

#include <QString>
#include <memory>

namespace ast::tray {

// "Start at login". Three implementations, all compiled on every platform so that each is
// unit-tested everywhere: XdgAutostart (Linux and other freedesktop systems),
// LaunchAgentAutostart (macOS), RunKeyAutostart (Windows). makeAutostart() picks this
// platform's one.
class Autostart
{
public:
    virtual ~Autostart() = default;

    virtual bool isEnabled() const = 0;
    virtual Status setEnabled(bool enabled) = 0;
    // Where the setting lives (a file path or a registry value), for messages and tests.
    virtual QString location() const = 0;
};

// This platform's autostart for `executable` (the program to start at login, normally this
// very binary), at the place the desktop reads it from.
std::unique_ptr<Autostart> makeAutostart(const QString &executable);

} // namespace ast::tray
