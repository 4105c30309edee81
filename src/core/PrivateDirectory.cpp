#include "core/PrivateDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ast::PrivateDirectory {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::PrivateDirectory)
};

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

Error refused(const QString &detail)
{
    return {ErrorKind::CorruptCredentials, {}, detail};
}
} // namespace

Status checkOwner(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt; // missing: nothing to trust or distrust yet
    const QString shown = QDir::toNativeSeparators(path);
    if (info.st_uid != ::geteuid())
        return refused(Tr::tr("%1 belongs to another user (uid %2), who could read your tokens "
                              "or redirect them. Remove it, or set ASTRO_HOME to a directory of "
                              "your own.")
                           .arg(shown)
                           .arg(info.st_uid));
    if (info.st_mode & (S_IWGRP | S_IWOTH))
        return refused(
            Tr::tr("%1 is writable by other users, who could redirect your tokens. "
                   "Run: chmod %2 %1")
                .arg(shown, S_ISDIR(info.st_mode) ? QStringLiteral("700") : QStringLiteral("600")));
#else
    Q_UNUSED(path);
#endif
    return std::nullopt;
}

Status ensure(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QDir parent = info.absoluteDir();
        if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
            return Error {
                ErrorKind::StorageFailed,
                {},
                Tr::tr("cannot create %1").arg(QDir::toNativeSeparators(parent.absolutePath()))};
        // Qt 6.3+: the mode goes to mkdir(2) itself. A concurrent creator is fine: checked below.
        if (!parent.mkdir(info.fileName(), OwnerOnly) && !QFileInfo::exists(path))
            return Error {ErrorKind::StorageFailed,
                          {},
                          Tr::tr("cannot create %1").arg(QDir::toNativeSeparators(path))};
        return checkOwner(path);
    }
    if (Status problem = checkOwner(path))
        return problem;
    // Ours and not writable by others: narrow what others may read, too.
    QFile::setPermissions(path, OwnerOnly);
    return std::nullopt;
}

} // namespace ast::PrivateDirectory
