#pragma once

#include "devserver/Clock.h"

#include <QHash>
#include <QString>
#include <optional>

namespace astro::devserver {

// pending_authentication_token of an organization_selection_required reply: who signed in,
// waiting for the organization choice. Single use, ten minutes.
class PendingAuthentications
{
public:
    static constexpr qint64 lifetimeMs = 10 * 60 * 1000;

    explicit PendingAuthentications(const Clock &clock)
        : m_clock(clock)
    {
    }

    QString create(const QString &identity);
    // The identity behind a live, unused token; nothing otherwise. Does not use it up.
    std::optional<QString> identityOf(const QString &token) const;
    void consume(const QString &token) { m_pending.remove(token); }

private:
    struct Pending
    {
        QString identity;
        qint64 createdMs = 0;
    };

    const Clock &m_clock;
    QHash<QString, Pending> m_pending;
};

} // namespace astro::devserver
