#include "core/ApiClient.h"

#include "core/UrlPolicy.h"

#include <QCoreApplication>
#include <QPointer>

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

// One API call as a small job: session, request, and on a 401 one refresh and one retry
// (docs/protocol.md, "The Astro API"). Each step is a member; it deletes itself when done.
class ApiClient::Call : public QObject
{
public:
    Call(ApiClient *client, const QString &profile, const QUrl &url,
         const QString &environmentToken, const ApiRequest &request, QObject *context,
         Callback done)
        : QObject(client)
        , m_client(client)
        , m_profile(profile)
        , m_url(url)
        , m_environmentToken(environmentToken)
        , m_request(request)
        , m_context(context)
        , m_done(std::move(done))
    {
    }

    void start()
    {
        if (!m_environmentToken.isEmpty())
            return send(m_environmentToken);
        requestSession(false);
    }

private:
    void requestSession(bool forceRefresh)
    {
        m_client->m_sessions->validSession(m_profile, forceRefresh,
                                           [self = QPointer(this)](Result<ValidSession> session) {
                                               if (self) // gone with its ApiClient
                                                   self->onSession(std::move(session));
                                           });
    }

    void onSession(Result<ValidSession> session)
    {
        if (!session)
            return finish(session.error());
        m_record = session->record;
        send(session->tokens.accessToken);
    }

    void send(const QString &token)
    {
        m_client->m_http->send(m_request.method, m_url, token, m_request.body,
                               m_request.body.isEmpty() ? QByteArray() : m_request.contentType,
                               [self = QPointer(this)](const HttpResult &result) {
                                   if (self)
                                       self->onReply(result);
                               });
    }

    void onReply(const HttpResult &result)
    {
        if (!result.gotReply())
            return finish(result.transportError());
        if (result.status == 401) {
            // A token of our own gets one refresh and one retry; ASTRO_TOKEN is taken as is.
            if (m_environmentToken.isEmpty() && !m_retried) {
                m_retried = true;
                return requestSession(true);
            }
            return finish(Error {ErrorKind::Unauthorized, {}, {}, 401});
        }
        finish(ApiResponse {result, m_record});
    }

    void finish(Result<ApiResponse> result)
    {
        if (m_context)
            m_done(std::move(result));
        deleteLater();
    }

    ApiClient *m_client;
    QString m_profile;
    QUrl m_url;
    QString m_environmentToken;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    Callback m_done;
    ProfileRecord m_record; // empty with ASTRO_TOKEN
    bool m_retried = false;
};

void ApiClient::call(const QString &profile, const QUrl &server, const QString &environmentToken,
                     const ApiRequest &request, Callback done)
{
    call(profile, server, environmentToken, request, this, std::move(done));
}

void ApiClient::call(const QString &profile, const QUrl &server, const QString &environmentToken,
                     const ApiRequest &request, QObject *context, Callback done)
{
    const auto url = resolve(server, request.path);
    if (!url)
        return done(url.error());
    (new Call(this, profile, url.value(), environmentToken, request, context, std::move(done)))
        ->start();
}

} // namespace ast
