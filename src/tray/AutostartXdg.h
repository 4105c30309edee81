#pragma once

#include "tray/Autostart.h"

namespace ast::tray {

// An XDG autostart entry (Desktop Application Autostart spec): astro-tray.desktop in
// `autostartDirectory`, normally $XDG_CONFIG_HOME/autostart.
class XdgAutostart : public Autostart
{
public:
    XdgAutostart(QString executable, QString autostartDirectory);

    bool isEnabled() const override;
    Status setEnabled(bool enabled) override;
    QString location() const override;

    // The Exec= value for `executable`, quoted and escaped as the Desktop Entry spec asks.
    static QString execArgument(const QString &executable);

private:
    QString m_executable;
    QString m_directory;
};

} // namespace ast::tray
