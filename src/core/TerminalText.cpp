#include "core/TerminalText.h"

#include <QJsonDocument>

namespace ast::TerminalText {

namespace {
constexpr char32_t Esc = 0x1b;
constexpr char32_t Bel = 0x07;
constexpr char32_t C1Dcs = 0x90, C1Sos = 0x98, C1Csi = 0x9b, C1St = 0x9c, C1Osc = 0x9d, C1Pm = 0x9e,
                   C1Apc = 0x9f;

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
        || c == 0x200f || c == 0x061c;
}

bool startsControlString(char32_t c)
{
    return c == C1Dcs || c == C1Sos || c == C1Osc || c == C1Pm || c == C1Apc;
}

// Code points of `text`; an unpaired surrogate becomes U+FFFD.
std::u32string codePoints(const QString &text)
{
    std::u32string points;
    points.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            points.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            points.push_back(0xfffd);
        } else {
            points.push_back(c.unicode());
        }
    }
    return points;
}

// Index just past a control string (OSC, DCS, ...) that starts at `i`: it ends with BEL,
// ST (ESC \ or U+009C) or the end of the text.
size_t skipControlString(const std::u32string &points, size_t i)
{
    for (; i < points.size(); ++i) {
        if (points[i] == Bel || points[i] == C1St)
            return i + 1;
        if (points[i] == Esc && i + 1 < points.size() && points[i + 1] == u'\\')
            return i + 2;
    }
    return i;
}

// Index just past a CSI sequence whose parameters start at `i` (ECMA-48 5.4).
size_t skipCsi(const std::u32string &points, size_t i)
{
    while (i < points.size() && points[i] >= 0x20 && points[i] <= 0x3f)
        ++i; // parameter and intermediate bytes
    if (i < points.size() && points[i] >= 0x40 && points[i] <= 0x7e)
        ++i; // final byte
    return i;
}

// Index just past an escape sequence whose ESC is at `i`.
size_t skipEscape(const std::u32string &points, size_t i)
{
    ++i;
    if (i >= points.size())
        return i;
    const char32_t next = points[i];
    if (next == u'[')
        return skipCsi(points, i + 1);
    if (next == u']' || next == u'P' || next == u'X' || next == u'^' || next == u'_')
        return skipControlString(points, i + 1);
    while (i < points.size() && points[i] >= 0x20 && points[i] <= 0x2f)
        ++i; // intermediates (e.g. "ESC ( B")
    if (i < points.size() && points[i] >= 0x30 && points[i] <= 0x7e)
        ++i; // final
    return i;
}

QString clean(const QString &text, int maxLength, bool keepNewlines)
{
    const std::u32string points = codePoints(text);
    std::u32string kept;
    kept.reserve(points.size());
    for (size_t i = 0; i < points.size();) {
        const char32_t c = points[i];
        if (c == Esc) {
            i = skipEscape(points, i);
        } else if (c == C1Csi) {
            i = skipCsi(points, i + 1);
        } else if (startsControlString(c)) {
            i = skipControlString(points, i + 1);
        } else {
            if (c == u'\t' || (c == u'\n' && !keepNewlines))
                kept.push_back(u' ');
            else if (c == u'\n' || !isUnsafe(c))
                kept.push_back(c);
            ++i;
        }
    }
    const bool cut = kept.size() > size_t(std::max(maxLength, 1));
    if (cut)
        kept.resize(size_t(std::max(maxLength, 1)) - 1);
    QString result = QString::fromUcs4(kept.data(), qsizetype(kept.size()));
    if (cut)
        result += QChar(0x2026); // "..."
    return result;
}
} // namespace

bool isUnsafe(char32_t codePoint)
{
    // QChar::isPrint() is false for format characters (zero-width and bidi ones among them),
    // private use and unassigned code points: invisible, or drawn as whatever a font decides.
    return isControl(codePoint) || isBidiControl(codePoint) || !QChar::isPrint(codePoint);
}

QString sanitized(const QString &text, int maxLength)
{
    return clean(text, maxLength, false);
}

QString sanitizedLines(const QString &text, int maxLength)
{
    return clean(text, maxLength, true);
}

QByteArray terminalSafeJson(const QJsonDocument &document)
{
    // Qt's writer already escapes C0 controls; C1, DEL and bidi controls go out as raw
    // UTF-8. They can only occur inside strings, where \uXXXX means the same to a parser.
    const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    QString safe;
    safe.reserve(json.size());
    for (const char32_t c : codePoints(json)) {
        const QString text = QString::fromUcs4(&c, 1);
        if (c == u'\n' || !isUnsafe(c)) {
            safe += text;
            continue;
        }
        for (const QChar unit : text) // a pair of escapes for a code point beyond U+FFFF
            safe += QStringLiteral("\\u%1").arg(unit.unicode(), 4, 16, QLatin1Char('0'));
    }
    return safe.toUtf8();
}

} // namespace ast::TerminalText
