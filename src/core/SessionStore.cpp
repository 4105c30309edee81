#include "core/SessionStore.h"

#include "core/Logging.h"

#include <QCoreApplication>

namespace ast {

SessionStore::SessionStore(const QString &astroHome, StoreChoice choice, SecretStore *keyring,
                           QObject *parent)
    : SessionStore(astroHome, choice, keyring, Clock::system(), parent)
{
}

SessionStore::SessionStore(const QString &astroHome, StoreChoice choice, SecretStore *keyring,
                           Clock *clock, QObject *parent)
    : QObject(parent)
    , m_file(astroHome)
    , m_choice(choice)
    , m_keyring(keyring)
    , m_clock(clock)
{
}

void SessionStore::readTokens(const ProfileRecord &record, SecretStore::ReadCallback done)
{
    if (record.state() != ProfileStatus::State::SignedIn)
        return done(Error {ErrorKind::NotSignedIn});
    if (record.storage == StorageKind::File) {
        if (!record.fileTokens || record.fileTokens->refreshToken.isEmpty())
            return done(Error {ErrorKind::NotSignedIn});
        return done(*record.fileTokens);
    }
    if (!m_keyring)
        return done(Error {ErrorKind::KeyringLocked, {}, tr("this build has no keyring support")});
    m_keyring->read(record.name, [done = std::move(done)](Result<TokenPair> tokens) {
        // The metadata says the keyring has them: absent or unreadable means locked or not
        // running, never "signed out" (docs/architecture.md).
        if (!tokens)
            return done(Error {ErrorKind::KeyringLocked, {}, tokens.error().detail});
        if (tokens->refreshToken.isEmpty())
            return done(Error {ErrorKind::KeyringLocked, {}, tr("no entry found in the keyring")});
        done(tokens);
    });
}

namespace {
Error superseded()
{
    return Error {ErrorKind::Superseded};
}

bool holdsGeneration(const ProfileRecord *stored, std::optional<qint64> expected)
{
    return !expected
        || (stored && stored->state() == ProfileStatus::State::SignedIn
            && stored->generation == *expected);
}
} // namespace

Status SessionStore::writeRecord(const ProfileRecord &record, StorageKind storage,
                                 std::optional<TokenPair> fileTokens,
                                 std::optional<qint64> expectedGeneration)
{
    bool stale = false;
    const Status error = m_file.update([&](CredentialsData &data) {
        // Checked again in the file's own lock: the one writer that skipped the profile lock
        // (an older ast, a lock broken as stale) still cannot be undone.
        if (!holdsGeneration(data.find(record.name), expectedGeneration)) {
            stale = true;
            return;
        }
        ProfileRecord &stored = data.ensure(record.name);
        const qint64 generation = stored.generation;
        stored = record;
        stored.generation = generation + 1;
        stored.storage = storage;
        stored.fileTokens = std::move(fileTokens);
    });
    if (!error && stale)
        return superseded();
    return error;
}

void SessionStore::saveSession(const ProfileRecord &record, const TokenPair &tokens,
                               SaveCallback done, std::optional<qint64> expectedGeneration)
{
    // A corrupt file fails the save before any secret is written anywhere (docs/SECURITY.md).
    const auto data = m_file.load();
    if (!data)
        return done(data.error());
    const ProfileRecord *previous = data->find(record.name);
    if (!holdsGeneration(previous, expectedGeneration)) {
        qCDebug(lcStore) << "profile" << record.name << "changed meanwhile: result dropped";
        return done(superseded());
    }
    const bool keyringHadIt = previous && previous->storage == StorageKind::Keyring;
    auto saveToFile = [this, record, tokens, done, expectedGeneration] {
        if (Status error = writeRecord(record, StorageKind::File, tokens, expectedGeneration))
            return done(*error);
        done(StorageKind::File);
    };
    if (m_choice == StoreChoice::File || !m_keyring) {
        if (m_choice == StoreChoice::Keyring)
            return done(Error {ErrorKind::KeyringUnavailable});
        if (m_keyring && keyringHadIt) // leave no copy behind
            return m_keyring->remove(record.name, [saveToFile](Status) { saveToFile(); });
        return saveToFile();
    }
    // Keyring first: the file only says "keyring" once the keyring really holds the tokens.
    m_keyring->write(
        record.name, tokens, [this, record, done, saveToFile, expectedGeneration](Status error) {
            if (!error) {
                // The same atomic write drops any tokens a file-stored profile
                // had (migration).
                if (Status fileError =
                        writeRecord(record, StorageKind::Keyring, std::nullopt, expectedGeneration))
                    return done(*fileError);
                return done(StorageKind::Keyring);
            }
            qCDebug(lcStore) << "keyring write failed:" << error->detail;
            if (m_choice == StoreChoice::Keyring)
                return done(Error {ErrorKind::KeyringUnavailable, {}, error->detail});
            Q_EMIT fellBackToFile(*error);
            saveToFile();
        });
}

void SessionStore::endSession(const QString &profile, DoneCallback done)
{
    const Status error = m_file.update([&](CredentialsData &data) {
        if (ProfileRecord *record = data.find(profile)) {
            record->fileTokens.reset();
            record->sessionEndedAt = m_clock->now();
            ++record->generation;
        }
    });
    if (error)
        return done(error);
    if (!m_keyring)
        return done(std::nullopt);
    // Best effort: an unavailable keyring holds nothing we could remove now.
    m_keyring->remove(profile, [done = std::move(done)](Status) { done(std::nullopt); });
}

Status SessionStore::clearRecord(const QString &profile)
{
    return m_file.update([&](CredentialsData &data) {
        if (ProfileRecord *record = data.find(profile)) {
            record->clearSession();
            ++record->generation;
        }
    });
}

void SessionStore::signOut(const QString &profile, DoneCallback done)
{
    const auto data = m_file.load();
    if (!data)
        return done(data.error());
    const ProfileRecord *record = data->find(profile);
    if (!record)
        return done(std::nullopt);
    if (record->storage == StorageKind::Keyring) {
        if (!m_keyring)
            return done(
                Error {ErrorKind::KeyringLocked, {}, tr("this build has no keyring support")});
        return m_keyring->remove(profile, [this, profile, done](Status error) {
            if (error)
                return done(Error {ErrorKind::KeyringLocked, {}, error->detail});
            done(clearRecord(profile));
        });
    }
    // File storage: the tokens go with the atomic rewrite; a keyring copy left over from an
    // earlier storage kind goes too, best effort.
    if (Status error = clearRecord(profile))
        return done(error);
    if (!m_keyring)
        return done(std::nullopt);
    m_keyring->remove(profile, [done](Status) { done(std::nullopt); });
}

} // namespace ast
