#pragma once

#include <QLoggingCategory>

namespace ast {

Q_DECLARE_LOGGING_CATEGORY(lcFlow) // astro.flow: device authorization
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // astro.http: requests and replies
Q_DECLARE_LOGGING_CATEGORY(lcStore) // astro.store: credentials file and keyring
Q_DECLARE_LOGGING_CATEGORY(lcSession) // astro.session: refresh and locking

// Turns on every astro.* category at debug level (ast --verbose).
void enableVerboseLogging();

// The only way a secret may get near a log line: a short, non-reversible tag that lets two
// log lines be matched ("…a1b2") without revealing the value.
QString redacted(const QString &secret);

// The request body of a form POST, with every secret-bearing field redacted.
QString redactedForm(const QByteArray &formBody);

} // namespace ast
