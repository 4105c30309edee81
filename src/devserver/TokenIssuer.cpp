#include "TokenIssuer.h"

#include "Random.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <optional>

using namespace Qt::StringLiterals;

namespace astro::devserver {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodeSegment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64url);
}

std::optional<QJsonObject> decodeSegment(const QByteArray &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Signatures are compared without an early exit, as a real verifier must.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

TokenIssuer::TokenIssuer()
    : m_key(32, Qt::Uninitialized)
{
    for (char &byte : m_key)
        byte = char(QRandomGenerator::system()->bounded(256));
}

QString TokenIssuer::mint(const QString &subject, const QString &sessionId,
                          const QString &organizationId, int ttlSecs)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString tokenId = Random::urlSafeToken(16);
    QJsonObject payload {
        {u"iss"_s, m_issuer}, {u"sub"_s, subject},       {u"sid"_s, sessionId},
        {u"iat"_s, now},      {u"exp"_s, now + ttlSecs}, {u"jti"_s, tokenId},
    };
    if (!organizationId.isEmpty())
        payload.insert(u"org_id"_s, organizationId);
    const QJsonObject header {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"dev"_s}};
    const QByteArray signingInput = encodeSegment(header) + '.' + encodeSegment(payload);
    m_liveTokenIds.insert(tokenId);
    return QString::fromLatin1(signingInput + '.' + sign(signingInput).toBase64(base64url));
}

TokenIssuer::Verification TokenIssuer::verify(const QString &token) const
{
    Verification result;
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return result;
    const auto header = decodeSegment(parts[0]);
    const auto payload = decodeSegment(parts[1]);
    const auto signature = QByteArray::fromBase64Encoding(
        parts[2], QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!header || !payload || !signature || header->value(u"alg"_s).toString() != "HS256"_L1)
        return result;

    if (!equalInConstantTime(*signature, sign(parts[0] + '.' + parts[1]))) {
        result.verdict = Verdict::BadSignature;
        return result;
    }
    result.claims = {payload->value(u"sub"_s).toString(),    payload->value(u"sid"_s).toString(),
                     payload->value(u"org_id"_s).toString(), payload->value(u"iat"_s).toInteger(),
                     payload->value(u"exp"_s).toInteger(),   payload->value(u"jti"_s).toString()};
    if (QDateTime::currentSecsSinceEpoch() >= result.claims.expiresAt)
        result.verdict = Verdict::Expired;
    else if (!m_liveTokenIds.contains(result.claims.tokenId))
        result.verdict = Verdict::Retired;
    else
        result.verdict = Verdict::Valid;
    return result;
}

QByteArray TokenIssuer::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
}

} // namespace astro::devserver
