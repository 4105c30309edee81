#pragma once

#include "cli/Command.h"

namespace ast::cli {

// The texts of `ast --help` and `ast COMMAND --help`, from the command registry.
namespace HelpText {

QString usage();
QString command(const CommandSpec &spec);
// "-X, --method METHOD   description" lines.
QString options(const QList<QCommandLineOption> &options);
// "-X" and "--method": how the option is written on the command line.
QStringList flags(const QCommandLineOption &option);

} // namespace HelpText
} // namespace ast::cli
