#include "core/Error.h"

#include <QCoreApplication>

namespace ast {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::Error)
};

QString withDetail(const QString &sentence, const QString &detail)
{
    return detail.isEmpty() ? sentence : sentence + QStringLiteral(" (") + detail + u')';
}
} // namespace

QString userMessage(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::InvalidInput:
        return error.detail;
    case ErrorKind::Cancelled:
        return Tr::tr("Cancelled.");
    case ErrorKind::Network:
        return withDetail(Tr::tr("Could not reach the server. Check your network connection."),
                          error.detail);
    case ErrorKind::Timeout:
        return Tr::tr("The server did not answer in time. Try again later.");
    case ErrorKind::ServerUnavailable:
        return withDetail(
            Tr::tr("The server is unavailable (HTTP %1). Try again later.").arg(error.httpStatus),
            error.detail);
    case ErrorKind::ReplyTooLarge:
        return Tr::tr("The server sent a reply larger than 1 MiB; it was refused.");
    case ErrorKind::BadReply:
        return withDetail(Tr::tr("The server sent an unexpected reply."), error.detail);
    case ErrorKind::UrlRefused:
        return error.detail;
    case ErrorKind::MissingClientId:
        return Tr::tr(
            "No WorkOS client id is configured. Set ASTRO_CLIENT_ID to your WorkOS client "
            "id (client_...), or build with -DASTRO_WORKOS_CLIENT_ID=client_....");
    case ErrorKind::AccessDenied:
        return Tr::tr("Sign-in was denied in the browser. Nothing was stored.");
    case ErrorKind::ExpiredToken:
        return Tr::tr("The sign-in code expired before it was approved. Run the sign-in again.");
    case ErrorKind::ServerRefused: {
        QString text = error.detail.isEmpty() ? error.code : error.detail;
        if (error.code == QLatin1String("organization_selection_required"))
            text = Tr::tr("Your account belongs to several organizations; choose one in the "
                          "browser and sign in again.");
        else if (error.code == QLatin1String("invalid_client"))
            text = Tr::tr("The server does not know this client id. Check ASTRO_CLIENT_ID.");
        return Tr::tr("The server refused the request: %1")
            .arg(error.code.isEmpty() || text == error.code
                     ? text
                     : text + QStringLiteral(" [") + error.code + u']');
    }
    case ErrorKind::InvalidGrant:
        return Tr::tr("Your session has ended. Run `ast login` to sign in again.");
    case ErrorKind::Unauthorized:
        return Tr::tr("The server did not accept your credentials. Run `ast login` to sign in "
                      "again.");
    case ErrorKind::NotSignedIn:
        return Tr::tr("You are not signed in. Run `ast login` to sign in.");
    case ErrorKind::CorruptCredentials:
        return withDetail(Tr::tr("The credentials file cannot be read and was left untouched"),
                          error.detail);
    case ErrorKind::StorageFailed:
        return withDetail(Tr::tr("Could not store credentials"), error.detail);
    case ErrorKind::KeyringUnavailable:
        // Only reaches the user with ASTRO_CREDENTIAL_STORE=keyring: otherwise SessionStore
        // falls back to the file.
        return Tr::tr(
                   "The system keyring is not available%1. Nothing was stored: with "
                   "ASTRO_CREDENTIAL_STORE=keyring, tokens go nowhere else. Start or unlock your "
                   "keyring, or unset ASTRO_CREDENTIAL_STORE to keep them in a file readable only "
                   "by you.")
            .arg(error.detail.isEmpty() ? QString()
                                        : QString(QStringLiteral(" (") + error.detail + u')'));
    case ErrorKind::KeyringLocked:
        return withDetail(
            Tr::tr("Your tokens are in the system keyring, but it could not give them "
                   "(locked or not running). Unlock your keyring (for example by "
                   "logging in to your desktop session) and try again"),
            error.detail);
    case ErrorKind::Superseded:
        return Tr::tr("The profile was signed out or signed in again while its token was being "
                      "refreshed; the refreshed token was dropped.");
    case ErrorKind::DeviceFlowDisabled:
        return Tr::tr("Sign-in with a code is turned off for this application (the device "
                      "authorization grant is not enabled in WorkOS). Ask your administrator "
                      "to enable it.");
    case ErrorKind::OrganizationSelectionRequired:
        return Tr::tr("Your account belongs to several organizations; choose one with "
                      "`ast login --organization ORG_ID`. Nothing was stored.");
    case ErrorKind::CallbackRefused:
        return withDetail(Tr::tr("The browser came back with a reply that does not belong to "
                                 "this sign-in. Nothing was stored; sign in again."),
                          error.detail);
    case ErrorKind::SignInTimedOut:
        return Tr::tr("The sign-in was not finished in the browser in time. Nothing was "
                      "stored; sign in again.");
    }
    return error.detail;
}

} // namespace ast
