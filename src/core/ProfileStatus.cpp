#include "core/ProfileStatus.h"

#include "core/ProfileRecord.h"

#include <QCoreApplication>

namespace ast {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::ProfileStatus)
};
} // namespace

ProfileStatus::State ProfileStatus::of(const ProfileRecord &record)
{
    const State recorded = record.state();
    if (recorded == State::SignedIn && record.storage == StorageKind::File
        && (!record.fileTokens || record.fileTokens->refreshToken.isEmpty()))
        return State::SignedOut;
    return recorded;
}

ProfileStatus::State ProfileStatus::afterReading(const ProfileRecord &record,
                                                 const Status &readError)
{
    if (!readError)
        return record.state();
    return readError->kind == ErrorKind::KeyringLocked ? State::KeyringLocked : State::SignedOut;
}

QString ProfileStatus::jsonName(State state)
{
    switch (state) {
    case State::SignedIn:
        return QStringLiteral("signed_in");
    case State::SessionEnded:
        return QStringLiteral("session_ended");
    case State::KeyringLocked:
        return QStringLiteral("keyring_locked");
    case State::Unreadable:
        return QStringLiteral("unreadable");
    case State::SignedOut:
        break;
    }
    return QStringLiteral("signed_out");
}

QString ProfileStatus::label(State state)
{
    switch (state) {
    case State::SignedIn:
        return Tr::tr("signed in");
    case State::SessionEnded:
        return Tr::tr("session ended (run `ast login`)");
    case State::KeyringLocked:
        return Tr::tr("keyring locked or unavailable");
    case State::Unreadable:
        return Tr::tr("credentials file unreadable");
    case State::SignedOut:
        break;
    }
    return Tr::tr("signed out");
}

} // namespace ast
