#include "AccountModel.h"

#include "SessionStore.h"

namespace ast::tray {

AccountModel::AccountModel(SessionStore *store, const QString &profile,
                           const QString &defaultProfile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
    , m_defaultProfile(defaultProfile)
{
    m_record.name = profile;
}

AccountModel::State AccountModel::stateOf(const ProfileRecord &record)
{
    switch (record.state()) {
    case ProfileRecord::State::SignedOut:
        return State::SignedOut;
    case ProfileRecord::State::SessionEnded:
        return State::SessionEnded;
    case ProfileRecord::State::SignedIn:
        break;
    }
    // With the file as the store, no refresh token means nobody can use this session.
    if (record.storage == StorageKind::File
        && (!record.fileTokens || record.fileTokens->refreshToken.isEmpty()))
        return State::SignedOut;
    return State::SignedIn;
}

AccountModel::State AccountModel::stateOf(const QString &profile) const
{
    const auto it = m_records.constFind(profile);
    return it == m_records.cend() ? State::SignedOut : stateOf(it.value());
}

void AccountModel::reload()
{
    auto data = m_store->load();
    if (!data) {
        // A corrupt file is left alone (docs/SECURITY.md); say so and keep the last good picture.
        const QString problem = userMessage(data.error());
        const bool differs = m_state != State::Unreadable || m_problem != problem;
        m_problem = problem;
        m_state = State::Unreadable;
        if (differs)
            Q_EMIT changed();
        return;
    }
    m_problem.clear();
    m_records = data->profiles;
    apply(m_loaded);
    m_loaded = true;
}

void AccountModel::setCurrentProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    apply(false); // another profile: nothing was lost
}

void AccountModel::apply(bool emitLoss)
{
    const ProfileRecord before = m_record;
    const State stateBefore = m_state;
    ProfileRecord record = m_records.value(m_profile);
    record.name = m_profile;
    const State state = stateOf(record);

    // Tokens are compared through the expiry and session id only: the model never keeps
    // secrets it does not need.
    record.fileTokens.reset();
    const bool differs = state != stateBefore || record.user != before.user
        || record.accessExpiresAt != before.accessExpiresAt || record.sessionId != before.sessionId
        || record.storage != before.storage || record.server != before.server
        || record.name != before.name || m_records.keys() != m_lastNames;
    m_record = record;
    m_state = state;
    m_lastNames = m_records.keys();
    if (!differs)
        return;
    Q_EMIT changed();
    if (emitLoss && stateBefore == State::SignedIn && state != State::SignedIn
        && before.name == record.name)
        Q_EMIT sessionLost(before, state);
}

QStringList AccountModel::profiles() const
{
    QStringList names = m_records.keys();
    for (const QString &name : {m_profile, m_defaultProfile}) {
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    names.sort();
    return names;
}

QString AccountModel::who(const QString &profile) const
{
    const ProfileRecord record = m_records.value(profile);
    if (stateOf(record) == State::SignedOut)
        return {};
    return record.user.email.isEmpty() ? record.user.displayName() : record.user.email;
}

QString AccountModel::stateName() const
{
    switch (m_state) {
    case State::SignedIn:
        return QStringLiteral("signedIn");
    case State::SessionEnded:
        return QStringLiteral("sessionEnded");
    case State::Unreadable:
        return QStringLiteral("unreadable");
    case State::SignedOut:
        break;
    }
    return QStringLiteral("signedOut");
}

QString AccountModel::storage() const
{
    return m_state == State::SignedIn ? storageKindName(m_record.storage) : QString();
}

} // namespace ast::tray
