#include "cli/commands/StatusCommand.h"

#include "cli/ExitCode.h"
#include "core/SessionStore.h"
#include "core/TerminalText.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace ast::cli {

CommandSpec StatusCommand::spec()
{
    return {.name = QStringLiteral("status"),
            .summary = tr("Show every profile: user, server, token expiry, storage and state.")};
}

void StatusCommand::run()
{
    auto data = context().store()->load();
    if (!data)
        return fail(data.error());
    m_pending = data->profiles.values();
    if (!data->find(context().profile())) {
        ProfileRecord current;
        current.name = context().profile();
        m_pending << current;
    }
    checkNext();
}

// Profiles are checked one by one: a keyring answers one request at a time anyway.
void StatusCommand::checkNext()
{
    if (m_pending.isEmpty())
        return report();
    const ProfileRecord record = m_pending.takeFirst();
    ProfileView view = ProfileView::fromRecord(record);
    view.server = context().settings().serverFor(&record);
    if (record.state() != ProfileStatus::State::SignedIn) {
        m_views << view;
        return checkNext();
    }
    context().store()->readTokens(record, [this, record, view](Result<TokenPair> tokens) mutable {
        if (!tokens) {
            view.state = ProfileStatus::afterReading(record, tokens.error());
            view.problem = userMessage(tokens.error());
        }
        m_views << view;
        checkNext();
    });
}

void StatusCommand::report()
{
    std::sort(m_views.begin(), m_views.end(),
              [](const ProfileView &a, const ProfileView &b) { return a.profile < b.profile; });
    const QString current = context().profile();
    const bool envToken = !context().settings().environmentToken.isEmpty();
    bool usable = envToken;
    bool fileWarning = false;
    for (const ProfileView &view : std::as_const(m_views)) {
        const bool signedIn = view.state == ProfileStatus::State::SignedIn;
        usable |= signedIn && view.profile == current;
        fileWarning |= signedIn && view.storage == QLatin1String("file");
    }

    if (context().json()) {
        QJsonArray profiles;
        for (const ProfileView &view : std::as_const(m_views)) {
            QJsonObject json = view.toJson();
            json.insert(QLatin1String("current"), view.profile == current);
            profiles.append(json);
        }
        const QJsonObject root {{QLatin1String("current_profile"), current},
                                {QLatin1String("usable"), usable},
                                {QLatin1String("environment_token"), envToken},
                                {QLatin1String("profiles"), profiles}};
        terminal().data(TerminalText::terminalSafeJson(QJsonDocument(root)) + '\n');
    } else {
        QStringList blocks;
        for (const ProfileView &view : std::as_const(m_views))
            blocks << view.toStatusText(terminal(), view.profile == current);
        terminal().dataLine(blocks.join(u'\n'));
        if (envToken)
            terminal().warning(tr("ASTRO_TOKEN is set: commands use it instead of any profile."));
    }
    if (fileWarning)
        terminal().warning(
            tr("Some tokens are stored in plain text in %1 (no system keyring in use).")
                .arg(QDir::toNativeSeparators(context().store()->file().filePath())));
    finish(usable ? Success : AuthRequired);
}

} // namespace ast::cli
