#include "Command.h"

#include "ExitCode.h"

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
    terminal().error(userMessage(error));
    finish(exitCodeFor(error));
}

} // namespace ast::cli
