#pragma once

#include "cli/Command.h"
#include "core/Settings.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>
#include <optional>

namespace ast::cli {

// Parses `ast [global options] COMMAND [options] [args]` (global options may also follow
// the command), builds the command from the registry, and prints help. Usage errors become
// exit code 2.
class CommandLine
{
public:
    struct Parsed
    {
        std::unique_ptr<Context> context;
        std::unique_ptr<Command> command;
        std::optional<int> exitNow; // --help, --version or a usage error: nothing to run
    };

    static Parsed parse(const QStringList &arguments, Terminal &terminal);
    static QList<QCommandLineOption> globalOptions();

private:
    // Each step returns an exit code when the run ends there.
    using Outcome = std::optional<int>;

    explicit CommandLine(Terminal &terminal);
    Outcome parseInto(const QStringList &arguments, Parsed &parsed);
    // Options before the command; --version, and `ast`/`ast help` without a command.
    Outcome parseGlobalOptions(const QStringList &arguments);
    // The command's own options, and the global options again (`ast whoami --json`).
    Outcome parseCommandOptions(const QStringList &arguments);
    // Settings from the environment with --profile and --server applied.
    Result<Settings> resolveSettings() const;
    // Set before or after the command.
    bool isSet(const QString &option) const;
    int usageError(const QString &message) const;

    Terminal &m_terminal;
    QCommandLineParser m_global;
    QCommandLineParser m_local;
    CommandSpec m_spec;
};

} // namespace ast::cli
