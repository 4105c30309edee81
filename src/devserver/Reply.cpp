#include "Reply.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace astro::devserver {

Reply Reply::json(const QJsonObject &body, StatusCode status)
{
    return Reply(QHttpServerResponse("application/json"_ba,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact), status));
}

Reply Reply::oauthError(QLatin1StringView error, const QString &description, StatusCode status)
{
    return json({{u"error"_s, error}, {u"error_description"_s, description}}, status);
}

Reply Reply::plainStatus(int status)
{
    QByteArray reason;
    switch (status) {
    case 408:
        reason = "Request Timeout"_ba;
        break;
    case 429:
        reason = "Too Many Requests"_ba;
        break;
    case 500:
        reason = "Internal Server Error"_ba;
        break;
    case 502:
        reason = "Bad Gateway"_ba;
        break;
    case 503:
        reason = "Service Unavailable"_ba;
        break;
    case 504:
        reason = "Gateway Timeout"_ba;
        break;
    default:
        reason = "Error "_ba + QByteArray::number(status);
        break;
    }
    return Reply(QHttpServerResponse("text/plain; charset=utf-8"_ba, reason,
                                     static_cast<StatusCode>(status)));
}

Reply Reply::html(const QByteArray &body, StatusCode status)
{
    return Reply(QHttpServerResponse("text/html; charset=utf-8"_ba, body, status));
}

Reply &Reply::setHeader(const QByteArray &name, const QByteArray &value) &
{
    m_response.setHeader(name, value);
    return *this;
}

Reply &Reply::setDelayMs(int delayMs) &
{
    m_delayMs = delayMs;
    return *this;
}

} // namespace astro::devserver
