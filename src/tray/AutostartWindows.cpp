#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace ast::tray {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::tray::Autostart)
};

const QString RunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString ValueName = QStringLiteral("Astro");
} // namespace

Autostart::Autostart(QString executable)
    : m_executable(std::move(executable))
{
}

QString Autostart::location() const
{
    return RunKey + u'\\' + ValueName;
}

bool Autostart::isEnabled() const
{
    return QSettings(RunKey, QSettings::NativeFormat).contains(ValueName);
}

Status Autostart::setEnabled(bool enabled)
{
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(ValueName, u'"' + QDir::toNativeSeparators(m_executable) + u'"');
    else
        run.remove(ValueName);
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error {ErrorKind::StorageFailed, {}, Tr::tr("cannot change %1").arg(location())};
    return std::nullopt;
}

} // namespace ast::tray
