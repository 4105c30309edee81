#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QFile;
class QIODevice;

namespace ast::cli {

// The only place that knows about stdout/stderr, TTYs and colours. Human messages go to
// stderr, data to stdout (README, "Using ast"). Colour only on a TTY, never with NO_COLOR or
// TERM=dumb.
class Terminal
{
public:
    // The process's stdout and stderr.
    Terminal();
    // Any two devices, e.g. buffers in a test: no TTY, no colour. Not owned.
    Terminal(QIODevice *out, QIODevice *err);
    ~Terminal();
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;

    bool stdoutIsTty() const { return m_stdoutTty; }
    bool stderrIsTty() const { return m_stderrTty; }

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

    std::unique_ptr<QFile> m_stdout; // set when writing to the process's own streams
    std::unique_ptr<QFile> m_stderr;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    bool m_stdoutTty = false;
    bool m_stderrTty = false;
    bool m_colors = false;
};

} // namespace ast::cli
