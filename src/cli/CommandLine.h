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

    static Parsed parse(const QStringList &arguments, Terminal &terminal);

private:
    static QList<QCommandLineOption> globalOptions();
    static QString usage();
    static QString commandHelp(const QString &name, const Command &command);
};

} // namespace ast::cli
