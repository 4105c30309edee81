#pragma once

#include "devserver/Clock.h"

#include <QHash>
#include <QString>
#include <optional>

namespace astro::devserver {

// The browser sign-in (authorization code + PKCE): requests waiting on the approval page,
// and the codes handed to the redirect URI. A code works once, for ten minutes, and only
// with the verifier whose S256 hash was the request's code_challenge.
class AuthorizationCodes
{
public:
    static constexpr qint64 lifetimeMs = 10 * 60 * 1000;

    struct Request
    {
        QString clientId;
        QString redirectUri;
        QString state;
        QString codeChallenge;
        QString organizationId; // empty: none asked for
        QString loginHint;
    };
    struct Grant
    {
        QString identity; // who approved
        QString organizationId;
    };

    explicit AuthorizationCodes(const Clock &clock)
        : m_clock(clock)
    {
    }

    // Keeps a request until the approval page's form decides it; returns the form's handle.
    QString hold(const Request &request);
    // The held request, removed: each page decides once. Nothing for unknown or stale handles.
    std::optional<Request> take(const QString &handle);

    QString issue(const Request &request, const QString &identity);

    enum class Redemption { Ok, Unknown, AlreadyUsed, Expired, WrongClient, WrongVerifier };
    struct RedeemResult
    {
        Redemption status = Redemption::Unknown;
        Grant grant;
    };
    // Any attempt uses the code up, a failed one too: a stolen code cannot be tried against
    // many verifiers.
    RedeemResult redeem(const QString &code, const QString &clientId, const QString &verifier);

    // base64url(SHA-256(verifier)) without padding (RFC 7636 4.2).
    static QString s256(const QString &verifier);
    // RFC 7636 4.1/4.2: 43 to 128 characters of [A-Za-z0-9-._~].
    static bool isWellFormed(const QString &verifierOrChallenge);

private:
    struct Code
    {
        QString clientId;
        QString codeChallenge;
        Grant grant;
        qint64 issuedMs = 0;
        bool used = false;
    };
    struct Held
    {
        Request request;
        qint64 heldMs = 0;
    };

    const Clock &m_clock;
    QHash<QString, Held> m_held;
    QHash<QString, Code> m_codes;
};

} // namespace astro::devserver
