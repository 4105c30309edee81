#pragma once

#include <QHash>
#include <QString>

class QHttpServerRequest;

namespace astro::devserver {

// The fields of a request body. WorkOS accepts both form and JSON bodies on its
// user_management endpoints, so this does too.
class FormData
{
public:
    static FormData fromRequest(const QHttpServerRequest &request);
    // application/x-www-form-urlencoded; '+' means space (QUrlQuery alone leaves it as '+').
    static FormData fromUrlEncoded(const QByteArray &body);

    bool contains(const QString &name) const { return m_fields.contains(name); }
    QString value(const QString &name) const { return m_fields.value(name); }

private:
    QHash<QString, QString> m_fields;
};

} // namespace astro::devserver
