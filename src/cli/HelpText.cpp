#include "cli/HelpText.h"

#include "cli/CommandLine.h"

#include <QCoreApplication>

namespace ast::cli::HelpText {

namespace {
// The texts were written in CommandLine, and keep its translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::cli::CommandLine)
};
} // namespace

QStringList flags(const QCommandLineOption &option)
{
    QStringList flags;
    for (const QString &name : option.names())
        flags << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    return flags;
}

QString options(const QList<QCommandLineOption> &options)
{
    QStringList lines;
    for (const QCommandLineOption &option : options) {
        QString left = flags(option).join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        lines << QStringLiteral("  %1 %2").arg(left, -24).arg(option.description());
    }
    return lines.join(u'\n');
}

QString usage()
{
    QStringList lines;
    lines << Tr::tr("ast: sign in to Astro AI and use its API from the command line.") << QString()
          << Tr::tr("Usage: ast [options] COMMAND [args]") << QString() << Tr::tr("Commands:");
    for (const CommandSpec &spec : commandSpecs())
        lines << QStringLiteral("  %1 %2").arg(spec.name, -11).arg(spec.summary);
    lines << QString() << Tr::tr("Options:") << options(CommandLine::globalOptions()) << QString()
          << Tr::tr("Environment: ASTRO_HOME, ASTRO_PROFILE, ASTRO_SERVER, ASTRO_AUTH_URL, "
                    "ASTRO_CLIENT_ID,\n"
                    "  ASTRO_TOKEN, ASTRO_CREDENTIAL_STORE (auto|keyring|file), BROWSER, NO_COLOR.")
          << Tr::tr(
                 "Exit codes: 0 ok, 1 failure, 2 usage error, 4 sign-in required, 130 interrupted.")
          << QString() << Tr::tr("Run `ast COMMAND --help` for the options of a command.");
    return lines.join(u'\n');
}

QString command(const CommandSpec &spec)
{
    QStringList lines;
    lines << spec.summary << QString()
          << Tr::tr("Usage: ast [options] %1%2%3")
                 .arg(spec.name, spec.options.isEmpty() ? QString() : QStringLiteral(" [flags]"),
                      spec.arguments.isEmpty() ? QString() : u' ' + spec.arguments);
    if (!spec.options.isEmpty())
        lines << QString() << Tr::tr("Flags:") << options(spec.options);
    lines << QString() << Tr::tr("Options:") << options(CommandLine::globalOptions());
    if (!spec.examples.isEmpty())
        lines << QString() << Tr::tr("Examples:") << spec.examples;
    return lines.join(u'\n');
}

} // namespace ast::cli::HelpText
