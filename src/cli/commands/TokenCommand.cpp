#include "cli/commands/TokenCommand.h"

#include "cli/ExitCode.h"
#include "core/SessionManager.h"

namespace ast::cli {

CommandSpec TokenCommand::spec()
{
    return {.name = QStringLiteral("token"),
            .summary = tr("Print a valid access token to stdout, refreshing it if needed."),
            .examples = QStringLiteral(
                "  curl -H \"Authorization: Bearer $(ast token)\" https://api.example.com/v1/me")};
}

void TokenCommand::run()
{
    const QString &environmentToken = context().settings().environmentToken;
    if (!environmentToken.isEmpty()) {
        terminal().dataLine(environmentToken);
        return finish(Success);
    }
    context().sessions()->validSession(context().profile(), false, this,
                                       [this](Result<ValidSession> session) {
                                           if (!session)
                                               return fail(session.error());
                                           terminal().dataLine(session->tokens.accessToken);
                                           finish(Success);
                                       });
}

} // namespace ast::cli
