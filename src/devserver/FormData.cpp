#include "devserver/FormData.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace astro::devserver {

FormData FormData::fromRequest(const QHttpServerRequest &request)
{
    const QByteArray contentType = request.value("Content-Type"_ba).trimmed().toLower();
    if (!contentType.startsWith("application/json"))
        return fromUrlEncoded(request.body());

    FormData form;
    const QJsonObject object = QJsonDocument::fromJson(request.body()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isString())
            form.m_fields.insert(it.key(), it->toString());
    }
    return form;
}

FormData FormData::fromUrlEncoded(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', ' ');
    FormData form;
    const QUrlQuery query(QString::fromUtf8(spaced));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        form.m_fields.insert(name, value);
    return form;
}

} // namespace astro::devserver
