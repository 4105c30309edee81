#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace ast::tray {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::tray::Autostart)
};

// Desktop Entry spec, "The Exec key": quote an argument holding reserved characters; inside
// quotes, escape " ` $ \ with a backslash; then the string value itself escapes backslashes.
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return argument;
    QString quoted;
    for (QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    return u'"' + quoted + u'"';
}
} // namespace

Autostart::Autostart(QString executable)
    : m_executable(std::move(executable))
{
}

QString Autostart::location() const
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(config).filePath(QStringLiteral("autostart/astro-tray.desktop"));
}

bool Autostart::isEnabled() const
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // An entry the desktop was told to skip does not count.
    const QByteArray content = file.read(64 * 1024);
    return !content.contains("\nHidden=true")
        && !content.contains("\nX-GNOME-Autostart-enabled=false");
}

Status Autostart::setEnabled(bool enabled)
{
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error {ErrorKind::StorageFailed, {}, Tr::tr("cannot remove %1").arg(path)};
        return std::nullopt;
    }
    QFile templateFile(QStringLiteral(":/astro/autostart/astro-tray.desktop.in"));
    if (!templateFile.open(QIODevice::ReadOnly))
        return Error {ErrorKind::StorageFailed, {}, Tr::tr("the autostart template is missing")};
    QString entry = QString::fromUtf8(templateFile.readAll());
    entry.replace(QStringLiteral("@EXEC@"), execArgument(m_executable));

    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {ErrorKind::StorageFailed,
                      {},
                      Tr::tr("cannot create %1").arg(QFileInfo(path).absolutePath())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit())
        return Error {ErrorKind::StorageFailed,
                      {},
                      Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    return std::nullopt;
}

} // namespace ast::tray
