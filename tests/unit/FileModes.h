#pragma once

// File permissions in the unit tests: a path's mode bits, and a umask held for one test
// (header only).

#include <QFile>
#include <QString>
#include <sys/stat.h>

namespace astro::test {

// The permission bits of `path`, or mode_t(-1) when it cannot be read.
inline mode_t modeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

// Restores the umask when the test ends, whatever happens.
struct UmaskGuard
{
    explicit UmaskGuard(mode_t mask)
        : previous(::umask(mask))
    {
    }
    ~UmaskGuard() { ::umask(previous); }
    mode_t previous;
};

} // namespace astro::test
