#pragma once

#include "tray/Autostart.h"

#include <QSettings>

namespace ast::tray {

// The Windows Run key: a value "Astro" holding the quoted command line. `settingsPath` and
// `format` say where: RunKey with QSettings::NativeFormat is the registry key Windows reads
// at login; any other path and format (an IniFormat file in tests) behaves the same.
class RunKeyAutostart : public Autostart
{
public:
    static inline const QString RunKey =
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
    static inline const QString ValueName = QStringLiteral("Astro");

    RunKeyAutostart(QString executable, QString settingsPath, QSettings::Format format);

    bool isEnabled() const override;
    Status setEnabled(bool enabled) override;
    QString location() const override;

    // The value written: the executable in native separators, in double quotes so that a path
    // with spaces ("C:\Program Files\...") is not split into a program and arguments.
    static QString command(const QString &executable);

private:
    QString m_executable;
    QString m_settingsPath;
    QSettings::Format m_format;
};

} // namespace ast::tray
