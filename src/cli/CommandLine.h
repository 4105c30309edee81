#pragma once

#include "Command.h"
#include "Settings.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace ast::cli {

// Parses `ast [global options] COMMAND [options] [args]` (global options may also follow
// the command), builds the command, and prints help. Usage errors become exit code 2.
class CommandLine
{
public:
    struct Parsed
    {
        std::unique_ptr<Context> context;
        std::unique_ptr<Command> command;
        std::optional<int> exitNow; // --help, --version or a usage error: nothing to run
    };

    // What each command accepts, for help and for the shell completion scripts.
    struct CommandSpec
    {
        QString name;
        QString description;
        QList<QCommandLineOption> options;
        QString arguments;
    };

    static Parsed parse(const QStringList &arguments, Terminal &terminal);
    static QList<CommandSpec> commandSpecs();
    static QList<QCommandLineOption> globalOptions();

private:
    static QString usage();
    static QString commandHelp(const QString &name, const Command &command);
};

} // namespace ast::cli
