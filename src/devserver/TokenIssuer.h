#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

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

// Mints and checks HS256 JWT access tokens with a key that lives only in this process, so a
// token is valid exactly when this server issued it and nobody touched it since.
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

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    QString mint(const QString &subject, const QString &sessionId, const QString &organizationId,
                 int ttlSecs);
    Verification verify(const QString &token) const;
    // Every token minted so far stops working; later ones are unaffected.
    void retireAll() { m_liveTokenIds.clear(); }

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_key;
    QString m_issuer;
    QSet<QString> m_liveTokenIds;
};

} // namespace astro::devserver
