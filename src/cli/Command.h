#pragma once

#include "cli/Context.h"
#include "core/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <memory>

namespace ast::cli {

// What `ast` knows about a command without building it: parsing, help and the completion
// scripts all read this, so they cannot drift apart.
struct CommandSpec
{
    QString name;
    QString summary; // one line, for `ast --help` and the completion scripts
    QList<QCommandLineOption> options;
    QString arguments; // positional arguments in usage lines, e.g. "PATH"
    QString examples; // indented lines for `ast COMMAND --help`
};

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

    // Reads parsed options; an error here is a usage error (exit 2).
    virtual Status configure(const QCommandLineParser &parser);
    virtual void run() = 0;
    // Ctrl-C: stop cleanly, store nothing half-done.
    virtual void interrupt();
    // SIGINT/SIGTERM. A refresh request already sent is waited for (its rotated pair must be
    // saved, or the session is lost), then the exit code is 128 + the signal; a second signal
    // quits at once, with a warning. Otherwise interrupt().
    void onSignal(int signalNumber);

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

// The command registry: one entry per command, in the order `ast --help` lists them. A
// command is a class with `static CommandSpec spec()` plus one line in Command.cpp.
struct CommandEntry
{
    // A function, not a value: the texts are translated when asked for.
    CommandSpec (*spec)();
    std::unique_ptr<Command> (*create)(Context &context);
};

const QList<CommandEntry> &commandRegistry();
const CommandEntry *findCommand(const QString &name);
QList<CommandSpec> commandSpecs();

} // namespace ast::cli
