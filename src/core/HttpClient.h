#pragma once

#include "core/Clock.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ast {

struct Error;

// What came back from one HTTP exchange, already bounded in size and time.
struct HttpResult
{
    int status = 0; // 0 when no HTTP reply arrived
    QByteArray body;
    QByteArray contentType;
    QByteArray wwwAuthenticate;
    std::optional<int> retryAfterSeconds;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    bool tooLarge = false;

    bool gotReply() const { return status != 0 && !tooLarge; }
    // Transport failures and 408/429/5xx: worth retrying later (docs/protocol.md).
    bool isTransient() const;
    // The Error for a failed transport or a transient status; BadReply for anything else.
    Error transportError() const;
};

// Process-wide network set-up (the system proxy configuration), called once by each
// program's main() before any request; never from a constructor, so that a test or a library
// user keeps the proxy settings it chose.
void initNetwork();

// A small wrapper over QNetworkAccessManager that applies the rules every request of ours
// must follow: a timeout, a 1 MiB reply cap, no cookies, redacted logging.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResult &)>;
    static constexpr qint64 MaxReplyBytes = 1024 * 1024;

    explicit HttpClient(QObject *parent = nullptr);
    // `clock` dates Retry-After and runs the total deadline.
    explicit HttpClient(Clock *clock, QObject *parent = nullptr);

    // Inactivity: no byte for this long ends the transfer.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Total: a reply still unfinished this long after the request ends too, however steadily
    // it trickles in (a server sending a byte every few seconds never trips the inactivity
    // timeout, and would hold a refresh and the profile lock for as long as it likes).
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }

    // Each returns the reply so the caller can abort it; `done` runs exactly once unless aborted.
    QNetworkReply *postForm(const QUrl &url, const QUrlQuery &form, Callback done);
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QString &bearerToken,
                        const QByteArray &body, const QByteArray &contentType, Callback done);

    // A GET whose 3xx is the answer (the redirect is not followed), with its own timeout:
    // ending a session at WorkOS must not wander off to a web page or wait 30 s.
    QNetworkReply *getWithoutRedirects(const QUrl &url, std::chrono::milliseconds timeout,
                                       Callback done);

    // Aborts the reply without running its callback.
    static void abort(QNetworkReply *reply);

private:
    QNetworkReply *dispatch(QNetworkReply *reply, Callback done);

    Clock *m_clock;
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    std::chrono::milliseconds m_deadline {std::chrono::seconds(30)};
};

} // namespace ast
