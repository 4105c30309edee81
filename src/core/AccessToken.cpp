#include "core/AccessToken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ast {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::AccessToken)
};

Error malformed(const char *why)
{
    return {ErrorKind::BadReply, {}, Tr::tr(why)};
}

std::optional<qint64> numericClaim(const QJsonObject &claims, QLatin1String name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    // Reject values no real token carries (and that would overflow QDateTime arithmetic).
    if (seconds < 0 || seconds > 253402300799.0) // 9999-12-31
        return std::nullopt;
    return qint64(seconds);
}
} // namespace

Result<AccessTokenClaims> AccessTokenClaims::decode(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3 || parts[1].isEmpty())
        return malformed(QT_TRANSLATE_NOOP("ast::AccessToken", "the access token is not a JWT"));
    const auto payload = QByteArray::fromBase64Encoding(
        parts[1].toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return malformed(
            QT_TRANSLATE_NOOP("ast::AccessToken", "the access token is not valid base64url"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payload, &parseError);
    if (!document.isObject())
        return malformed(
            QT_TRANSLATE_NOOP("ast::AccessToken", "the access token claims are not JSON"));
    const QJsonObject claims = document.object();

    AccessTokenClaims result;
    result.subject = claims.value(QLatin1String("sub")).toString();
    result.sessionId = claims.value(QLatin1String("sid")).toString();
    result.organizationId = claims.value(QLatin1String("org_id")).toString();
    result.issuedAt = numericClaim(claims, QLatin1String("iat"));
    result.expiresAt = numericClaim(claims, QLatin1String("exp"));
    if (!result.expiresAt)
        return malformed(QT_TRANSLATE_NOOP("ast::AccessToken", "the access token has no expiry"));
    if (result.issuedAt && *result.issuedAt > *result.expiresAt)
        return malformed(
            QT_TRANSLATE_NOOP("ast::AccessToken", "the access token expires before it was issued"));
    return result;
}

QDateTime AccessTokenClaims::expiryFrom(const QDateTime &receivedAt) const
{
    if (!expiresAt)
        return {};
    if (!issuedAt)
        return QDateTime::fromSecsSinceEpoch(*expiresAt, Qt::UTC);
    return receivedAt.addSecs(*expiresAt - *issuedAt);
}

} // namespace ast
