#include "cli/ServerOverrideNotice.h"

#include "cli/Terminal.h"
#include "core/TerminalText.h"
#include "core/UrlPolicy.h"

#include <QCoreApplication>

namespace ast::cli {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::cli::ServerOverrideNotice)
};
} // namespace

void noticeTokenRecipient(const Terminal &terminal, const Settings &settings,
                          const ProfileRecord *record)
{
    // ASTRO_TOKEN is the caller's own token, sent where the caller says.
    if (settings.serverOverride.isEmpty() || !settings.environmentToken.isEmpty() || !record
        || record->server.isEmpty())
        return;
    const QUrl target(settings.serverOverride);
    if (UrlPolicy::isLoopbackHost(target.host())
        || target.host().compare(record->server.host(), Qt::CaseInsensitive) == 0)
        return;
    terminal.warning(
        Tr::tr("Sending the token of profile \"%1\" to %2 (its saved server is %3).")
            .arg(record->name,
                 TerminalText::sanitized(QString::fromLatin1(QUrl::toAce(target.host()))),
                 TerminalText::sanitized(QString::fromLatin1(QUrl::toAce(record->server.host())))));
}

} // namespace ast::cli
