#include "core/SessionManager.h"

#include "core/HttpClient.h"
#include "core/Logging.h"
#include "core/ProfileLock.h"
#include "core/UrlPolicy.h"
#include "core/WorkOsProtocol.h"

namespace ast {

qint64 SessionManager::refreshLeadMs(qint64 lifetimeMs)
{
    return std::min<qint64>(5 * 60 * 1000, std::max<qint64>(0, lifetimeMs) / 10);
}

QDateTime SessionManager::refreshDueAt(const ProfileRecord &record)
{
    if (!record.accessExpiresAt.isValid())
        return {};
    const qint64 lifetimeMs = record.accessReceivedAt.isValid()
        ? record.accessReceivedAt.msecsTo(record.accessExpiresAt)
        : qint64(3600) * 1000;
    return record.accessExpiresAt.addMSecs(-refreshLeadMs(lifetimeMs));
}

bool SessionManager::needsRefresh(const ProfileRecord &record) const
{
    const QDateTime due = refreshDueAt(record);
    return !due.isValid() || m_clock->now() >= due;
}

SessionManager::SessionManager(SessionStore *store, HttpClient *http, Clock *clock, QObject *parent)
    : SessionManager(store, std::function<HttpClient *()>([http] { return http; }), clock, parent)
{
}

SessionManager::SessionManager(SessionStore *store, std::function<HttpClient *()> http,
                               Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(std::move(http))
    , m_clock(clock)
{
}

void SessionManager::loadSession(const QString &profile, Callback done)
{
    auto data = m_store->load();
    if (!data)
        return done(data.error());
    const ProfileRecord *found = data->find(profile);
    if (!found || found->state() == ProfileStatus::State::SignedOut)
        return done(Error {ErrorKind::NotSignedIn});
    if (found->state() == ProfileStatus::State::SessionEnded)
        return done(Error {ErrorKind::InvalidGrant});
    const ProfileRecord record = *found;
    m_store->readTokens(record, [record, done = std::move(done)](Result<TokenPair> tokens) {
        if (!tokens)
            return done(tokens.error());
        done(ValidSession {record, tokens.value()});
    });
}

// One refresh attempt for one profile: lock, re-read, refresh if still needed, save, unlock.
class SessionManager::Refresh : public QObject
{
public:
    // `organizationId`: a switch (docs/protocol.md, "Organizations"): always refreshes, asking for
    // a token in that organization.
    Refresh(SessionManager *manager, ValidSession stale, bool forced, Callback done,
            QString organizationId = {})
        : QObject(manager)
        , m_manager(manager)
        , m_stale(std::move(stale))
        , m_forced(forced)
        , m_organizationId(std::move(organizationId))
        , m_done(std::move(done))
        , m_lock(manager->m_store->file().directory(), m_stale.record.name, manager->m_clock)
    {
    }

    void start()
    {
        m_lock.acquire([this](Status error) {
            if (error)
                return finish(*error);
            m_manager->loadSession(m_stale.record.name, [this](Result<ValidSession> current) {
                if (!current)
                    return finish(current.error());
                // Someone else refreshed while we waited for the lock: use their pair.
                const bool replaced = current->tokens != m_stale.tokens;
                if (m_organizationId.isEmpty() && (replaced || !m_forced)
                    && !m_manager->needsRefresh(current->record))
                    return finish(current.value());
                m_stale = current.value();
                sendRefresh();
            });
        });
    }

private:
    void sendRefresh()
    {
        const ProfileRecord &record = m_stale.record;
        if (const Status refused = UrlPolicy::check(record.authUrl, UrlPolicy::Role::AuthUrl))
            return finish(*refused);
        qCDebug(lcSession) << "refreshing profile" << record.name << "refresh token"
                           << redacted(m_stale.tokens.refreshToken);
        m_sent = true;
        ++m_manager->m_requestsInFlight;
        m_manager->m_http()->postForm(
            WorkOs::authenticateUrl(record.authUrl),
            WorkOs::refreshForm(record.clientId, m_stale.tokens.refreshToken, m_organizationId),
            [this](const HttpResult &result) { onReply(result); });
    }

    void onReply(const HttpResult &result)
    {
        if (result.status != 200 || !result.gotReply()) { // a 200 cut off at the size cap too
            Error error = WorkOs::classifyFailure(result);
            // A switch refused (not a member, or the grant is not allowed) says nothing about
            // the session itself: it is kept, and the next plain refresh finds out.
            if (!m_organizationId.isEmpty() && result.status >= 400 && result.status < 500) {
                if (error.kind == ErrorKind::InvalidGrant || error.kind == ErrorKind::AccessDenied)
                    error.kind = ErrorKind::ServerRefused;
                return finish(error);
            }
            if (error.kind == ErrorKind::InvalidGrant)
                return onInvalidGrant(error);
            return finish(error); // network, 5xx...: tokens are kept
        }
        auto authentication = WorkOs::parseAuthentication(result.body, m_manager->m_clock->now());
        if (!authentication)
            return finish(authentication.error());
        ProfileRecord record = m_stale.record;
        record.applyAuthentication(authentication.value());
        const TokenPair tokens = authentication->tokens.tokens;
        // Saved before anyone uses it: the old refresh token is already spent. Only while the
        // profile still holds the session this refresh started from: a logout or a newer
        // login that got in (without the lock) is never undone.
        const qint64 generation = m_stale.record.generation;
        m_manager->m_store->saveSession(
            record, tokens,
            [this, record, tokens, generation](Result<StorageKind> kind) {
                if (!kind && kind.error().kind == ErrorKind::Superseded)
                    return onSuperseded();
                if (!kind)
                    return finish(kind.error());
                ProfileRecord saved = record;
                saved.storage = kind.value();
                saved.generation = generation + 1;
                qCDebug(lcSession) << "refreshed profile" << saved.name << "until"
                                   << saved.accessExpiresAt.toString(Qt::ISODate);
                Q_EMIT m_manager->sessionRefreshed(saved.name);
                finish(ValidSession {saved, tokens});
            },
            generation);
    }

    // The stored profile moved on while we refreshed: go on with what is stored now (a
    // newer login), or "not signed in" after a logout.
    void onSuperseded()
    {
        qCDebug(lcSession) << "profile" << m_stale.record.name
                           << "changed during the refresh: its result is dropped";
        m_manager->loadSession(m_stale.record.name, [this](Result<ValidSession> current) {
            finish(std::move(current));
        });
    }

    void onInvalidGrant(const Error &error)
    {
        // Another process may have rotated the token just before us: re-read once.
        m_manager->loadSession(m_stale.record.name, [this, error](Result<ValidSession> current) {
            if (current && current->tokens.refreshToken != m_stale.tokens.refreshToken) {
                qCDebug(lcSession) << "invalid_grant, but another process stored a new pair";
                return finish(current.value());
            }
            qCDebug(lcSession) << "refresh answered invalid_grant: ending the session";
            const QString profile = m_stale.record.name;
            m_manager->m_store->endSession(profile, [this, error, profile](Status) {
                Q_EMIT m_manager->sessionEnded(profile);
                finish(error);
            });
        });
    }

    void finish(Result<ValidSession> result)
    {
        m_lock.release();
        auto done = std::move(m_done);
        deleteLater();
        const bool settles = m_sent && --m_manager->m_requestsInFlight == 0;
        done(std::move(result));
        if (settles)
            Q_EMIT m_manager->refreshSettled();
    }

    SessionManager *m_manager;
    ValidSession m_stale;
    bool m_forced;
    QString m_organizationId;
    bool m_sent = false;
    Callback m_done;
    ProfileLock m_lock;
};

void SessionManager::saveLogin(const ProfileRecord &record, const TokenPair &tokens,
                               SessionStore::SaveCallback done)
{
    auto *lock = new ProfileLock(m_store->file().directory(), record.name, m_clock, this);
    lock->acquire([this, lock, record, tokens, done = std::move(done)](Status error) {
        auto release = [lock, done](Result<StorageKind> result) {
            lock->release();
            lock->deleteLater();
            done(std::move(result));
        };
        if (error)
            return release(*error);
        m_store->saveSession(record, tokens, release);
    });
}

void SessionManager::switchOrganization(const QString &profile, const QString &organizationId,
                                        Callback done)
{
    loadSession(
        profile, [this, organizationId, done = std::move(done)](Result<ValidSession> session) {
            if (!session)
                return done(session.error());
            (new Refresh(this, session.value(), true, std::move(done), organizationId))->start();
        });
}

void SessionManager::validSession(const QString &profile, bool forceRefresh, Callback done)
{
    loadSession(profile,
                [this, forceRefresh, done = std::move(done)](Result<ValidSession> session) {
                    if (!session)
                        return done(session.error());
                    if (!forceRefresh && !needsRefresh(session->record))
                        return done(session);
                    (new Refresh(this, session.value(), forceRefresh, std::move(done)))->start();
                });
}

} // namespace ast
