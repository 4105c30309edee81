#include "CommandLine.h"

#include "ExitCode.h"
#include "Logging.h"
#include "commands/ApiCommand.h"
#include "commands/CompletionCommand.h"
#include "commands/LoginCommand.h"
#include "commands/LogoutCommand.h"
#include "commands/StatusCommand.h"
#include "commands/TokenCommand.h"
#include "commands/WhoamiCommand.h"

#include <QCoreApplication>

namespace ast::cli {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::cli::CommandLine)
};

struct CommandEntry
{
    const char *name;
    std::function<Command *(Context &)> create;
};

const QList<CommandEntry> &commands()
{
    static const QList<CommandEntry> entries = {
        {"login", [](Context &c) { return new LoginCommand(c); }},
        {"logout", [](Context &c) { return new LogoutCommand(c); }},
        {"whoami", [](Context &c) { return new WhoamiCommand(c); }},
        {"status", [](Context &c) { return new StatusCommand(c); }},
        {"token", [](Context &c) { return new TokenCommand(c); }},
        {"api", [](Context &c) { return new ApiCommand(c); }},
        {"completion", [](Context &c) { return new CompletionCommand(c); }},
    };
    return entries;
}

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &entry : commands()) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

QString optionsHelp(const QList<QCommandLineOption> &options)
{
    QStringList lines;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        lines << QStringLiteral("  %1 %2").arg(left, -24).arg(option.description());
    }
    return lines.join(u'\n');
}

int usageError(Terminal &terminal, const QString &message)
{
    terminal.error(message);
    terminal.say(Tr::tr("Run `ast --help` for usage."));
    return Usage;
}
} // namespace

QList<QCommandLineOption> CommandLine::globalOptions()
{
    return {
        {QStringLiteral("profile"),
         Tr::tr("Profile to use (env ASTRO_PROFILE, default \"default\")."),
         QStringLiteral("NAME")},
        {QStringLiteral("server"),
         Tr::tr("Astro API server (env ASTRO_SERVER; else the profile's)."), QStringLiteral("URL")},
        {QStringLiteral("json"), Tr::tr("Machine-readable output (whoami, status).")},
        {QStringLiteral("verbose"),
         Tr::tr("Log requests and state changes to stderr (secrets redacted).")},
        {{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show help.")},
        {QStringLiteral("version"), Tr::tr("Show the version.")},
    };
}

QString CommandLine::usage()
{
    QStringList lines;
    lines << Tr::tr("ast: sign in to Astro AI and use its API from the command line.") << QString()
          << Tr::tr("Usage: ast [options] COMMAND [args]") << QString() << Tr::tr("Commands:");
    for (const CommandSpec &spec : commandSpecs())
        lines << QStringLiteral("  %1 %2").arg(spec.name, -11).arg(spec.description);
    lines << QString() << Tr::tr("Options:") << optionsHelp(globalOptions()) << QString()
          << Tr::tr("Environment: ASTRO_HOME, ASTRO_PROFILE, ASTRO_SERVER, ASTRO_AUTH_URL, "
                    "ASTRO_CLIENT_ID,\n"
                    "  ASTRO_TOKEN, ASTRO_CREDENTIAL_STORE (auto|keyring|file), BROWSER, NO_COLOR.")
          << Tr::tr(
                 "Exit codes: 0 ok, 1 failure, 2 usage error, 4 sign-in required, 130 interrupted.")
          << QString() << Tr::tr("Run `ast COMMAND --help` for the options of a command.");
    return lines.join(u'\n');
}

QList<CommandLine::CommandSpec> CommandLine::commandSpecs()
{
    QList<CommandSpec> specs;
    Terminal quiet;
    Context context({}, false, quiet);
    for (const CommandEntry &entry : commands()) {
        std::unique_ptr<Command> command(entry.create(context));
        specs << CommandSpec {QLatin1String(entry.name), command->description(), command->options(),
                              command->arguments()};
    }
    return specs;
}

QString CommandLine::commandHelp(const QString &name, const Command &command)
{
    QStringList lines;
    lines << command.description() << QString()
          << Tr::tr("Usage: ast [options] %1%2%3")
                 .arg(name, command.options().isEmpty() ? QString() : QStringLiteral(" [flags]"),
                      command.arguments().isEmpty() ? QString() : u' ' + command.arguments());
    if (!command.options().isEmpty())
        lines << QString() << Tr::tr("Flags:") << optionsHelp(command.options());
    lines << QString() << Tr::tr("Options:") << optionsHelp(globalOptions());
    if (!command.examples().isEmpty())
        lines << QString() << Tr::tr("Examples:") << command.examples();
    return lines.join(u'\n');
}

CommandLine::Parsed CommandLine::parse(const QStringList &arguments, Terminal &terminal)
{
    Parsed parsed;
    QCommandLineParser global;
    global.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(globalOptions());
    if (!global.parse(arguments)) {
        parsed.exitNow = usageError(terminal, global.errorText());
        return parsed;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(QStringLiteral("version"))) {
        terminal.dataLine(
            QStringLiteral("ast version %1 (Qt %2)")
                .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())));
        parsed.exitNow = Success;
        return parsed;
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("help")) {
        const bool asked = global.isSet(QStringLiteral("help")) || !rest.isEmpty();
        if (rest.size() < 2) {
            if (asked) {
                terminal.dataLine(usage());
                parsed.exitNow = Success;
            } else {
                terminal.say(usage());
                parsed.exitNow = Usage;
            }
            return parsed;
        }
    }
    const bool helpCommand = rest.first() == QLatin1String("help");
    const QString name = helpCommand ? rest.at(1) : rest.first();
    const CommandEntry *entry = findCommand(name);
    if (!entry) {
        parsed.exitNow = usageError(terminal, Tr::tr("unknown command \"%1\"").arg(name.left(40)));
        return parsed;
    }

    // The command's own parser also accepts the global options, so `ast whoami --json` works.
    QCommandLineParser local;
    local.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    local.addOptions(globalOptions());
    Terminal quiet;
    Context scratch({}, false, quiet);
    std::unique_ptr<Command> probe(entry->create(scratch));
    local.addOptions(probe->options());
    QStringList commandArguments = rest.mid(helpCommand ? 2 : 1);
    commandArguments.prepend(QStringLiteral("ast"));
    if (!local.parse(commandArguments)) {
        parsed.exitNow = usageError(terminal, local.errorText());
        return parsed;
    }
    if (helpCommand || global.isSet(QStringLiteral("help"))
        || local.isSet(QStringLiteral("help"))) {
        terminal.dataLine(commandHelp(name, *probe));
        parsed.exitNow = Success;
        return parsed;
    }
    if (local.isSet(QStringLiteral("version"))) {
        parsed.exitNow = usageError(terminal, Tr::tr("--version takes no command"));
        return parsed;
    }

    auto settings = Settings::fromEnvironment();
    if (!settings) {
        parsed.exitNow = usageError(terminal, settings.error().detail);
        return parsed;
    }
    auto pick = [&](const QString &option) -> std::optional<QString> {
        if (local.isSet(option))
            return local.value(option);
        if (global.isSet(option))
            return global.value(option);
        return std::nullopt;
    };
    if (auto profile = pick(QStringLiteral("profile")))
        settings->profile = *profile;
    if (!Settings::isValidProfileName(settings->profile)) {
        parsed.exitNow =
            usageError(terminal,
                       Tr::tr("invalid profile name \"%1\": use letters, digits, '.', '_' or '-'")
                           .arg(settings->profile.left(64)));
        return parsed;
    }
    if (auto server = pick(QStringLiteral("server"))) {
        if (server->isEmpty()) {
            parsed.exitNow = usageError(terminal, Tr::tr("--server needs a URL"));
            return parsed;
        }
        settings->serverOverride = *server;
    }
    if (global.isSet(QStringLiteral("verbose")) || local.isSet(QStringLiteral("verbose")))
        enableVerboseLogging();
    const bool json = global.isSet(QStringLiteral("json")) || local.isSet(QStringLiteral("json"));

    parsed.context = std::make_unique<Context>(settings.value(), json, terminal);
    parsed.command.reset(entry->create(*parsed.context));
    if (Status error = parsed.command->configure(local)) {
        parsed.exitNow = usageError(terminal, error->detail);
        parsed.command.reset();
    }
    return parsed;
}

} // namespace ast::cli
