#pragma once

#include "core/Clock.h"
#include "core/ProfileRecord.h"
#include "core/SessionStore.h"

#include <QObject>
#include <functional>

namespace ast {

class HttpClient;

struct ValidSession
{
    ProfileRecord record;
    TokenPair tokens;
};

// Hands out a valid access token for a profile, refreshing it shortly before it expires
// (docs/protocol.md, "Refresh"). Refresh tokens rotate, so a refresh runs under a per-profile lock
// across processes, re-reads the store once the lock is held, saves the new pair before anyone uses
// it, and re-reads once more after invalid_grant before declaring the session over.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ValidSession>)>;

    SessionManager(SessionStore *store, HttpClient *http, Clock *clock = Clock::system(),
                   QObject *parent = nullptr);
    // `http` is called only once a refresh needs the network, so that `ast token` with a
    // fresh token never builds an HttpClient (QNetworkAccessManager, system proxy settings).
    SessionManager(SessionStore *store, std::function<HttpClient *()> http,
                   Clock *clock = Clock::system(), QObject *parent = nullptr);

    SessionStore *store() const { return m_store; }

    // `forceRefresh`: the server rejected the current access token (401); refresh unless
    // another process already replaced it.
    void validSession(const QString &profile, bool forceRefresh, Callback done);

    // Moves the profile's session to another organization: a refresh with `organizationId`,
    // under the same lock and generation rule as any refresh. A 4xx refusal keeps the session.
    void switchOrganization(const QString &profile, const QString &organizationId, Callback done);

    // A login's save: under the profile's lock, so that it never interleaves with a refresh
    // of the session it replaces (that refresh then finds a newer generation and drops its
    // result).
    void saveLogin(const ProfileRecord &record, const TokenPair &tokens,
                   SessionStore::SaveCallback done);

    // True from the moment a refresh request is sent until its result is saved (or dropped):
    // the server has rotated the refresh token by then, so the process must not exit before
    // refreshSettled() (docs/SECURITY.md).
    bool isRefreshInFlight() const { return m_requestsInFlight > 0; }

    // min(5 min, 10% of the lifetime) before expiry.
    static qint64 refreshLeadMs(qint64 lifetimeMs);
    // When this record's access token should be refreshed (invalid when unknown).
    static QDateTime refreshDueAt(const ProfileRecord &record);
    bool needsRefresh(const ProfileRecord &record) const;

Q_SIGNALS:
    void sessionRefreshed(const QString &profile);
    void sessionEnded(const QString &profile);
    // No refresh request is in flight any more.
    void refreshSettled();

private:
    class Refresh;
    void loadSession(const QString &profile, Callback done);

    SessionStore *m_store;
    std::function<HttpClient *()> m_http;
    Clock *m_clock;
    int m_requestsInFlight = 0;
};

} // namespace ast
