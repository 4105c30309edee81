#include "core/RuntimeDirectory.h"

#include "core/PrivateDirectory.h"

#include <QDir>
#include <QFileInfo>

namespace ast::RuntimeDirectory {

namespace {
bool usable(const QString &candidate)
{
    const QFileInfo info(candidate);
    return !candidate.isEmpty() && info.isAbsolute() && info.isDir()
        && !PrivateDirectory::checkOwner(candidate);
}
} // namespace

Result<QString> path(const QProcessEnvironment &environment)
{
    const QString runtime = environment.value(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString directory = usable(runtime)
        ? QDir(runtime).filePath(QStringLiteral("astro"))
        : QDir(environment.value(QStringLiteral("HOME"), QDir::homePath()))
              .filePath(QStringLiteral(".cache/astro-runtime"));
    if (Status problem = PrivateDirectory::ensure(directory))
        return *problem;
    return directory;
}

} // namespace ast::RuntimeDirectory
