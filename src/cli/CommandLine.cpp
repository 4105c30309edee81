#include "cli/CommandLine.h"

#include "cli/ExitCode.h"
#include "cli/HelpText.h"
#include "core/Logging.h"

#include <QCoreApplication>

namespace ast::cli {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::cli::CommandLine)
};
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

CommandLine::Parsed CommandLine::parse(const QStringList &arguments, Terminal &terminal)
{
    Parsed parsed;
    CommandLine commandLine(terminal);
    parsed.exitNow = commandLine.parseInto(arguments, parsed);
    if (parsed.exitNow)
        parsed.command.reset();
    return parsed;
}

CommandLine::CommandLine(Terminal &terminal)
    : m_terminal(terminal)
{
    for (QCommandLineParser *parser : {&m_global, &m_local}) {
        parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser->addOptions(globalOptions());
    }
    // Everything from the command on is the command's.
    m_global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

CommandLine::Outcome CommandLine::parseInto(const QStringList &arguments, Parsed &parsed)
{
    if (Outcome done = parseGlobalOptions(arguments))
        return done;
    const QStringList rest = m_global.positionalArguments();
    const bool helpCommand = rest.first() == QLatin1String("help");
    const QString name = rest.at(helpCommand ? 1 : 0);
    const CommandEntry *entry = findCommand(name);
    if (!entry)
        return usageError(Tr::tr("unknown command \"%1\"").arg(name.left(40)));
    m_spec = entry->spec();
    if (Outcome done = parseCommandOptions(rest.mid(helpCommand ? 2 : 1)))
        return done;
    if (helpCommand || isSet(QStringLiteral("help"))) {
        m_terminal.dataLine(HelpText::command(m_spec));
        return Success;
    }
    if (m_local.isSet(QStringLiteral("version")))
        return usageError(Tr::tr("--version takes no command"));

    auto settings = resolveSettings();
    if (!settings)
        return usageError(settings.error().detail);
    if (isSet(QStringLiteral("verbose")))
        enableVerboseLogging();
    parsed.context =
        std::make_unique<Context>(settings.value(), isSet(QStringLiteral("json")), m_terminal);
    parsed.command = entry->create(*parsed.context);
    if (Status error = parsed.command->configure(m_local))
        return usageError(error->detail);
    return std::nullopt;
}

CommandLine::Outcome CommandLine::parseGlobalOptions(const QStringList &arguments)
{
    if (!m_global.parse(arguments))
        return usageError(m_global.errorText());
    if (m_global.isSet(QStringLiteral("version"))) {
        m_terminal.dataLine(
            QStringLiteral("ast version %1 (Qt %2)")
                .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())));
        return Success;
    }
    const QStringList rest = m_global.positionalArguments();
    const bool noCommand =
        rest.isEmpty() || (rest.size() == 1 && rest.first() == QLatin1String("help"));
    if (!noCommand)
        return std::nullopt;
    // Asked for (--help, `ast help`): to stdout. A bare `ast` is a usage error.
    if (m_global.isSet(QStringLiteral("help")) || !rest.isEmpty()) {
        m_terminal.dataLine(HelpText::usage());
        return Success;
    }
    m_terminal.say(HelpText::usage());
    return Usage;
}

CommandLine::Outcome CommandLine::parseCommandOptions(const QStringList &arguments)
{
    m_local.addOptions(m_spec.options);
    // The parser skips its first argument, the program name.
    if (!m_local.parse(QStringList {QStringLiteral("ast")} + arguments))
        return usageError(m_local.errorText());
    return std::nullopt;
}

Result<Settings> CommandLine::resolveSettings() const
{
    auto settings = Settings::fromEnvironment();
    if (!settings)
        return settings;
    auto usage = [](const QString &message) {
        return Error {ErrorKind::InvalidInput, {}, message};
    };
    // The value given after the command wins over the one before it.
    auto value = [this](const QString &option) -> std::optional<QString> {
        if (m_local.isSet(option))
            return m_local.value(option);
        if (m_global.isSet(option))
            return m_global.value(option);
        return std::nullopt;
    };
    if (auto profile = value(QStringLiteral("profile")))
        settings->profile = *profile;
    if (!Settings::isValidProfileName(settings->profile))
        return usage(Tr::tr("invalid profile name \"%1\": use letters, digits, '.', '_' or '-'")
                         .arg(settings->profile.left(64)));
    if (auto server = value(QStringLiteral("server"))) {
        if (server->isEmpty())
            return usage(Tr::tr("--server needs a URL"));
        settings->serverOverride = *server;
    }
    return settings;
}

bool CommandLine::isSet(const QString &option) const
{
    return m_global.isSet(option) || m_local.isSet(option);
}

int CommandLine::usageError(const QString &message) const
{
    m_terminal.error(message);
    m_terminal.say(Tr::tr("Run `ast --help` for usage."));
    return Usage;
}

} // namespace ast::cli
