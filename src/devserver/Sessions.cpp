#include "devserver/Sessions.h"

#include "devserver/Random.h"

using namespace Qt::StringLiterals;

namespace astro::devserver {

QString Sessions::start(const QString &identity, const QString &organizationId)
{
    const QString id = Random::prefixedId("session_"_L1);
    m_active.insert(id);
    m_identities.insert(id, identity);
    m_organizations.insert(id, organizationId);
    return id;
}

bool Sessions::end(const QString &sessionId)
{
    return m_active.remove(sessionId);
}

void Sessions::addRefreshToken(const QString &refreshToken, const QString &sessionId)
{
    m_refreshTokens.insert(refreshToken, {sessionId, false});
}

Sessions::RedeemResult Sessions::check(const QString &refreshToken) const
{
    const auto it = m_refreshTokens.constFind(refreshToken);
    if (it == m_refreshTokens.cend())
        return {Redemption::Unknown, {}};
    if (!m_active.contains(it->sessionId))
        return {Redemption::Revoked, it->sessionId};
    if (it->used)
        return {Redemption::AlreadyUsed, it->sessionId};
    return {Redemption::Ok, it->sessionId};
}

Sessions::RedeemResult Sessions::redeem(const QString &refreshToken)
{
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end())
        return {Redemption::Unknown, {}};
    if (!m_active.contains(it->sessionId))
        return {Redemption::Revoked, it->sessionId};
    if (it->used)
        return {Redemption::AlreadyUsed, it->sessionId};
    it->used = true;
    return {Redemption::Ok, it->sessionId};
}

bool Sessions::isActive(const QString &sessionId) const
{
    return m_active.contains(sessionId);
}

void Sessions::revokeAll()
{
    m_active.clear();
}

} // namespace astro::devserver
