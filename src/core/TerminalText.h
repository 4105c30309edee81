#pragma once

#include <QByteArray>
#include <QString>

class QJsonDocument;

namespace ast {

// Text from a server or a file is untrusted: before it is shown it loses everything a
// terminal would act on instead of printing (docs/SECURITY.md, "Hostile text"):
//   - C0 and C1 control characters (DEL included); a tab becomes a space;
//   - whole ESC / CSI / OSC / DCS / SOS / PM / APC sequences (7-bit and 8-bit forms), so
//     that no parameter bytes are left behind;
//   - bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the bidi
//     marks (U+200E, U+200F, U+061C), which can reverse what the user reads;
//   - other format characters (zero-width ones among them), private-use and unassigned code
//     points: invisible, or drawn as whatever a font decides;
//   - unpaired surrogates (replaced by U+FFFD).
// Longer text is cut to `maxLength` code points and ends in "...".
namespace TerminalText {

inline constexpr int DefaultMaxLength = 300;

// One line: newlines become spaces.
QString sanitized(const QString &text, int maxLength = DefaultMaxLength);
// Several lines (error messages): newlines are kept, everything else as sanitized().
QString sanitizedLines(const QString &text, int maxLength = 4 * DefaultMaxLength);

// Whether `codePoint` is one of the characters sanitized() removes.
bool isUnsafe(char32_t codePoint);

// The document as indented JSON with every unsafe code point written as a \uXXXX escape:
// the same values for a JSON parser, nothing for a terminal to act on.
QByteArray terminalSafeJson(const QJsonDocument &document);

} // namespace TerminalText
} // namespace ast
