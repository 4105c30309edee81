#pragma once

#include <QByteArray>
#include <QString>

namespace ast {

// RFC 7636 proof key (method S256) and the OAuth `state` of one authorization-code sign-in.
// All values are base64url without padding, drawn from the system's CSPRNG.
struct Pkce
{
    QString verifier; // secret until the code exchange: never shown or logged
    QString challenge; // base64url(SHA-256(verifier))
    QString state; // 128 random bits, compared exactly on the callback

    static constexpr QLatin1String Method {"S256"};

    static Pkce generate();
    static QString challengeFor(const QString &verifier);
    // `bytes` random bytes from QRandomGenerator::system(), base64url without padding.
    static QString randomToken(int bytes);
};

} // namespace ast
