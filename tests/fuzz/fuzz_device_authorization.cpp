// WorkOs::parseDeviceAuthorization: the first reply of a login, from a server we do not trust
// yet. Whatever it accepts must be safe to show, to schedule and to hand to UrlPolicy.
#include "Error.h"
#include "FuzzSupport.h"
#include "UrlPolicy.h"
#include "WorkOsProtocol.h"

using namespace astro::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = ast::WorkOs::parseDeviceAuthorization(bytes(data, size));
    if (!parsed) {
        require(!ast::userMessage(parsed.error()).isEmpty(), "a refusal says why");
        return 0;
    }
    const ast::DeviceAuthorization &authorization = parsed.value();
    require(!authorization.deviceCode.isEmpty(), "device code present");
    require(!authorization.userCode.isEmpty() && authorization.userCode.size() <= 64,
            "user code present and short");
    require(printable(authorization.userCode), "user code printable");
    require(authorization.expiresInSecs >= 1 && authorization.expiresInSecs <= 24 * 3600,
            "expires_in bounded");
    require(authorization.intervalSecs >= 1 && authorization.intervalSecs <= 300,
            "interval bounded");
    require(authorization.verificationUri.isValid(), "verification URI valid");
    // What the flow does next with it: the policy check and the text shown and opened.
    (void)ast::UrlPolicy::check(authorization.verificationUri,
                                ast::UrlPolicy::Role::VerificationUrl);
    (void)ast::UrlPolicy::check(authorization.browserUrl(), ast::UrlPolicy::Role::VerificationUrl);
    (void)authorization.browserUrl().toString(QUrl::FullyEncoded);
    return 0;
}
