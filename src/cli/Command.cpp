#include "Command.h"

#include "ExitCode.h"
#include "TerminalText.h"

namespace ast::cli {

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
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
