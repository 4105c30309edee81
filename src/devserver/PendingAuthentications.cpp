#include "devserver/PendingAuthentications.h"

#include "devserver/Random.h"

namespace astro::devserver {

QString PendingAuthentications::create(const QString &identity)
{
    const QString token = Random::urlSafeToken(24);
    m_pending.insert(token, {identity, m_clock.nowMs()});
    return token;
}

std::optional<QString> PendingAuthentications::identityOf(const QString &token) const
{
    const auto it = m_pending.constFind(token);
    if (it == m_pending.cend() || m_clock.nowMs() - it->createdMs >= lifetimeMs)
        return std::nullopt;
    return it->identity;
}

} // namespace astro::devserver
