#include "cli/commands/WhoamiCommand.h"

#include "cli/ExitCode.h"
#include "cli/ProfileView.h"
#include "cli/ServerOverrideNotice.h"
#include "core/AccessToken.h"
#include "core/ApiClient.h"
#include "core/AstroApi.h"
#include "core/SessionStore.h"
#include "core/TerminalText.h"

#include <QJsonDocument>

namespace ast::cli {

CommandSpec WhoamiCommand::spec()
{
    return {.name = QStringLiteral("whoami"),
            .summary = tr(
                "Show the signed-in user and account of the profile, verified with the server.")};
}

void WhoamiCommand::run()
{
    const Settings &settings = context().settings();
    QUrl server = settings.serverFor(nullptr);
    if (settings.environmentToken.isEmpty()) {
        auto data = context().store()->load();
        if (!data)
            return fail(data.error());
        server = settings.serverFor(data->find(settings.profile));
        noticeTokenRecipient(terminal(), settings, data->find(settings.profile));
    }
    ApiRequest request;
    request.path = AstroApi::mePath();
    context().api()->call(
        settings.profile, server, settings.environmentToken, request,
        [this, server](Result<ApiResponse> response) {
            if (!response)
                return fail(response.error());
            const HttpResult &http = response->http;
            if (http.status != 200)
                return fail(http.transportError());
            auto me = AstroApi::parseMe(http.body);
            if (!me)
                return fail(me.error());

            ProfileView view;
            if (context().settings().environmentToken.isEmpty()) {
                view = ProfileView::fromRecord(response->record);
            } else {
                view.profile = context().profile();
                view.storage = QStringLiteral("environment");
                if (auto claims = AccessTokenClaims::decode(context().settings().environmentToken);
                    claims && claims->expiresAt)
                    view.accessExpiresAt =
                        QDateTime::fromSecsSinceEpoch(*claims->expiresAt, Qt::UTC);
            }
            view.server = server;
            view.state = ProfileStatus::State::SignedIn;
            view.applyMe(me.value());
            if (context().json())
                terminal().data(TerminalText::terminalSafeJson(QJsonDocument(view.toJson()))
                                + '\n');
            else
                terminal().dataLine(view.toText(terminal()));
            finish(Success);
        });
}

} // namespace ast::cli
