#include "Command.h"

#include "ExitCode.h"
#include "SessionManager.h"
#include "TerminalText.h"

namespace ast::cli {

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
