#include "cli/commands/LogoutCommand.h"

#include "cli/ExitCode.h"
#include "core/SessionStore.h"
#include "core/SignOut.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ast::cli {

CommandSpec LogoutCommand::spec()
{
    return {.name = QStringLiteral("logout"),
            .summary = tr(
                "Forget the profile's tokens (from the keyring and the credentials file) and end "
                "its session at WorkOS."),
            .options = {{QStringLiteral("all"), tr("Sign out of every profile.")}}};
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
    for (const ProfileRecord &record : data->profiles) {
        if (m_all || record.name == context().profile())
            targets << record.name;
    }
    m_signOut = new SignOut(
        context().store(), [this] { return context().http(); }, targets, this);
    connect(m_signOut, &SignOut::finished, this, &LogoutCommand::report);
    m_signOut->start();
}

void LogoutCommand::interrupt()
{
    // A profile whose tokens are being removed is finished first (report() then exits 130):
    // none is left half removed. Only the WorkOS call is cut short.
    m_interrupted = true;
    if (m_signOut && m_signOut->isRemovingLocally())
        return m_signOut->stop(); // report() follows once that profile is done
    warnInterrupted();
    finish(Interrupted);
}

void LogoutCommand::warnInterrupted()
{
    terminal().warning(tr("Interrupted before every profile was handled: run `ast logout` again "
                          "to finish. A session not yet ended at WorkOS stays valid until it "
                          "expires."));
}

void LogoutCommand::report(const QList<SignOutOutcome> &outcomes)
{
    bool allLocalDone = true;
    bool anySignedIn = false;
    QJsonArray profiles;
    for (const SignOutOutcome &outcome : outcomes) {
        QJsonObject entry {{QStringLiteral("profile"), outcome.profile},
                           {QStringLiteral("was_signed_in"), outcome.wasSignedIn},
                           {QStringLiteral("signed_out"), !outcome.localError},
                           {QStringLiteral("session_ended"), outcome.sessionEnded}};
        if (outcome.stoppedBeforeRemote)
            entry.insert(QStringLiteral("session_not_ended_reason"), QStringLiteral("interrupted"));
        else if (!outcome.sessionEnded && !outcome.notEndedReason().isEmpty())
            entry.insert(QStringLiteral("session_not_ended_reason"), outcome.notEndedReason());
        anySignedIn = anySignedIn || outcome.wasSignedIn;
        if (outcome.localError) {
            allLocalDone = false;
            entry.insert(QStringLiteral("error"), userMessage(*outcome.localError));
            if (outcome.localError->kind == ErrorKind::KeyringLocked)
                terminal().error(tr("Profile \"%1\" is NOT signed out: the system keyring still "
                                    "holds its tokens (%2). Unlock your keyring (log in to your "
                                    "desktop session, or open your keyring manager and unlock "
                                    "the login keyring), then run `ast logout` again.")
                                     .arg(outcome.profile, outcome.localError->detail));
            else
                terminal().error(tr("Profile \"%1\" is NOT signed out: %2")
                                     .arg(outcome.profile, userMessage(*outcome.localError)));
        } else if (outcome.wasSignedIn && !context().json()) {
            if (outcome.sessionEnded)
                terminal().success(
                    tr("Signed out of profile \"%1\"; the session was ended at WorkOS.")
                        .arg(outcome.profile));
            else if (outcome.stoppedBeforeRemote)
                terminal().success(tr("Signed out of profile \"%1\"; interrupted before the "
                                      "session was ended at WorkOS, so it stays valid until it "
                                      "expires.")
                                       .arg(outcome.profile));
            else if (outcome.noSessionId)
                terminal().success(tr("Signed out of profile \"%1\"; no WorkOS session id was "
                                      "stored for it, so its session stays valid until it expires.")
                                       .arg(outcome.profile));
            else if (!outcome.notEndedReason().isEmpty())
                terminal().success(tr("Signed out of profile \"%1\"; WorkOS could not be reached "
                                      "(%2), so the session stays valid until it expires.")
                                       .arg(outcome.profile, outcome.notEndedReason()));
            else // the session had already ended: nothing to end at WorkOS
                terminal().success(tr("Signed out of profile \"%1\".").arg(outcome.profile));
        }
        profiles.append(entry);
    }
    if (context().json())
        terminal().dataLine(
            QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("profiles"), profiles}})
                                  .toJson(QJsonDocument::Indented))
                .trimmed());
    else if (!anySignedIn)
        terminal().say(m_all ? tr("No profile is signed in.")
                             : tr("Profile \"%1\" is not signed in.").arg(context().profile()));
    if (m_interrupted)
        warnInterrupted();
    finish(m_interrupted ? Interrupted : allLocalDone ? Success : Failure);
}

} // namespace ast::cli
