#include "core/SignOut.h"

#include "core/ProfileLock.h"
#include "core/SessionEnder.h"
#include "core/SessionStore.h"

namespace ast {

QString SignOutOutcome::notEndedReason() const
{
    return SessionEnder::describe(notEnded);
}

SignOut::SignOut(SessionStore *store, std::function<HttpClient *()> http, QStringList profiles,
                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(std::move(http))
    , m_pending(std::move(profiles))
{
}

void SignOut::start()
{
    next();
}

void SignOut::stop()
{
    m_stopped = true;
}

void SignOut::next()
{
    if (m_stopped || m_pending.isEmpty())
        return Q_EMIT finished(m_outcomes);
    const QString profile = m_pending.takeFirst();
    m_removingLocally = true;
    auto *lock = new ProfileLock(m_store->file().directory(), profile, this);
    lock->acquire([this, lock, profile](Status lockError) {
        SignOutOutcome outcome;
        outcome.profile = profile;
        auto settle = [this, lock](SignOutOutcome finished) {
            lock->release();
            lock->deleteLater();
            m_removingLocally = false;
            m_outcomes << finished;
            next();
        };
        if (lockError) {
            outcome.localError = lockError;
            return settle(outcome);
        }
        const auto data = m_store->load();
        if (!data) {
            outcome.localError = data.error();
            return settle(outcome);
        }
        const ProfileRecord *record = data->find(profile);
        if (!record)
            return settle(outcome);
        outcome.wasSignedIn = record->state() != ProfileStatus::State::SignedOut;
        const bool live = record->state() == ProfileStatus::State::SignedIn;
        const QUrl authUrl = record->authUrl;
        const QString sessionId = record->sessionId;
        m_store->signOut(profile,
                         [this, lock, outcome, live, authUrl, sessionId](Status error) mutable {
                             // The lock only guards the local story; the network call runs without
                             // it.
                             lock->release();
                             lock->deleteLater();
                             m_removingLocally = false;
                             outcome.localError = error;
                             if (error || !live) {
                                 m_outcomes << outcome;
                                 return next();
                             }
                             if (m_stopped) {
                                 outcome.stoppedBeforeRemote = true;
                                 m_outcomes << outcome;
                                 return next();
                             }
                             if (sessionId.isEmpty()) {
                                 outcome.noSessionId = true;
                                 m_outcomes << outcome;
                                 return next();
                             }
                             endRemotely(outcome, authUrl, sessionId);
                         });
    });
}

void SignOut::endRemotely(SignOutOutcome outcome, const QUrl &authUrl, const QString &sessionId)
{
    auto *ender = new SessionEnder(m_http(), authUrl, sessionId, this);
    connect(ender, &SessionEnder::finished, this,
            [this, ender, outcome](bool ended, const Error &why) mutable {
                ender->deleteLater();
                outcome.sessionEnded = ended;
                outcome.notEnded = why;
                m_outcomes << outcome;
                next();
            });
    ender->start();
}

} // namespace ast
