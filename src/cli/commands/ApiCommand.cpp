#include "cli/commands/ApiCommand.h"

#include "cli/ExitCode.h"
#include "cli/ServerOverrideNotice.h"
#include "core/SessionStore.h"

#include <QFile>
#include <QRegularExpression>

namespace ast::cli {

CommandSpec ApiCommand::spec()
{
    return {.name = QStringLiteral("api"),
            .summary =
                tr("Make an authenticated request to the Astro API and print the response body."),
            .options = {{{QStringLiteral("X"), QStringLiteral("method")},
                         tr("HTTP method (default GET, or POST with a body)."),
                         QStringLiteral("METHOD")},
                        {{QStringLiteral("d"), QStringLiteral("data")},
                         tr("Request body; @FILE reads a file, @- reads stdin."),
                         QStringLiteral("BODY")}},
            .arguments = QStringLiteral("PATH"),
            .examples = QStringLiteral(
                "  ast api /v1/me\n  ast api -X POST -d '{\"name\":\"demo\"}' /v1/projects\n"
                "  ast api -d @request.json /v1/echo")};
}

Status ApiCommand::configure(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Error {ErrorKind::InvalidInput,
                      {},
                      positional.isEmpty() ? tr("missing PATH (for example /v1/me)")
                                           : tr("only one PATH is allowed")};
    m_request.path = positional.first();
    if (parser.isSet(QStringLiteral("data"))) {
        const QString data = parser.value(QStringLiteral("data"));
        if (data.startsWith(u'@')) {
            QFile file;
            const QString name = data.mid(1);
            const bool opened = name == QLatin1String("-")
                ? file.open(stdin, QIODevice::ReadOnly)
                : (file.setFileName(name), file.open(QIODevice::ReadOnly));
            if (!opened)
                return Error {ErrorKind::InvalidInput,
                              {},
                              tr("cannot read %1: %2").arg(name, file.errorString())};
            m_request.body = file.readAll();
        } else {
            m_request.body = data.toUtf8();
        }
        m_request.method = "POST";
    }
    if (parser.isSet(QStringLiteral("method"))) {
        const QString method = parser.value(QStringLiteral("method")).toUpper();
        static const QRegularExpression token(QStringLiteral("^[A-Z]{1,16}$"));
        if (!token.match(method).hasMatch())
            return Error {
                ErrorKind::InvalidInput, {}, tr("invalid HTTP method \"%1\"").arg(method.left(20))};
        m_request.method = method.toLatin1();
    }
    const QByteArray trimmed = m_request.body.trimmed();
    if (!trimmed.isEmpty() && !trimmed.startsWith('{') && !trimmed.startsWith('['))
        m_request.contentType = "text/plain; charset=utf-8";
    return std::nullopt;
}

void ApiCommand::run()
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
    context().api()->call(
        settings.profile, server, settings.environmentToken, m_request,
        [this](Result<ApiResponse> response) {
            if (!response) {
                if (response.error().kind == ErrorKind::Unauthorized
                    && !context().settings().environmentToken.isEmpty())
                    return fail(
                        Error {ErrorKind::Unauthorized, {}, tr("ASTRO_TOKEN was not accepted")});
                return fail(response.error());
            }
            const HttpResult &http = response->http;
            terminal().data(http.body);
            if (!http.body.isEmpty() && !http.body.endsWith('\n') && terminal().stdoutIsTty())
                terminal().data("\n");
            if (http.status >= 200 && http.status < 300)
                return finish(Success);
            terminal().error(tr("the server answered HTTP %1").arg(http.status));
            finish(Failure);
        });
}

} // namespace ast::cli
