#include "devserver/AuthorizationCodes.h"

#include "devserver/Random.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace astro::devserver {

QString AuthorizationCodes::hold(const Request &request)
{
    const QString handle = Random::urlSafeToken(16);
    m_held.insert(handle, {request, m_clock.nowMs()});
    return handle;
}

std::optional<AuthorizationCodes::Request> AuthorizationCodes::take(const QString &handle)
{
    const auto it = m_held.constFind(handle);
    if (it == m_held.cend())
        return std::nullopt;
    const Held held = *it;
    m_held.erase(it);
    if (m_clock.nowMs() - held.heldMs >= lifetimeMs)
        return std::nullopt;
    return held.request;
}

QString AuthorizationCodes::issue(const Request &request, const QString &identity)
{
    const QString code = Random::urlSafeToken(32);
    m_codes.insert(code,
                   {request.clientId,
                    request.codeChallenge,
                    {identity, request.organizationId},
                    m_clock.nowMs(),
                    false});
    return code;
}

AuthorizationCodes::RedeemResult
AuthorizationCodes::redeem(const QString &code, const QString &clientId, const QString &verifier)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return {};
    if (it->used)
        return {Redemption::AlreadyUsed, {}};
    it->used = true;
    if (m_clock.nowMs() - it->issuedMs >= lifetimeMs)
        return {Redemption::Expired, {}};
    if (it->clientId != clientId)
        return {Redemption::WrongClient, {}};
    if (s256(verifier) != it->codeChallenge)
        return {Redemption::WrongVerifier, {}};
    return {Redemption::Ok, it->grant};
}

QString AuthorizationCodes::s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool AuthorizationCodes::isWellFormed(const QString &verifierOrChallenge)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._~-]{43,128}$"_s);
    return pattern.match(verifierOrChallenge).hasMatch();
}

} // namespace astro::devserver
