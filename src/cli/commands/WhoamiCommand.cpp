#include "WhoamiCommand.h"

#include "../ExitCode.h"
#include "../ProfileView.h"
#include "AccessToken.h"
#include "ApiClient.h"
#include "SessionStore.h"

#include <QJsonDocument>

namespace ast::cli {

QString WhoamiCommand::description() const
{
    return tr("Show the signed-in user and account of the profile, verified with the server.");
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
    }
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    context().api()->call(settings.profile, server, settings.environmentToken, request,
                          [this, server](Result<ApiResponse> response) {
        if (!response)
            return fail(response.error());
        const HttpResult &http = response->http;
        if (http.status != 200)
            return fail(http.transportError());
        const QJsonDocument document = QJsonDocument::fromJson(http.body);
        if (!document.isObject())
            return fail(Error { ErrorKind::BadReply, {}, tr("/v1/me did not answer a JSON object") });

        ProfileView view;
        if (context().settings().environmentToken.isEmpty()) {
            view = ProfileView::fromRecord(response->record);
        } else {
            view.profile = context().profile();
            view.storage = QStringLiteral("environment");
            if (auto claims = AccessTokenClaims::decode(context().settings().environmentToken); claims && claims->expiresAt)
                view.accessExpiresAt = QDateTime::fromSecsSinceEpoch(*claims->expiresAt, Qt::UTC);
        }
        view.server = server;
        view.state = QStringLiteral("signed_in");
        view.applyMe(document.object());
        if (context().json())
            terminal().dataLine(QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Indented)).trimmed());
        else
            terminal().dataLine(view.toText(terminal()));
        finish(Success);
    });
}

} // namespace ast::cli
