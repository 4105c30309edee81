#include "core/HttpClient.h"

#include "core/Error.h"
#include "core/Logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>

namespace ast {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::HttpClient)
};

const char *const SkipCallbackProperty = "astSkipCallback";

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    // HTTP-date (RFC 9110 5.6.7) ends in "GMT", which Qt's RFC 2822 parser does not accept.
    QString date = QString::fromLatin1(value.trimmed());
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QLatin1String("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, now.secsTo(when));
    return std::nullopt;
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443
                                                                                           : 80);
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}
} // namespace

bool HttpResult::isTransient() const
{
    if (tooLarge)
        return false;
    if (status == 0)
        return true;
    return status == 408 || status == 429 || status >= 500;
}

Error HttpResult::transportError() const
{
    if (tooLarge)
        return {ErrorKind::ReplyTooLarge, {}, {}, status};
    if (timedOut)
        return {ErrorKind::Timeout, {}, {}, 0};
    if (status == 0)
        return {ErrorKind::Network, {}, networkErrorString, 0};
    if (isTransient())
        return {ErrorKind::ServerUnavailable, {}, {}, status};
    return {ErrorKind::BadReply, {}, Tr::tr("HTTP %1").arg(status), status};
}

void initNetwork()
{
    // HTTPS_PROXY / NO_PROXY and desktop proxy settings, as users of any CLI expect.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

HttpClient::HttpClient(QObject *parent)
    : HttpClient(Clock::system(), parent)
{
}

HttpClient::HttpClient(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed within the same origin only (checked in dispatch): Qt would
    // resend the Authorization header and a form body (refresh token, device code) to any
    // host a redirect names.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
}

QNetworkReply *HttpClient::postForm(const QUrl &url, const QUrlQuery &form, Callback done)
{
    // QUrlQuery leaves '+' and '&' inside values ambiguous for form bodies: encode fully.
    QByteArray body;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    qCDebug(lcHttp).noquote() << "POST" << url.toString(QUrl::RemoveQuery) << redactedForm(body);
    return send("POST", url, {}, body, "application/x-www-form-urlencoded", std::move(done));
}

QNetworkReply *HttpClient::send(const QByteArray &method, const QUrl &url,
                                const QString &bearerToken, const QByteArray &body,
                                const QByteArray &contentType, Callback done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("ast/%1 (Astro Desktop)").arg(QCoreApplication::applicationVersion()));
    if (!bearerToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
        qCDebug(lcHttp).noquote() << method << url.toString() << "Authorization: Bearer"
                                  << redacted(bearerToken);
    }
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);

    QNetworkReply *reply = nullptr;
    if (body.isEmpty() && method == "GET")
        reply = m_network->get(request);
    else
        reply = m_network->sendCustomRequest(request, method, body);
    return dispatch(reply, std::move(done));
}

QNetworkReply *HttpClient::getWithoutRedirects(const QUrl &url, std::chrono::milliseconds timeout,
                                               Callback done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("ast/%1 (Astro Desktop)").arg(QCoreApplication::applicationVersion()));
    qCDebug(lcHttp).noquote() << "GET" << url.toString(QUrl::RemoveQuery)
                              << "(redirects not followed)";
    return dispatch(m_network->get(request), std::move(done));
}

QNetworkReply *HttpClient::dispatch(QNetworkReply *reply, Callback done)
{
    // The cap is enforced while data arrives, so a hostile server cannot make us buffer more.
    auto capExceeded = [reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        return announced > MaxReplyBytes || reply->bytesAvailable() > MaxReplyBytes;
    };
    auto tooLarge = std::make_shared<bool>(false);
    auto checkSize = [reply, tooLarge, capExceeded] {
        if (!*tooLarge && capExceeded()) {
            *tooLarge = true;
            reply->abort();
        }
    };
    auto refusedRedirect = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::redirected, reply, [reply, refusedRedirect](const QUrl &target) {
        if (isSameOrigin(reply->request().url(), target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCDebug(lcHttp).noquote() << "refused a redirect to another origin:"
                                  << target.toString(QUrl::RemoveUserInfo | QUrl::RemovePath
                                                     | QUrl::RemoveQuery | QUrl::RemoveFragment);
        *refusedRedirect = true;
        reply->abort(); // the 3xx is the answer
    });
    // The total deadline, tied to the reply: it goes away with it.
    m_clock->callAfter(m_deadline, reply, [reply] {
        if (reply->isFinished())
            return;
        qCDebug(lcHttp) << "total deadline passed; aborting";
        reply->abort(); // reported as timed out below
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, checkSize);
    connect(reply, &QNetworkReply::readyRead, reply, checkSize);
    connect(reply, &QNetworkReply::finished, reply,
            [reply, tooLarge, refusedRedirect, clock = m_clock, done = std::move(done)] {
                reply->deleteLater();
                if (reply->property(SkipCallbackProperty).toBool())
                    return;
                HttpResult result;
                result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                result.tooLarge = *tooLarge || reply->bytesAvailable() > MaxReplyBytes;
                if (!result.tooLarge && reply->isOpen()) // an aborted or timed-out reply is closed
                    result.body = reply->readAll();
                result.contentType =
                    reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                result.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
                result.retryAfterSeconds =
                    parseRetryAfter(reply->rawHeader("Retry-After"), clock->now());
                result.networkError = reply->error();
                result.timedOut = reply->error() == QNetworkReply::OperationCanceledError
                    && !*tooLarge && !*refusedRedirect;
                // Headers came but the body never finished (stalled past the timeout, connection
                // reset): a transport failure, not a reply, whatever the status line said.
                const bool cutOff = reply->error() > QNetworkReply::NoError
                    && reply->error() < QNetworkReply::ContentAccessDenied;
                if (cutOff && !*tooLarge && !*refusedRedirect)
                    result.status = 0;
                if (result.status == 0)
                    result.networkErrorString = reply->errorString();
                qCDebug(lcHttp).noquote()
                    << "reply" << reply->url().toString(QUrl::RemoveQuery) << "status"
                    << result.status << "bytes" << result.body.size()
                    << (result.timedOut ? "timed out" : "")
                    << (result.tooLarge ? "too large (aborted)" : "");
                done(result);
            });
    return reply;
}

void HttpClient::abort(QNetworkReply *reply)
{
    if (!reply)
        return;
    reply->setProperty(SkipCallbackProperty, true);
    reply->abort();
}

} // namespace ast
