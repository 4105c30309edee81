#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace astro::devserver {

// What the server saw, for tests to assert on (GET /_dev/stats). The issued secrets are
// listed so that a test can grep the client's output and files for leaks.
struct ServerStats
{
    int deviceAuthorizations = 0;
    int polls = 0;
    int tooEarlyPolls = 0;
    QList<qint64> pollIntervalsMs; // between consecutive polls of the same code
    QList<qint64> firstPollDelaysMs; // from authorization to a code's first poll
    int refreshRequests = 0;
    int refreshSuccesses = 0;
    int meRequests = 0;
    int apiUnauthorized = 0;
    int sessionLogouts = 0; // GET /user_management/sessions/logout
    QStringList endedSessions;
    // Browser sign-in (GET /user_management/authorize and the authorization_code grant)
    int webAuthorizations = 0; // well-formed authorize requests
    int webApprovals = 0;
    int webDenials = 0;
    int codeExchanges = 0;
    int codeExchangeSuccesses = 0;
    // Organizations
    int organizationSelectionsRequired = 0; // 403 organization_selection_required sent
    int organizationSelections = 0; // organization-selection grant requests
    int organizationSelectionSuccesses = 0;
    int organizationSwitches = 0; // refreshes with organization_id that succeeded

    QStringList issuedDeviceCodes;
    QStringList issuedAccessTokens;
    QStringList issuedRefreshTokens;
    QStringList issuedUserCodes;
    QStringList issuedAuthorizationCodes;
    QStringList issuedPendingAuthenticationTokens;

    // Zeroes the counters; the issued secrets stay, so leak checks still see all of them.
    void resetCounters();
    QJsonObject toJson() const;
};

} // namespace astro::devserver
