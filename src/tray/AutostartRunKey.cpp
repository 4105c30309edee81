#include "tray/AutostartRunKey.h"

#include <QCoreApplication>
#include <QDir>

namespace ast::tray {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::tray::Autostart)
};
} // namespace

RunKeyAutostart::RunKeyAutostart(QString executable, QString settingsPath, QSettings::Format format)
    : m_executable(std::move(executable))
    , m_settingsPath(std::move(settingsPath))
    , m_format(format)
{
}

QString RunKeyAutostart::command(const QString &executable)
{
    return u'"' + QDir::toNativeSeparators(executable) + u'"';
}

QString RunKeyAutostart::location() const
{
    return m_settingsPath + u'\\' + ValueName;
}

bool RunKeyAutostart::isEnabled() const
{
    return QSettings(m_settingsPath, m_format).contains(ValueName);
}

Status RunKeyAutostart::setEnabled(bool enabled)
{
    QSettings run(m_settingsPath, m_format);
    if (enabled)
        run.setValue(ValueName, command(m_executable));
    else
        run.remove(ValueName);
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error {ErrorKind::StorageFailed, {}, Tr::tr("cannot change %1").arg(location())};
    return std::nullopt;
}

} // namespace ast::tray
