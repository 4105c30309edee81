#include "Terminal.h"

#include <QtGlobal>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace ast::cli {

Terminal::Terminal()
{
    m_stdoutTty = isatty(fileno(stdout));
    m_stderrTty = isatty(fileno(stderr));
    // Two variables, not QProcessEnvironment: that copies the whole environment, and every
    // `ast` run builds a few Terminals.
    m_colors = m_stderrTty && !qEnvironmentVariableIsSet("NO_COLOR") && qgetenv("TERM") != "dumb";
}

void Terminal::write(FILE *stream, const QByteArray &bytes) const
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString Terminal::paint(const char *code, const QString &text) const
{
    if (!m_colors)
        return text;
    return QStringLiteral("\x1b[") + QLatin1String(code) + u'm' + text + QStringLiteral("\x1b[0m");
}

QString Terminal::bold(const QString &text) const
{
    return paint("1", text);
}
QString Terminal::dim(const QString &text) const
{
    return paint("2", text);
}

void Terminal::say(const QString &line) const
{
    write(stderr, (line + u'\n').toUtf8());
}

void Terminal::raw(const QString &text) const
{
    write(stderr, text.toUtf8());
}

void Terminal::success(const QString &line) const
{
    say(paint("32", QStringLiteral("✓")) + u' ' + line);
}

void Terminal::warning(const QString &line) const
{
    say(paint("33", QStringLiteral("!")) + u' ' + line);
}

void Terminal::error(const QString &line) const
{
    say(paint("31", QStringLiteral("error:")) + u' ' + line);
}

void Terminal::data(const QByteArray &bytes) const
{
    write(stdout, bytes);
}

void Terminal::dataLine(const QString &line) const
{
    write(stdout, (line + u'\n').toUtf8());
}

} // namespace ast::cli
