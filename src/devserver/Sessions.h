#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace astro::devserver {

// Signed-in sessions and their refresh tokens. Rotation is strict: a refresh token works
// exactly once, so a client that reuses one (or races itself) is caught instead of excused.
class Sessions
{
public:
    enum class Redemption { Ok, AlreadyUsed, Unknown, Revoked };
    struct RedeemResult
    {
        Redemption status = Redemption::Unknown;
        QString sessionId;
    };

    // A new session for `identity` (a Directory name) in `organizationId` (empty: none).
    QString start(const QString &identity, const QString &organizationId);
    QString identityOf(const QString &sessionId) const { return m_identities.value(sessionId); }
    QString organizationOf(const QString &sessionId) const
    {
        return m_organizations.value(sessionId);
    }
    // Refresh with organization_id moves the session (WorkOS "switching organizations").
    void moveTo(const QString &sessionId, const QString &organizationId)
    {
        m_organizations.insert(sessionId, organizationId);
    }
    // Ends one session (sessions/logout): its refresh and access tokens stop working.
    // False when no such session was active.
    bool end(const QString &sessionId);
    void addRefreshToken(const QString &refreshToken, const QString &sessionId);
    // What redeem() would answer, without retiring the token.
    RedeemResult check(const QString &refreshToken) const;
    // Retires the token; on success the caller issues the next one for the same session.
    RedeemResult redeem(const QString &refreshToken);
    bool isActive(const QString &sessionId) const;
    void revokeAll();

private:
    struct RefreshToken
    {
        QString sessionId;
        bool used = false;
    };

    QSet<QString> m_active;
    QHash<QString, QString> m_identities;
    QHash<QString, QString> m_organizations;
    QHash<QString, RefreshToken> m_refreshTokens;
};

} // namespace astro::devserver
