#include "LogoutCommand.h"

#include "../ExitCode.h"
#include "SessionStore.h"

namespace ast::cli {

QList<QCommandLineOption> LogoutCommand::options() const
{
    return { { QStringLiteral("all"), tr("Sign out of every profile.") } };
}

QString LogoutCommand::description() const
{
    return tr("Forget the profile's tokens (from the keyring and the credentials file).");
}

Status LogoutCommand::configure(const QCommandLineParser &parser)
{
    m_all = parser.isSet(QStringLiteral("all"));
    return Command::configure(parser);
}

void LogoutCommand::run()
{
    auto data = context().store()->load();
    if (!data)
        return fail(data.error());
    QStringList targets;
    QStringList signedIn;
    for (const ProfileRecord &record : data->profiles) {
        if (!m_all && record.name != context().profile())
            continue;
        targets << record.name;
        if (record.state() != ProfileRecord::State::SignedOut)
            signedIn << record.name;
    }
    if (targets.isEmpty()) {
        terminal().say(m_all ? tr("No profile is signed in.")
                             : tr("Profile \"%1\" is not signed in.").arg(context().profile()));
        return finish(Success);
    }
    context().store()->signOut(targets, [this, signedIn](Status error) {
        if (error)
            return fail(*error);
        if (signedIn.isEmpty())
            terminal().say(m_all ? tr("No profile is signed in.")
                                 : tr("Profile \"%1\" is not signed in.").arg(context().profile()));
        for (const QString &profile : signedIn)
            terminal().success(tr("Signed out of profile \"%1\".").arg(profile));
        finish(Success);
    });
}

} // namespace ast::cli
