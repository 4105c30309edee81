#include "devserver/TokenIssuer.h"

#include "devserver/Random.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
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

QByteArray bigNumber(const EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (!EVP_PKEY_get_bn_param(key, name, &number))
        return {};
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

} // namespace

struct TokenIssuer::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

TokenIssuer::TokenIssuer()
    : m_key(std::make_unique<Key>())
    , m_keyId(u"sso_oidc_key_pair_"_s + Random::urlSafeToken(12))
{
    m_key->pkey = EVP_RSA_gen(2048);
    if (!m_key->pkey)
        qFatal("astro-devserver: could not generate an RSA key");
}

TokenIssuer::~TokenIssuer() = default;

QString TokenIssuer::mint(const QString &subject, const QString &sessionId,
                          const QString &organizationId, int ttlSecs)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString tokenId = Random::urlSafeToken(16);
    QJsonObject payload {
        {u"iss"_s, m_issuer}, {u"sub"_s, subject}, {u"sid"_s, sessionId},
        {u"jti"_s, tokenId},  {u"iat"_s, now},     {u"exp"_s, now + ttlSecs},
    };
    // A user without an organization gets neither org_id nor role (WorkOS: both come with
    // an organization membership).
    if (!organizationId.isEmpty()) {
        payload.insert(u"org_id"_s, organizationId);
        payload.insert(u"role"_s, u"member"_s);
        payload.insert(u"permissions"_s, QJsonArray {u"projects:read"_s});
    }
    const QJsonObject header {{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, m_keyId}};
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
    // The algorithm is pinned: "none" or HS256 with the public key as secret never pass.
    if (!header || !payload || !signature || header->value(u"alg"_s).toString() != "RS256"_L1)
        return result;

    if (!verifySignature(parts[0] + '.' + parts[1], *signature)) {
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

QJsonObject TokenIssuer::jwks() const
{
    const QJsonObject key {
        {u"kty"_s, u"RSA"_s},
        {u"kid"_s, m_keyId},
        {u"use"_s, u"sig"_s},
        {u"alg"_s, u"RS256"_s},
        {u"n"_s,
         QString::fromLatin1(bigNumber(m_key->pkey, OSSL_PKEY_PARAM_RSA_N).toBase64(base64url))},
        {u"e"_s,
         QString::fromLatin1(bigNumber(m_key->pkey, OSSL_PKEY_PARAM_RSA_E).toBase64(base64url))},
    };
    return {{u"keys"_s, QJsonArray {key}}};
}

QByteArray TokenIssuer::sign(const QByteArray &signingInput) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(context, nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size()))
            == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size()))
            != 1)
            signature.clear();
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    return signature;
}

bool TokenIssuer::verifySignature(const QByteArray &signingInput, const QByteArray &signature) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool valid =
        EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            size_t(signingInput.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return valid;
}

} // namespace astro::devserver
