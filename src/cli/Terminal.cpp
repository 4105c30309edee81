#include "cli/Terminal.h"

#include <QFile>
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

namespace {
// Unbuffered: every message reaches its descriptor at once, so stdout and stderr lines keep
// their order when both go to the same pipe or log.
std::unique_ptr<QFile> openStream(FILE *stream)
{
    auto file = std::make_unique<QFile>();
    if (!file->open(fileno(stream), QIODevice::WriteOnly | QIODevice::Unbuffered,
                    QFileDevice::DontCloseHandle))
        qWarning("cannot write to file descriptor %d", fileno(stream));
    return file;
}
} // namespace

Terminal::Terminal()
    : m_stdout(openStream(stdout))
    , m_stderr(openStream(stderr))
    , m_out(m_stdout.get())
    , m_err(m_stderr.get())
{
    m_stdoutTty = isatty(fileno(stdout));
    m_stderrTty = isatty(fileno(stderr));
    // Two variables, not QProcessEnvironment: that copies the whole environment.
    m_colors = m_stderrTty && !qEnvironmentVariableIsSet("NO_COLOR") && qgetenv("TERM") != "dumb";
}

Terminal::Terminal(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{
}

Terminal::~Terminal() = default;

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
    m_err->write((line + u'\n').toUtf8());
}

void Terminal::raw(const QString &text) const
{
    m_err->write(text.toUtf8());
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
    m_out->write(bytes);
}

void Terminal::dataLine(const QString &line) const
{
    m_out->write((line + u'\n').toUtf8());
}

} // namespace ast::cli
