#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

class QCoreApplication;

namespace astro::devserver {

// Every knob of the server. The command line sets them; POST /_dev/config changes them while
// the server runs, so a test can switch failure modes without restarting the process.
struct ServerOptions
{
    quint16 port = 8484;
    int accessTtlSecs = 3600;
    int intervalSecs = 5;
    bool sendInterval = true;
    int expiresInSecs = 300;
    int slowDownPolls = 0;
    int failPolls = 0;
    bool strictInterval = false;
    bool omitOptional = false;
    std::optional<qint64> autoApproveAfterMs; // unset: only the page or /_dev/approve approve
    QString authenticateError; // empty: an approved code gets tokens
    QString clientId; // empty: any client id is accepted
    bool quiet = false;
    // WorkOS's 403 access_denied from /authorize/device: the application has CLI Auth off.
    bool deviceFlowDisabled = false;
    // Who the next sign-in is: "ada" (in an organization), "grace" (none: organization_id
    // and org_id null/absent, as WorkOS sends them) or "multi-org" (in two: a sign-in
    // without organization_id gets organization_selection_required). A session keeps its
    // user when refreshed.
    QString identity = QStringLiteral("ada");
    // What GET /user_management/authorize does: show the approval page, or answer with the
    // approving (or denying) redirect at once, as if the person had clicked.
    enum class WebDecision { Ask, Approve, Deny };
    WebDecision webDecision = WebDecision::Ask;

    // Hostile replies (see Hostile.h). Empty: behave.
    QString verificationUri; // instead of this server's /device page
    QString verificationUriComplete; // instead of verification URI + "?user_code=..."
    QString hostileAuthorize; // a Hostile::modes() name for /authorize/device
    QString hostileAuthenticate; // the same for /authenticate (polls and refreshes)
    bool hostileText = false; // user and account names full of terminal escapes (Hostile.h)
    QString redirectTo; // answer the WorkOS and API endpoints with 307 to this base URL

    // Refresh failure injection; only /_dev/config sets these.
    int refreshFailStatus = 503;
    int refreshFailCount = 0;
    int refreshDelayMs = 0;

    // Parses the command line (exits for --help/--version/unknown options, as Qt does).
    // Returns nothing after printing a message to stderr when a value is invalid.
    static std::optional<ServerOptions> fromCommandLine(const QCoreApplication &app);

    // Applies a /_dev/config body, all or nothing. Returns an error message, empty on success.
    QString apply(const QJsonObject &changes);
    QJsonObject toJson() const;
};

} // namespace astro::devserver
