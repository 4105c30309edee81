#include "tray/AccountModel.h"

#include "core/SessionStore.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace ast::tray {

namespace {
// The QML windows compare the account's state with ProfileStatus.SignedIn etc. (import
// Astro.Core): one enum, no strings.
void registerProfileStatusForQml()
{
    qmlRegisterUncreatableMetaObject(ProfileStatus::staticMetaObject, "Astro.Core", 1, 0,
                                     "ProfileStatus", QStringLiteral("ProfileStatus is an enum"));
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(registerProfileStatusForQml)

AccountModel::AccountModel(SessionStore *store, const QString &profile,
                           const QString &defaultProfile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
    , m_defaultProfile(defaultProfile)
{
    m_record.name = profile;
}

ProfileStatus::State AccountModel::stateOf(const QString &profile) const
{
    const auto it = m_records.constFind(profile);
    return it == m_records.cend() ? ProfileStatus::State::SignedOut : ProfileStatus::of(it.value());
}

void AccountModel::reload()
{
    auto data = m_store->load();
    if (!data) {
        // A corrupt file is left alone (docs/SECURITY.md); say so and keep the last good picture.
        const QString problem = userMessage(data.error());
        const bool differs = m_state != ProfileStatus::State::Unreadable || m_problem != problem;
        m_problem = problem;
        m_state = ProfileStatus::State::Unreadable;
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
    const ProfileStatus::State stateBefore = m_state;
    ProfileRecord record = m_records.value(m_profile);
    record.name = m_profile;
    const ProfileStatus::State state = ProfileStatus::of(record);

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
    if (emitLoss && stateBefore == ProfileStatus::State::SignedIn
        && state != ProfileStatus::State::SignedIn && before.name == record.name)
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
    if (ProfileStatus::of(record) == ProfileStatus::State::SignedOut)
        return {};
    return record.user.email.isEmpty() ? record.user.displayName() : record.user.email;
}

QString AccountModel::storage() const
{
    return m_state == ProfileStatus::State::SignedIn ? storageKindName(m_record.storage)
                                                     : QString();
}

} // namespace ast::tray
