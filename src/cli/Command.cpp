#include "cli/Command.h"

#include "cli/ExitCode.h"
#include "cli/commands/ApiCommand.h"
#include "cli/commands/CompletionCommand.h"
#include "cli/commands/LoginCommand.h"
#include "cli/commands/LogoutCommand.h"
#include "cli/commands/OrgCommand.h"
#include "cli/commands/StatusCommand.h"
#include "cli/commands/TokenCommand.h"
#include "cli/commands/WhoamiCommand.h"
#include "core/SessionManager.h"
#include "core/TerminalText.h"

namespace ast::cli {

namespace {
template<class C> CommandEntry entry()
{
    return {&C::spec, [](Context &context) -> std::unique_ptr<Command> {
                return std::make_unique<C>(context);
            }};
}
} // namespace

const QList<CommandEntry> &commandRegistry()
{
    static const QList<CommandEntry> entries = {
        entry<LoginCommand>(),  entry<LogoutCommand>(),     entry<WhoamiCommand>(),
        entry<StatusCommand>(), entry<OrgCommand>(),        entry<TokenCommand>(),
        entry<ApiCommand>(),    entry<CompletionCommand>(),
    };
    return entries;
}

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &entry : commandRegistry()) {
        if (entry.spec().name == name)
            return &entry;
    }
    return nullptr;
}

QList<CommandSpec> commandSpecs()
{
    QList<CommandSpec> specs;
    for (const CommandEntry &entry : commandRegistry())
        specs << entry.spec();
    return specs;
}

Status Command::configure(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Error {ErrorKind::InvalidInput,
                      {},
                      tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())};
    return std::nullopt;
}

void Command::interrupt()
{
    finish(Interrupted);
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Interrupted while a refresh finished: whatever the command did, it was interrupted.
    if (m_signal != 0 && (exitCode == Success || exitCode == Interrupted))
        exitCode = 128 + m_signal;
    Q_EMIT finished(exitCode);
}

void Command::onSignal(int signalNumber)
{
    if (m_finished)
        return;
    if (m_signal == 0)
        m_signal = signalNumber;
    ++m_signals;
    SessionManager *sessions = m_context.sessionsIfCreated();
    if (!sessions || !sessions->isRefreshInFlight())
        return interrupt();
    if (m_signals == 1) {
        terminal().say(tr("Waiting for the token refresh to be saved, so that the session is "
                          "kept (interrupt again to quit at once)..."));
        connect(sessions, &SessionManager::refreshSettled, this, [this] { finish(Interrupted); });
        return;
    }
    terminal().warning(tr("Quit before the refreshed tokens were saved: the profile may have to "
                          "be signed in again (`ast login`)."));
    finish(Interrupted);
}

void Command::fail(const Error &error)
{
    if (m_finished)
        return;
    // The detail may carry server or file text.
    terminal().error(TerminalText::sanitizedLines(userMessage(error)));
    finish(exitCodeFor(error));
}

} // namespace ast::cli
