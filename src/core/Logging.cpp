#include "core/Logging.h"

#include <QCryptographicHash>
#include <QUrlQuery>

namespace ast {

Q_LOGGING_CATEGORY(lcFlow, "astro.flow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "astro.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "astro.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "astro.session", QtWarningMsg)

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("astro.*.debug=true"));
}

QString redacted(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("<empty>");
    // A hash prefix, not a prefix of the secret: JWT prefixes are the same for every token.
    const QByteArray digest = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("<redacted #") + QString::fromLatin1(digest.toHex().left(6)) + u'>';
}

QString redactedForm(const QByteArray &formBody)
{
    static const QStringList secretFields = {
        QStringLiteral("device_code"), QStringLiteral("refresh_token"),
        QStringLiteral("access_token"), QStringLiteral("code"), QStringLiteral("client_secret")};
    QUrlQuery query(QString::fromUtf8(formBody));
    QStringList parts;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        parts << key + u'=' + (secretFields.contains(key) ? redacted(value) : value);
    return parts.join(u'&');
}

} // namespace ast
