#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace ast {

class HttpClient;
class SessionStore;

// What a logout did for one profile.
struct SignOutOutcome
{
    QString profile;
    bool wasSignedIn = false;
    Status localError; // set: the local tokens could not be removed (keyring locked)
    bool sessionEnded = false; // WorkOS confirmed the end of the session
    Error notEnded; // why not (ErrorKind::None when ended or nothing to end)
    QString notEndedReason() const; // the same in words (empty when ended or nothing to end)
    bool noSessionId = false; // signed in, but no WorkOS session id was stored to end
    bool stoppedBeforeRemote = false; // stop() came first: the WorkOS session was not ended
};

// `ast logout` and the tray's Sign out: for each profile, under the profile's lock (so that
// no refresh finishing later brings the tokens back), the local tokens go first, always;
// then the WorkOS session is ended, best effort, without the lock (SessionEnder).
class SignOut : public QObject
{
    Q_OBJECT
public:
    // `http` is asked for only when a session is to be ended at WorkOS.
    SignOut(SessionStore *store, std::function<HttpClient *()> http, QStringList profiles,
            QObject *parent = nullptr);

    void start();
    // True while a profile's local tokens are being removed: an interrupt then waits, so that
    // no profile is left half removed.
    bool isRemovingLocally() const { return m_removingLocally; }
    // Ends the run once the step in progress is done (a local removal is never cut short):
    // no further WorkOS call, no further profile. finished() reports what was done.
    void stop();

Q_SIGNALS:
    void finished(const QList<ast::SignOutOutcome> &outcomes);

private:
    void next();
    void endRemotely(SignOutOutcome outcome, const QUrl &authUrl, const QString &sessionId);

    SessionStore *m_store;
    std::function<HttpClient *()> m_http;
    QStringList m_pending;
    QList<SignOutOutcome> m_outcomes;
    bool m_removingLocally = false;
    bool m_stopped = false;
};

} // namespace ast
