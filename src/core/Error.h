#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <memory>

namespace ast {

// The namespace meta-object: ErrorKind names for logs, tests and QML, and Error in signals.
Q_NAMESPACE

struct OrganizationSelection;

// What went wrong, as data. The executables turn it into words (userMessage) and exit codes.
enum class ErrorKind {
    None,
    InvalidInput, // a bad setting or argument (usage error)
    Cancelled,
    Network, // connection refused, DNS, TLS, reset
    Timeout, // no reply within the request timeout
    ServerUnavailable, // 408, 429, 5xx
    ReplyTooLarge,
    BadReply, // not JSON, wrong shape, missing fields, unexpected status
    UrlRefused, // UrlPolicy said no
    MissingClientId,
    AccessDenied, // the user denied the device request
    ExpiredToken, // the device code expired (or was already used)
    ServerRefused, // any other error reply, {error} or {code, message}
    InvalidGrant, // refresh token no longer valid: the session has ended
    Unauthorized, // the API answered 401 even after a refresh
    NotSignedIn,
    CorruptCredentials,
    StorageFailed,
    KeyringUnavailable,
    KeyringLocked, // metadata says keyring, keyring cannot give the tokens
    Superseded, // a logout or a new login changed the profile while a refresh ran
    DeviceFlowDisabled, // authorize/device answered 403 access_denied: CLI auth is off
    OrganizationSelectionRequired, // 403 organization_selection_required; see organizationSelection
    CallbackRefused, // the browser's callback had the wrong state or no code
    SignInTimedOut, // the browser sign-in was not finished before its deadline
};
Q_ENUM_NS(ErrorKind)

struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString code; // server error code (`error` or `code` field) when there is one
    QString detail; // server message or technical detail; never holds a secret
    int httpStatus = 0;
    // With OrganizationSelectionRequired: the organizations to choose from and the pending
    // authentication token that finishes the sign-in (a secret: never shown or logged).
    std::shared_ptr<const OrganizationSelection> organizationSelection;

    // True when only a new sign-in can help (exit code 4 in ast).
    bool needsSignIn() const
    {
        return kind == ErrorKind::NotSignedIn || kind == ErrorKind::InvalidGrant
            || kind == ErrorKind::Unauthorized;
    }
};

// One human sentence (translatable) describing the error, without any secret.
QString userMessage(const Error &error);

} // namespace ast

Q_DECLARE_METATYPE(ast::Error)
