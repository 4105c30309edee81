#pragma once

#include "core/Clock.h"
#include "core/CredentialsFile.h"
#include "core/SecretStore.h"
#include "core/Settings.h"

#include <QObject>

namespace ast {

// Where sessions are kept: metadata in credentials.json, tokens in the keyring when one
// answers, else (or with ASTRO_CREDENTIAL_STORE=file) in the profile's entry of the file.
// Knows the storage rules: no token in the file while the keyring holds them, migration to the
// keyring on the next write, "keyring locked" is not "signed out".
class SessionStore : public QObject
{
    Q_OBJECT
public:
    using SaveCallback = std::function<void(Result<StorageKind>)>;
    using DoneCallback = std::function<void(Status)>;

    // `keyring` may be null (no keyring support in this build or test).
    SessionStore(const QString &astroHome, StoreChoice choice, SecretStore *keyring,
                 QObject *parent = nullptr);
    // `clock` dates the end of a session.
    SessionStore(const QString &astroHome, StoreChoice choice, SecretStore *keyring, Clock *clock,
                 QObject *parent = nullptr);

    CredentialsFile &file() { return m_file; }
    Result<CredentialsData> load() const { return m_file.load(); }

    void readTokens(const ProfileRecord &record, SecretStore::ReadCallback done);
    // Saves a new session (login or refresh). `record` holds the metadata to store; the stored
    // generation goes one up. With `expectedGeneration` (a refresh), nothing is written unless
    // the profile is still signed in at that generation: otherwise Superseded, since a logout
    // or a newer login must never be undone. Callers hold the profile's ProfileLock.
    void saveSession(const ProfileRecord &record, const TokenPair &tokens, SaveCallback done,
                     std::optional<qint64> expectedGeneration = std::nullopt);
    // invalid_grant: tokens gone from everywhere, metadata kept and marked ended.
    void endSession(const QString &profile, DoneCallback done);
    // logout of one profile: tokens gone from everywhere, identity forgotten, server kept.
    // Keyring tokens are removed and the removal checked first; if the keyring still holds
    // them (locked), the error says so and the profile stays as it was, so that no one is
    // told "signed out" while a copy remains.
    void signOut(const QString &profile, DoneCallback done);

Q_SIGNALS:
    // The keyring did not answer and tokens went to the plain file instead (auto mode).
    void fellBackToFile(const ast::Error &why);

private:
    Status writeRecord(const ProfileRecord &record, StorageKind storage,
                       std::optional<TokenPair> fileTokens,
                       std::optional<qint64> expectedGeneration);
    Status clearRecord(const QString &profile);
    void removeFromKeyring(QStringList profiles, DoneCallback done);

    CredentialsFile m_file;
    StoreChoice m_choice;
    SecretStore *m_keyring;
    Clock *m_clock;
};

} // namespace ast
