// WorkOs::parseAuthentication: the token reply of a login or a refresh, and the access token
// inside it. Whatever it accepts is stored, so it must be complete and its expiry valid.
#include "Error.h"
#include "FuzzSupport.h"
#include "WorkOsProtocol.h"

#include <QDateTime>

using namespace astro::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime receivedAt = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const auto parsed = ast::WorkOs::parseAuthentication(bytes(data, size), receivedAt);
    if (!parsed) {
        require(!ast::userMessage(parsed.error()).isEmpty(), "a refusal says why");
        return 0;
    }
    const ast::Authentication &authentication = parsed.value();
    require(!authentication.user.id.isEmpty(), "user id present");
    require(!authentication.tokens.tokens.accessToken.isEmpty(), "access token present");
    require(!authentication.tokens.tokens.refreshToken.isEmpty(), "refresh token present");
    require(authentication.tokens.accessExpiresAt.isValid(), "expiry valid");
    require(printable(authentication.user.email) && printable(authentication.user.firstName)
                && printable(authentication.user.lastName),
            "user names printable");
    (void)authentication.user.displayName();
    return 0;
}
