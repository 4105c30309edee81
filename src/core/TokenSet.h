#pragma once

#include <QDateTime>
#include <QString>

namespace ast {

// The secrets of one session. Lives in the secret store, never in logs.
struct TokenPair
{
    QString accessToken;
    QString refreshToken;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    bool operator==(const TokenPair &) const = default;
};

// Tokens plus the expiry we computed when they arrived.
struct TokenSet
{
    TokenPair tokens;
    QDateTime accessExpiresAt; // UTC, receipt time + (exp - iat)
    QDateTime receivedAt; // UTC

    qint64 lifetimeSecs() const { return receivedAt.secsTo(accessExpiresAt); }
};

} // namespace ast
