#pragma once

#include "core/HttpClient.h"
#include "core/Result.h"
#include "core/SessionManager.h"

#include <QObject>

namespace ast {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // relative to the server, e.g. "/v1/me"
    QByteArray body;
    QByteArray contentType = "application/json";
};

struct ApiResponse
{
    HttpResult http;
    ProfileRecord record; // the profile the call ran as (empty with ASTRO_TOKEN)
};

// Calls the Astro API as a profile (docs/protocol.md, "The Astro API"): Bearer header, never the
// token in a URL; a 401 triggers one refresh and one retry; a second 401 means the user must sign
// in again.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ApiResponse>)>;

    ApiClient(SessionManager *sessions, HttpClient *http, QObject *parent = nullptr);

    // `server` is where to send it; `environmentToken` (ASTRO_TOKEN), when set, is used as is:
    // nothing is read, refreshed or stored. `done` runs once, unless `context` is destroyed
    // first (as with QTimer::singleShot).
    void call(const QString &profile, const QUrl &server, const QString &environmentToken,
              const ApiRequest &request, QObject *context, Callback done);
    // The same with this ApiClient as the context.
    void call(const QString &profile, const QUrl &server, const QString &environmentToken,
              const ApiRequest &request, Callback done);

    // The URL for `path` on `server`; refuses anything that would leave that server.
    static Result<QUrl> resolve(const QUrl &server, const QString &path);

private:
    class Call;

    SessionManager *m_sessions;
    HttpClient *m_http;
};

} // namespace ast
