#pragma once

#include <QByteArray>
#include <QString>

namespace ast::cli {

// The only place that knows about stdout/stderr, TTYs and colours. Human messages go to
// stderr, data to stdout (README, "Using ast"). Colour only on a TTY, never with NO_COLOR or
// TERM=dumb.
class Terminal
{
public:
    Terminal();

    bool stdoutIsTty() const { return m_stdoutTty; }
    bool stderrIsTty() const { return m_stderrTty; }
    bool colors() const { return m_colors; }

    void say(const QString &line) const; // plain line to stderr
    void raw(const QString &text) const; // to stderr, no newline (spinner)
    void success(const QString &line) const; // "✓ line"
    void warning(const QString &line) const; // "! line"
    void error(const QString &line) const; // "error: line"
    void data(const QByteArray &bytes) const; // raw to stdout
    void dataLine(const QString &line) const;

    QString bold(const QString &text) const;
    QString dim(const QString &text) const;

private:
    QString paint(const char *code, const QString &text) const;
    void write(FILE *stream, const QByteArray &bytes) const;

    bool m_stdoutTty = false;
    bool m_stderrTty = false;
    bool m_colors = false;
};

} // namespace ast::cli
