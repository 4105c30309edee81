// AccessTokenClaims::decode and expiryFrom: the access token is read without its signature,
// so every byte of it is attacker-controlled. Half the runs take the input as a whole token,
// the other half as the claims JSON inside a well-formed token, to reach the JSON handling.
#include "AccessToken.h"
#include "FuzzSupport.h"

using namespace astro::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime receivedAt = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const QByteArray input = bytes(data, size);
    QString token;
    if (!input.isEmpty() && (input.at(0) & 1)) {
        token = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.")
            + QString::fromLatin1(input.mid(1).toBase64(QByteArray::Base64UrlEncoding
                                                        | QByteArray::OmitTrailingEquals))
            + QStringLiteral(".c2ln");
    } else {
        token = QString::fromUtf8(input);
    }

    const auto claims = ast::AccessTokenClaims::decode(token);
    if (!claims)
        return 0;
    require(claims->expiresAt.has_value(), "exp present");
    require(!claims->issuedAt || *claims->issuedAt <= *claims->expiresAt, "iat <= exp");
    const QDateTime expiry = claims->expiryFrom(receivedAt);
    require(expiry.isValid(), "expiry valid");
    require(!claims->issuedAt || expiry >= receivedAt, "lifetime not negative");
    return 0;
}
