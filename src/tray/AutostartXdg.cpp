#include "tray/AutostartXdg.h"

#include "tray/AutostartFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace ast::tray {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::tray::Autostart)
};
} // namespace

XdgAutostart::XdgAutostart(QString executable, QString autostartDirectory)
    : m_executable(std::move(executable))
    , m_directory(std::move(autostartDirectory))
{
}

// Desktop Entry spec, "The Exec key": quote an argument holding reserved characters; inside
// quotes, escape " ` $ \ with a backslash; then the string value itself escapes backslashes.
QString XdgAutostart::execArgument(const QString &executable)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = executable.isEmpty();
    for (QChar c : executable)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return executable;
    QString quoted;
    for (QChar c : executable) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    return u'"' + quoted + u'"';
}

QString XdgAutostart::location() const
{
    return QDir(m_directory).filePath(QStringLiteral("astro-tray.desktop"));
}

bool XdgAutostart::isEnabled() const
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // An entry the desktop was told to skip does not count.
    const QByteArray content = file.read(64 * 1024);
    return !content.contains("\nHidden=true")
        && !content.contains("\nX-GNOME-Autostart-enabled=false");
}

Status XdgAutostart::setEnabled(bool enabled)
{
    if (!enabled)
        return autostartfile::remove(location());
    QFile templateFile(QStringLiteral(":/astro/autostart/astro-tray.desktop.in"));
    if (!templateFile.open(QIODevice::ReadOnly))
        return Error {ErrorKind::StorageFailed, {}, Tr::tr("the autostart template is missing")};
    QString entry = QString::fromUtf8(templateFile.readAll());
    entry.replace(QStringLiteral("@EXEC@"), execArgument(m_executable));
    return autostartfile::write(location(), entry.toUtf8());
}

} // namespace ast::tray
