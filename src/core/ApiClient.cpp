#include "ApiClient.h"

#include "UrlPolicy.h"

#include <QCoreApplication>

namespace ast {

ApiClient::ApiClient(SessionManager *sessions, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_http(http)
{
}

Result<QUrl> ApiClient::resolve(const QUrl &server, const QString &path)
{
    if (const Status refused = UrlPolicy::check(server, UrlPolicy::Role::Server))
        return *refused;
    const QUrl relative(path, QUrl::StrictMode);
    if (path.isEmpty() || !relative.isValid() || !relative.scheme().isEmpty()
        || !relative.host().isEmpty() || path.startsWith(QLatin1String("//")))
        return Error {ErrorKind::InvalidInput,
                      {},
                      tr("the path must be relative to the server, "
                         "like /v1/me")};
    QUrl url = server;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    const QString relativePath = relative.path(QUrl::FullyEncoded);
    url.setPath(basePath + (relativePath.startsWith(u'/') ? QString() : QStringLiteral("/"))
                    + relativePath,
                QUrl::StrictMode);
    url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void ApiClient::send(const QUrl &url, const QString &token, const ApiRequest &request,
                     std::function<void(const HttpResult &)> done)
{
    m_http->send(request.method, url, token, request.body,
                 request.body.isEmpty() ? QByteArray() : request.contentType, std::move(done));
}

void ApiClient::call(const QString &profile, const QUrl &server, const QString &environmentToken,
                     const ApiRequest &request, Callback done)
{
    const auto url = resolve(server, request.path);
    if (!url)
        return done(url.error());

    auto checked = [](const HttpResult &result) -> Result<HttpResult> {
        if (!result.gotReply())
            return result.transportError();
        if (result.status == 401)
            return Error {ErrorKind::Unauthorized, {}, {}, 401};
        return result;
    };

    if (!environmentToken.isEmpty()) {
        return send(url.value(), environmentToken, request,
                    [checked, done](const HttpResult &result) {
                        auto http = checked(result);
                        if (!http)
                            return done(http.error());
                        done(ApiResponse {http.value(), {}});
                    });
    }

    m_sessions->validSession(profile, false, [=, this](Result<ValidSession> session) {
        if (!session)
            return done(session.error());
        send(url.value(), session->tokens.accessToken, request, [=, this](const HttpResult &first) {
            if (first.status != 401) {
                auto http = checked(first);
                if (!http)
                    return done(http.error());
                return done(ApiResponse {http.value(), session->record});
            }
            // One refresh, one retry (docs/protocol.md, "The Astro API").
            m_sessions->validSession(profile, true, [=, this](Result<ValidSession> renewed) {
                if (!renewed)
                    return done(renewed.error());
                send(url.value(), renewed->tokens.accessToken, request,
                     [=](const HttpResult &second) {
                         auto http = checked(second);
                         if (!http)
                             return done(http.error());
                         done(ApiResponse {http.value(), renewed->record});
                     });
            });
        });
    });
}

} // namespace ast
