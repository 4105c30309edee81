#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace ast {

// Claims of a WorkOS access token (a JWT). The signature is not checked: the client only
// needs the lifetime and ids, and the server checks the signature on every call.
struct AccessTokenClaims
{
    QString subject; // sub: user id
    QString sessionId; // sid
    QString organizationId; // org_id
    std::optional<qint64> issuedAt; // iat, seconds since epoch
    std::optional<qint64> expiresAt; // exp, seconds since epoch

    static Result<AccessTokenClaims> decode(const QString &jwt);

    // When the token expires on *our* clock: receipt + (exp - iat), immune to a skewed local
    // clock. Without iat, exp is taken as is. Invalid when there is no exp.
    QDateTime expiryFrom(const QDateTime &receivedAt) const;
};

} // namespace ast
