#pragma once

#include "core/Error.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>

class QNetworkReply;

namespace ast {

class HttpClient;

// Ends one WorkOS session: GET {auth}/user_management/sessions/logout?session_id=<sid>
// (public, no API key). Best effort and bounded: at most Deadline in total, redirects are not
// followed, and any 2xx or 3xx counts as ended (WorkOS answers with a redirect). A session
// that could not be ended stays valid at WorkOS until it expires (docs/SECURITY.md).
class SessionEnder : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds Deadline {5000};

    SessionEnder(HttpClient *http, QUrl authUrl, QString sessionId, QObject *parent = nullptr);

    void start();

    // Why a session was not ended, in words for the user ("no answer within 5 s", "HTTP 503").
    static QString describe(const Error &why);

Q_SIGNALS:
    // Emitted once. `why` is the reason the session was not ended (ErrorKind::None when it was).
    void finished(bool ended, const ast::Error &why);

private:
    void done(const Error &why);

    HttpClient *m_http;
    QUrl m_authUrl;
    QString m_sessionId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    bool m_finished = false;
};

} // namespace ast
