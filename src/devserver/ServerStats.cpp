#include "devserver/ServerStats.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace astro::devserver {

namespace {
QJsonArray toArray(const QList<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array.append(value);
    return array;
}
} // namespace

void ServerStats::resetCounters()
{
    ServerStats fresh;
    fresh.issuedDeviceCodes = std::move(issuedDeviceCodes);
    fresh.issuedAccessTokens = std::move(issuedAccessTokens);
    fresh.issuedRefreshTokens = std::move(issuedRefreshTokens);
    fresh.issuedUserCodes = std::move(issuedUserCodes);
    fresh.issuedAuthorizationCodes = std::move(issuedAuthorizationCodes);
    fresh.issuedPendingAuthenticationTokens = std::move(issuedPendingAuthenticationTokens);
    *this = std::move(fresh);
}

QJsonObject ServerStats::toJson() const
{
    return {
        {u"device_authorizations"_s, deviceAuthorizations},
        {u"polls"_s, polls},
        {u"too_early_polls"_s, tooEarlyPolls},
        {u"poll_intervals_ms"_s, toArray(pollIntervalsMs)},
        {u"first_poll_delays_ms"_s, toArray(firstPollDelaysMs)},
        {u"refresh_requests"_s, refreshRequests},
        {u"refresh_successes"_s, refreshSuccesses},
        {u"me_requests"_s, meRequests},
        {u"api_unauthorized"_s, apiUnauthorized},
        {u"session_logouts"_s, sessionLogouts},
        {u"ended_sessions"_s, QJsonArray::fromStringList(endedSessions)},
        {u"web_authorizations"_s, webAuthorizations},
        {u"web_approvals"_s, webApprovals},
        {u"web_denials"_s, webDenials},
        {u"code_exchanges"_s, codeExchanges},
        {u"code_exchange_successes"_s, codeExchangeSuccesses},
        {u"organization_selections_required"_s, organizationSelectionsRequired},
        {u"organization_selections"_s, organizationSelections},
        {u"organization_selection_successes"_s, organizationSelectionSuccesses},
        {u"organization_switches"_s, organizationSwitches},
        {u"issued"_s,
         QJsonObject {
             {u"device_codes"_s, QJsonArray::fromStringList(issuedDeviceCodes)},
             {u"access_tokens"_s, QJsonArray::fromStringList(issuedAccessTokens)},
             {u"refresh_tokens"_s, QJsonArray::fromStringList(issuedRefreshTokens)},
             {u"user_codes"_s, QJsonArray::fromStringList(issuedUserCodes)},
             {u"authorization_codes"_s, QJsonArray::fromStringList(issuedAuthorizationCodes)},
             {u"pending_authentication_tokens"_s,
              QJsonArray::fromStringList(issuedPendingAuthenticationTokens)},
         }},
    };
}

} // namespace astro::devserver
