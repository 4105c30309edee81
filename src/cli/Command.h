#pragma once

#include "Context.h"
#include "Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>

namespace ast::cli {

// One subcommand of `ast` (one class each, KeePassXC style). run() starts the work; the
// command emits finished(exitCode) exactly once when it is done.
class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(Context &context)
        : m_context(context)
    {
    }

    // Options and arguments of this command, for parsing and help.
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QString arguments() const { return {}; }
    virtual QString description() const = 0;
    virtual QString examples() const { return {}; }
    // Reads parsed options; an error here is a usage error (exit 2).
    virtual Status configure(const QCommandLineParser &parser)
    {
        if (!parser.positionalArguments().isEmpty())
            return Error {
                ErrorKind::InvalidInput,
                {},
                tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())};
        return std::nullopt;
    }
    virtual void run() = 0;
    // Ctrl-C: stop cleanly, store nothing half-done.
    virtual void interrupt() { finish(Interrupted); }
    // SIGINT/SIGTERM. A refresh request already sent is waited for (its rotated pair must be
    // saved, or the session is lost), then the exit code is 128 + the signal; a second signal
    // quits at once, with a warning. Otherwise interrupt().
    void onSignal(int signalNumber);

    static constexpr int Interrupted = 130;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    Context &context() const { return m_context; }
    Terminal &terminal() const { return m_context.terminal(); }
    void finish(int exitCode);
    // Prints the error in words and finishes with its exit code.
    void fail(const Error &error);

private:
    Context &m_context;
    bool m_finished = false;
    int m_signal = 0; // the first signal received; its exit code wins
    int m_signals = 0;
};

} // namespace ast::cli
