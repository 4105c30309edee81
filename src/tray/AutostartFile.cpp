#include "tray/AutostartFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ast::tray::autostartfile {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::tray::Autostart)
};
} // namespace

Status write(const QString &path, const QByteArray &content)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return Error {ErrorKind::StorageFailed, {}, Tr::tr("cannot create %1").arg(directory)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit())
        return Error {ErrorKind::StorageFailed,
                      {},
                      Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    return std::nullopt;
}

Status remove(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return Error {ErrorKind::StorageFailed, {}, Tr::tr("cannot remove %1").arg(path)};
    return std::nullopt;
}

} // namespace ast::tray::autostartfile
