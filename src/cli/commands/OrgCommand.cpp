#include "cli/commands/OrgCommand.h"

#include "cli/ExitCode.h"
#include "cli/OrganizationChoice.h"
#include "core/SessionManager.h"
#include "core/TerminalText.h"

namespace ast::cli {

CommandSpec OrgCommand::spec()
{
    return {.name = QStringLiteral("org"),
            .summary = tr("Switch the profile's session to another of your organizations."),
            .arguments = QStringLiteral("switch ORG_ID"),
            .examples = QStringLiteral("  ast org switch org_01H...")};
}

Status OrgCommand::configure(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.value(0) != QLatin1String("switch") || arguments.size() != 2)
        return Error {ErrorKind::InvalidInput, {}, tr("usage: ast org switch ORG_ID")};
    if (!OrganizationChoice::isValidId(arguments.at(1)))
        return Error {
            ErrorKind::InvalidInput,
            {},
            tr("not an organization id: \"%1\"").arg(TerminalText::sanitized(arguments.at(1)))};
    m_organizationId = arguments.at(1);
    return std::nullopt;
}

void OrgCommand::run()
{
    context().sessions()->switchOrganization(
        context().profile(), m_organizationId, [this](Result<ValidSession> session) {
            if (session) {
                terminal().success(
                    tr("Profile \"%1\" now uses organization %2.")
                        .arg(context().profile(), terminal().bold(session->record.organizationId)));
                return finish(Success);
            }
            const Error &error = session.error();
            // Refused by the server (not a member, or switching is not allowed): the session
            // is kept, and signing in to that organization is the other way in.
            if (error.kind == ErrorKind::ServerRefused && error.httpStatus >= 400
                && error.httpStatus < 500) {
                terminal().error(
                    tr("The server refused the switch to organization %1; your "
                       "session is unchanged (%2).")
                        .arg(m_organizationId, TerminalText::sanitized(userMessage(error))));
                terminal().say(tr("To use that organization, sign in to it: ast login "
                                  "--organization %1")
                                   .arg(m_organizationId));
                return finish(Failure);
            }
            fail(error);
        });
}

} // namespace ast::cli
