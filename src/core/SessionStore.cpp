#include "SessionStore.h"

#include "Logging.h"

#include <QCoreApplication>

namespace ast {

SessionStore::SessionStore(const QString &astroHome, StoreChoice choice, SecretStore *keyring,
                           QObject *parent)
    : QObject(parent), m_file(astroHome), m_choice(choice), m_keyring(keyring)
{
}

void SessionStore::readTokens(const ProfileRecord &record, SecretStore::ReadCallback done)
{
    if (record.state() != ProfileRecord::State::SignedIn)
        return done(Error { ErrorKind::NotSignedIn });
    if (record.storage == StorageKind::File) {
        if (!record.fileTokens || record.fileTokens->refreshToken.isEmpty())
            return done(Error { ErrorKind::NotSignedIn });
        return done(*record.fileTokens);
    }
    if (!m_keyring)
        return done(Error { ErrorKind::KeyringLocked, {},
                            QCoreApplication::translate("ast::SessionStore",
                                                        "this build has no keyring support") });
    m_keyring->read(record.name, [done = std::move(done)](Result<TokenPair> tokens) {
        // The metadata says the keyring has them: absent or unreadable means locked or not
        // running, never "signed out" (SPEC 3).
        if (!tokens)
            return done(Error { ErrorKind::KeyringLocked, {}, tokens.error().detail });
        if (tokens->refreshToken.isEmpty())
            return done(Error { ErrorKind::KeyringLocked, {},
                                QCoreApplication::translate("ast::SessionStore",
                                                            "no entry found in the keyring") });
        done(tokens);
    });
}

Status SessionStore::writeRecord(const ProfileRecord &record, StorageKind storage,
                                 std::optional<TokenPair> fileTokens)
{
    return m_file.update([&](CredentialsData &data) {
        ProfileRecord &stored = data.ensure(record.name);
        stored = record;
        stored.storage = storage;
        stored.fileTokens = std::move(fileTokens);
    });
}

void SessionStore::saveSession(const ProfileRecord &record, const TokenPair &tokens,
                               SaveCallback done)
{
    // A corrupt file fails the save before any secret is written anywhere (SPEC 3, 4).
    const auto data = m_file.load();
    if (!data)
        return done(data.error());
    const ProfileRecord *previous = data->find(record.name);
    const bool keyringHadIt = previous && previous->storage == StorageKind::Keyring;
    auto saveToFile = [this, record, tokens, done] {
        if (Status error = writeRecord(record, StorageKind::File, tokens))
            return done(*error);
        done(StorageKind::File);
    };
    if (m_choice == StoreChoice::File || !m_keyring) {
        if (m_choice == StoreChoice::Keyring)
            return done(Error { ErrorKind::KeyringUnavailable });
        if (m_keyring && keyringHadIt) // leave no copy behind
            return m_keyring->remove(record.name, [saveToFile](Status) { saveToFile(); });
        return saveToFile();
    }
    // Keyring first: the file only says "keyring" once the keyring really holds the tokens.
    m_keyring->write(record.name, tokens, [this, record, done, saveToFile](Status error) {
        if (!error) {
            // The same atomic write drops any tokens a file-stored profile had (migration).
            if (Status fileError = writeRecord(record, StorageKind::Keyring, std::nullopt))
                return done(*fileError);
            return done(StorageKind::Keyring);
        }
        qCDebug(lcStore) << "keyring write failed:" << error->detail;
        if (m_choice == StoreChoice::Keyring)
            return done(Error { ErrorKind::KeyringUnavailable, {}, error->detail });
        Q_EMIT fellBackToFile(*error);
        saveToFile();
    });
}

void SessionStore::removeFromKeyring(QStringList profiles, DoneCallback done)
{
    if (!m_keyring || profiles.isEmpty())
        return done(std::nullopt);
    const QString profile = profiles.takeFirst();
    // Best effort: an unavailable keyring holds nothing we could remove now.
    m_keyring->remove(profile, [this, profiles, done](Status) { removeFromKeyring(profiles, done); });
}

void SessionStore::endSession(const QString &profile, DoneCallback done)
{
    const Status error = m_file.update([&](CredentialsData &data) {
        if (ProfileRecord *record = data.find(profile)) {
            record->fileTokens.reset();
            record->sessionEndedAt = QDateTime::currentDateTimeUtc();
        }
    });
    if (error)
        return done(error);
    removeFromKeyring({ profile }, std::move(done));
}

void SessionStore::signOut(const QStringList &profiles, DoneCallback done)
{
    const Status error = m_file.update([&](CredentialsData &data) {
        for (const QString &profile : profiles) {
            if (ProfileRecord *record = data.find(profile))
                record->clearSession();
        }
    });
    if (error)
        return done(error);
    removeFromKeyring(profiles, std::move(done));
}

} // namespace ast
