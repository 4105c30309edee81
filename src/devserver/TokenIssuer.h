#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace astro::devserver {

struct AccessClaims
{
    QString subject;
    QString sessionId;
    QString organizationId; // empty: no org_id claim
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QString tokenId;
};

// Mints and checks RS256 JWT access tokens, as WorkOS does (claims iss, sub, sid, org_id,
// role, permissions, jti, exp, iat), with an RSA key made at start-up that lives only in this
// process; the public half is served as a JWKS. A token is valid exactly when this server
// issued it and nobody touched it since.
class TokenIssuer
{
public:
    enum class Verdict { Valid, Malformed, BadSignature, Expired, Retired };
    struct Verification
    {
        Verdict verdict = Verdict::Malformed;
        AccessClaims claims;
    };

    TokenIssuer();
    ~TokenIssuer();

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    QString mint(const QString &subject, const QString &sessionId, const QString &organizationId,
                 int ttlSecs);
    Verification verify(const QString &token) const;
    // Every token minted so far stops working; later ones are unaffected.
    void retireAll() { m_liveTokenIds.clear(); }

    // {"keys":[{kty, kid, use, alg, n, e}]}: what GET /sso/jwks/{client_id} answers.
    QJsonObject jwks() const;
    QString keyId() const { return m_keyId; }

private:
    struct Key;
    QByteArray sign(const QByteArray &signingInput) const;
    bool verifySignature(const QByteArray &signingInput, const QByteArray &signature) const;

    std::unique_ptr<Key> m_key;
    QString m_keyId;
    QString m_issuer;
    QSet<QString> m_liveTokenIds;
};

} // namespace astro::devserver
