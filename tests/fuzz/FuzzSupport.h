// Shared by the fuzz targets: the input as Qt sees a network reply, and invariants that
// abort (so libFuzzer records the input) instead of asserting only in debug builds.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace astro::fuzz {

// A copy, as HttpClient hands bodies over (readAll() owns its bytes).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void require(bool condition, const char *invariant)
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", invariant);
    std::abort();
}

// Text that reaches a terminal: no control, format (bidi) or surrogate characters.
// Every code point printable (checked per code point, so that an emoji's surrogate pair counts
// as the one printable character it is).
inline bool printable(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isPrint(c))
            return false;
    }
    return true;
}

} // namespace astro::fuzz
