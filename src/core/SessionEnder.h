#pragma once

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

Q_SIGNALS:
    // Emitted once. `reason` says in words why the session was not ended (empty when it was).
    void finished(bool ended, const QString &reason);

private:
    void done(bool ended, const QString &reason);

    HttpClient *m_http;
    QUrl m_authUrl;
    QString m_sessionId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    bool m_finished = false;
};

} // namespace ast
