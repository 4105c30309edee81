#include "FakeClock.h"
#include "MemorySecretStore.h"
#include "SessionStore.h"
#include "TestHelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using ast::CredentialsData;
using ast::CredentialsFile;
using ast::ErrorKind;
using ast::ProfileRecord;
using ast::SessionStore;
using ast::StorageKind;
using ast::StoreChoice;
using ast::TokenPair;
using astro::test::FakeClock;
using astro::test::MemorySecretStore;

namespace {
ProfileRecord metadata(const QString &name, const QString &userId = u"user_01"_s)
{
    ProfileRecord record;
    record.name = name;
    record.server = QUrl(u"https://api.astro.example"_s);
    record.authUrl = QUrl(u"https://api.workos.com"_s);
    record.clientId = u"client_01"_s;
    record.user = {userId, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s};
    record.accessReceivedAt = QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    record.accessExpiresAt = record.accessReceivedAt.addSecs(3600);
    return record;
}

const TokenPair Tokens {u"access_AAA"_s, u"refresh_RRR"_s};
const TokenPair NewTokens {u"access_BBB"_s, u"refresh_SSS"_s};
} // namespace

class tst_SessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fileModeWritesTokensIntoFile();
    void fileModeRemovesStaleKeyringEntry();
    void autoModeWithKeyring_data();
    void autoModeWithKeyring();
    void autoModeFallsBackToFile();
    void autoModeWithoutKeyringSupport();
    void keyringModeUnavailable();
    void keyringModeWithoutKeyringSupport();
    void migratesFileProfileToKeyring();
    void readTokensFromFile();
    void readTokensFromKeyring();
    void readTokensKeyringEntryMissing();
    void readTokensKeyringLocked();
    void readTokensNotSignedIn();
    void endSessionKeepsMetadata();
    void signOutLeavesOtherProfiles();
    void corruptFileIsNotOverwritten();
    void everySaveRaisesTheGeneration();
    void refreshSaveNeedsTheGenerationItStartedFrom();

private:
    // Runs saveSession and waits for its callback.
    std::optional<ast::Result<StorageKind>> save(SessionStore &store, const ProfileRecord &record,
                                                 const TokenPair &tokens);
    std::optional<ast::Result<TokenPair>> read(SessionStore &store, const ProfileRecord &record);
    std::optional<ast::Status> endSession(SessionStore &store, const QString &profile);
    std::optional<ast::Status> signOut(SessionStore &store, const QStringList &profiles);
    ProfileRecord stored(SessionStore &store, const QString &profile);
    QByteArray fileBytes() const;

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<MemorySecretStore> m_keyring;
    QString m_home;
};

void tst_SessionStore::initTestCase()
{
    qRegisterMetaType<ast::Error>();
}

void tst_SessionStore::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_home = m_temp->filePath(u".astro"_s);
    m_keyring = std::make_unique<MemorySecretStore>();
}

void tst_SessionStore::cleanup()
{
    m_keyring.reset();
    m_temp.reset();
}

template<typename T> static std::optional<T> waitFor(const std::shared_ptr<std::optional<T>> &slot)
{
    (void)QTest::qWaitFor([&] { return slot->has_value(); }, 5000);
    return *slot;
}

std::optional<ast::Result<StorageKind>>
tst_SessionStore::save(SessionStore &store, const ProfileRecord &record, const TokenPair &tokens)
{
    auto slot = std::make_shared<std::optional<ast::Result<StorageKind>>>();
    store.saveSession(record, tokens, [slot](ast::Result<StorageKind> result) {
        QVERIFY(!slot->has_value()); // called once
        slot->emplace(std::move(result));
    });
    return waitFor(slot);
}

std::optional<ast::Result<TokenPair>> tst_SessionStore::read(SessionStore &store,
                                                             const ProfileRecord &record)
{
    auto slot = std::make_shared<std::optional<ast::Result<TokenPair>>>();
    store.readTokens(record,
                     [slot](ast::Result<TokenPair> result) { slot->emplace(std::move(result)); });
    return waitFor(slot);
}

std::optional<ast::Status> tst_SessionStore::endSession(SessionStore &store, const QString &profile)
{
    auto slot = std::make_shared<std::optional<ast::Status>>();
    store.endSession(profile, [slot](ast::Status status) { slot->emplace(std::move(status)); });
    return waitFor(slot);
}

std::optional<ast::Status> tst_SessionStore::signOut(SessionStore &store,
                                                     const QStringList &profiles)
{
    for (const QString &profile : profiles) {
        auto slot = std::make_shared<std::optional<ast::Status>>();
        store.signOut(profile, [slot](ast::Status status) { slot->emplace(std::move(status)); });
        auto status = waitFor(slot);
        if (!status || *status)
            return status;
    }
    return ast::Status {};
}

ProfileRecord tst_SessionStore::stored(SessionStore &store, const QString &profile)
{
    const auto data = store.load();
    if (!data || !data->find(profile))
        return {};
    return *data->find(profile);
}

QByteArray tst_SessionStore::fileBytes() const
{
    QFile file(m_home + u"/credentials.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_SessionStore::fileModeWritesTokensIntoFile()
{
    SessionStore store(m_home, StoreChoice::File, m_keyring.get());
    const auto result = save(store, metadata(u"default"_s), Tokens);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value(), StorageKind::File);
    QVERIFY(m_keyring->log().isEmpty()); // the keyring is not even asked
    const ProfileRecord record = stored(store, u"default"_s);
    QCOMPARE(record.storage, StorageKind::File);
    QVERIFY(record.fileTokens);
    QCOMPARE(*record.fileTokens, Tokens);
    QVERIFY(fileBytes().contains("refresh_RRR"));
}

void tst_SessionStore::fileModeRemovesStaleKeyringEntry()
{
    // The profile was on the keyring; the user now forces the file store and signs in again
    // (a fresh record: what counts is where the stored profile kept its tokens).
    SessionStore earlier(m_home, StoreChoice::Auto, m_keyring.get());
    const auto first = save(earlier, metadata(u"default"_s), Tokens);
    QVERIFY(first && first->ok());
    QCOMPARE(first->value(), StorageKind::Keyring);
    QVERIFY(m_keyring->contains(u"default"_s));
    SessionStore store(m_home, StoreChoice::File, m_keyring.get());
    const auto result = save(store, metadata(u"default"_s), NewTokens);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value(), StorageKind::File);
    QVERIFY(!m_keyring->contains(u"default"_s));
    QCOMPARE(*stored(store, u"default"_s).fileTokens, NewTokens);
}

void tst_SessionStore::autoModeWithKeyring_data()
{
    QTest::addColumn<StoreChoice>("choice");
    QTest::addColumn<bool>("asynchronous");
    QTest::newRow("auto") << StoreChoice::Auto << false;
    QTest::newRow("auto, async keyring") << StoreChoice::Auto << true;
    QTest::newRow("keyring") << StoreChoice::Keyring << false;
    QTest::newRow("keyring, async keyring") << StoreChoice::Keyring << true;
}

void tst_SessionStore::autoModeWithKeyring()
{
    QFETCH(StoreChoice, choice);
    QFETCH(bool, asynchronous);
    m_keyring->setAsynchronous(asynchronous);
    SessionStore store(m_home, choice, m_keyring.get());
    QSignalSpy fellBack(&store, &SessionStore::fellBackToFile);

    // Keyring first, then the file: when the file says "keyring", the keyring has them.
    std::optional<bool> fileHadProfileAtKeyringWrite;
    m_keyring->setObserver([&](const QString &operation) {
        if (operation == u"write:default"_s)
            fileHadProfileAtKeyringWrite = store.load()->find(u"default"_s) != nullptr;
    });
    const auto result = save(store, metadata(u"default"_s), Tokens);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value(), StorageKind::Keyring);
    QCOMPARE(fileHadProfileAtKeyringWrite, std::optional<bool>(false));
    QCOMPARE(m_keyring->entry(u"default"_s), Tokens);
    QCOMPARE(m_keyring->log(), QStringList {u"write:default"_s});

    const ProfileRecord record = stored(store, u"default"_s);
    QCOMPARE(record.storage, StorageKind::Keyring);
    QVERIFY(!record.fileTokens);
    QCOMPARE(record.user.id, u"user_01"_s);
    const QByteArray bytes = fileBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("access_AAA"));
    QVERIFY(!bytes.contains("refresh_RRR"));
    QCOMPARE(fellBack.count(), 0);
}

void tst_SessionStore::autoModeFallsBackToFile()
{
    m_keyring->setAvailable(false);
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    QSignalSpy fellBack(&store, &SessionStore::fellBackToFile);
    const auto result = save(store, metadata(u"default"_s), Tokens);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value(), StorageKind::File);
    QCOMPARE(fellBack.count(), 1);
    QVERIFY(!fellBack.at(0).at(0).value<ast::Error>().detail.isEmpty());
    QCOMPARE(m_keyring->log(), QStringList {u"write:default"_s});
    const ProfileRecord record = stored(store, u"default"_s);
    QCOMPARE(record.storage, StorageKind::File);
    QCOMPARE(*record.fileTokens, Tokens);
}

void tst_SessionStore::autoModeWithoutKeyringSupport()
{
    SessionStore store(m_home, StoreChoice::Auto, nullptr);
    const auto result = save(store, metadata(u"default"_s), Tokens);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value(), StorageKind::File);
    QCOMPARE(*stored(store, u"default"_s).fileTokens, Tokens);
}

void tst_SessionStore::keyringModeUnavailable()
{
    m_keyring->setAvailable(false);
    SessionStore store(m_home, StoreChoice::Keyring, m_keyring.get());
    QSignalSpy fellBack(&store, &SessionStore::fellBackToFile);
    const auto result = save(store, metadata(u"default"_s), Tokens);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::KeyringUnavailable);
    QCOMPARE(fellBack.count(), 0);
    QVERIFY(!QFile::exists(m_home + u"/credentials.json"_s)); // nothing stored anywhere
    QCOMPARE(m_keyring->entryCount(), 0);
}

void tst_SessionStore::keyringModeWithoutKeyringSupport()
{
    SessionStore store(m_home, StoreChoice::Keyring, nullptr);
    const auto result = save(store, metadata(u"default"_s), Tokens);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::KeyringUnavailable);
    QVERIFY(!QFile::exists(m_home + u"/credentials.json"_s));
}

void tst_SessionStore::migratesFileProfileToKeyring()
{
    // Signed in while the keyring was away: tokens in the file.
    m_keyring->setAvailable(false);
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    QCOMPARE(save(store, metadata(u"default"_s), Tokens)->value(), StorageKind::File);
    QVERIFY(fileBytes().contains("refresh_RRR"));

    // The keyring is back: the next write (a refresh) moves the tokens over.
    m_keyring->setAvailable(true);
    m_keyring->clearLog();
    const ProfileRecord record = stored(store, u"default"_s);
    QCOMPARE(record.storage, StorageKind::File);
    const auto result = save(store, record, NewTokens);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value(), StorageKind::Keyring);
    QCOMPARE(m_keyring->entry(u"default"_s), NewTokens);
    const ProfileRecord migrated = stored(store, u"default"_s);
    QCOMPARE(migrated.storage, StorageKind::Keyring);
    QVERIFY(!migrated.fileTokens);
    const QByteArray bytes = fileBytes();
    QVERIFY(!bytes.contains("refresh_RRR"));
    QVERIFY(!bytes.contains("access_AAA"));
    QVERIFY(!bytes.contains("refresh_SSS"));
    QVERIFY(!bytes.contains("access_BBB"));

    const auto tokens = read(store, migrated);
    QVERIFY(tokens && tokens->ok());
    QCOMPARE(tokens->value(), NewTokens);
}

void tst_SessionStore::readTokensFromFile()
{
    SessionStore store(m_home, StoreChoice::File, m_keyring.get());
    QVERIFY(save(store, metadata(u"default"_s), Tokens)->ok());
    const auto tokens = read(store, stored(store, u"default"_s));
    QVERIFY(tokens && tokens->ok());
    QCOMPARE(tokens->value(), Tokens);
    QVERIFY(m_keyring->log().isEmpty());
}

void tst_SessionStore::readTokensFromKeyring()
{
    m_keyring->setAsynchronous(true);
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    QVERIFY(save(store, metadata(u"default"_s), Tokens)->ok());
    const auto tokens = read(store, stored(store, u"default"_s));
    QVERIFY(tokens && tokens->ok());
    QCOMPARE(tokens->value(), Tokens);
    QVERIFY(m_keyring->log().contains(u"read:default"_s));
}

void tst_SessionStore::readTokensKeyringEntryMissing()
{
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    QVERIFY(save(store, metadata(u"default"_s), Tokens)->ok());
    m_keyring->clearEntries(); // e.g. the user cleared the keyring, or another keyring answers
    const auto tokens = read(store, stored(store, u"default"_s));
    QVERIFY(tokens && !tokens->ok());
    QCOMPARE(tokens->error().kind, ErrorKind::KeyringLocked); // not NotSignedIn
}

void tst_SessionStore::readTokensKeyringLocked()
{
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    QVERIFY(save(store, metadata(u"default"_s), Tokens)->ok());
    const ProfileRecord record = stored(store, u"default"_s);

    m_keyring->setReadLocked(true);
    auto tokens = read(store, record);
    QVERIFY(tokens && !tokens->ok());
    QCOMPARE(tokens->error().kind, ErrorKind::KeyringLocked);

    m_keyring->setReadLocked(false);
    m_keyring->setAvailable(false);
    tokens = read(store, record);
    QVERIFY(tokens && !tokens->ok());
    QCOMPARE(tokens->error().kind, ErrorKind::KeyringLocked);

    // A build without keyring support reading a keyring profile: locked, too.
    SessionStore noKeyring(m_home, StoreChoice::Auto, nullptr);
    tokens = read(noKeyring, record);
    QVERIFY(tokens && !tokens->ok());
    QCOMPARE(tokens->error().kind, ErrorKind::KeyringLocked);
    // Nothing was removed on the way.
    QCOMPARE(stored(store, u"default"_s).storage, StorageKind::Keyring);
    QCOMPARE(m_keyring->entry(u"default"_s), Tokens);
}

void tst_SessionStore::readTokensNotSignedIn()
{
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    ProfileRecord signedOut;
    signedOut.name = u"default"_s;
    auto tokens = read(store, signedOut);
    QVERIFY(tokens && !tokens->ok());
    QCOMPARE(tokens->error().kind, ErrorKind::NotSignedIn);

    ProfileRecord ended = metadata(u"default"_s);
    ended.sessionEndedAt = QDateTime::currentDateTimeUtc();
    tokens = read(store, ended);
    QVERIFY(tokens && !tokens->ok());
    QCOMPARE(tokens->error().kind, ErrorKind::NotSignedIn);

    ProfileRecord fileWithoutTokens = metadata(u"default"_s);
    fileWithoutTokens.storage = StorageKind::File;
    tokens = read(store, fileWithoutTokens);
    QVERIFY(tokens && !tokens->ok());
    QCOMPARE(tokens->error().kind, ErrorKind::NotSignedIn);
}

void tst_SessionStore::endSessionKeepsMetadata()
{
    FakeClock clock;
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get(), &clock);
    // One profile on the keyring, one on the file.
    QVERIFY(save(store, metadata(u"keyring"_s), Tokens)->ok());
    m_keyring->setAvailable(false);
    QVERIFY(save(store, metadata(u"file"_s), NewTokens)->ok());
    m_keyring->setAvailable(true);
    QCOMPARE(stored(store, u"file"_s).storage, StorageKind::File);

    for (const QString &profile : {u"keyring"_s, u"file"_s}) {
        const auto status = endSession(store, profile);
        QVERIFY(status);
        QVERIFY(!*status);
        const ProfileRecord record = stored(store, profile);
        QCOMPARE(record.state(), ast::ProfileStatus::State::SessionEnded);
        QCOMPARE(record.sessionEndedAt, clock.now()); // dated by the injected clock
        QCOMPARE(record.user.id, u"user_01"_s);
        QCOMPARE(record.user.email, u"ada@example.com"_s);
        QCOMPARE(record.server, QUrl(u"https://api.astro.example"_s));
        QVERIFY(!record.fileTokens);
        QVERIFY(!m_keyring->contains(profile));
        const auto tokens = read(store, record);
        QVERIFY(tokens && !tokens->ok());
        QCOMPARE(tokens->error().kind, ErrorKind::NotSignedIn);
    }
    const QByteArray bytes = fileBytes();
    for (const QString &secret :
         {Tokens.accessToken, Tokens.refreshToken, NewTokens.accessToken, NewTokens.refreshToken})
        QVERIFY(!bytes.contains(secret.toUtf8()));
}

void tst_SessionStore::signOutLeavesOtherProfiles()
{
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    QVERIFY(save(store, metadata(u"work"_s, u"user_work"_s), Tokens)->ok());
    QVERIFY(save(store, metadata(u"home"_s, u"user_home"_s), NewTokens)->ok());
    m_keyring->setAvailable(false);
    QVERIFY(
        save(store, metadata(u"lab"_s, u"user_lab"_s), TokenPair {u"a_lab"_s, u"r_lab"_s})->ok());
    m_keyring->setAvailable(true);

    const auto status = signOut(store, {u"work"_s, u"lab"_s});
    QVERIFY(status);
    QVERIFY(!*status);

    const ProfileRecord work = stored(store, u"work"_s);
    QCOMPARE(work.state(), ast::ProfileStatus::State::SignedOut);
    QCOMPARE(work.server, QUrl(u"https://api.astro.example"_s)); // where it points stays
    QVERIFY(!m_keyring->contains(u"work"_s));
    const ProfileRecord lab = stored(store, u"lab"_s);
    QCOMPARE(lab.state(), ast::ProfileStatus::State::SignedOut);
    QVERIFY(!lab.fileTokens);
    QVERIFY(!fileBytes().contains("r_lab"));

    const ProfileRecord home = stored(store, u"home"_s);
    QCOMPARE(home.state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(home.user.id, u"user_home"_s);
    QCOMPARE(m_keyring->entry(u"home"_s), NewTokens);
    const auto tokens = read(store, home);
    QVERIFY(tokens && tokens->ok());
    QCOMPARE(tokens->value(), NewTokens);
}

void tst_SessionStore::corruptFileIsNotOverwritten()
{
    QDir().mkpath(m_home);
    const QByteArray garbage = "{ this is not json";
    {
        QFile file(m_home + u"/credentials.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    const auto result = save(store, metadata(u"default"_s), Tokens);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::CorruptCredentials);
    QCOMPARE(fileBytes(), garbage);
    // Nor did the tokens go to the keyring: a failed login stores nothing.
    QCOMPARE(m_keyring->entryCount(), 0);
    QVERIFY(!m_keyring->log().contains(u"write:default"_s));

    const auto ended = endSession(store, u"default"_s);
    QVERIFY(ended && *ended);
    QCOMPARE((*ended)->kind, ErrorKind::CorruptCredentials);
    const auto signedOut = signOut(store, {u"default"_s});
    QVERIFY(signedOut && *signedOut);
    QCOMPARE((*signedOut)->kind, ErrorKind::CorruptCredentials);
    QCOMPARE(fileBytes(), garbage);
}

void tst_SessionStore::everySaveRaisesTheGeneration()
{
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    QVERIFY(save(store, metadata(u"default"_s), Tokens)->ok());
    const qint64 first = stored(store, u"default"_s).generation;
    QVERIFY(first > 0);
    QVERIFY(save(store, metadata(u"default"_s), NewTokens)->ok());
    QCOMPARE(stored(store, u"default"_s).generation, first + 1);
    QVERIFY(!*endSession(store, u"default"_s));
    QCOMPARE(stored(store, u"default"_s).generation, first + 2);
    QVERIFY(!*signOut(store, {u"default"_s}));
    QCOMPARE(stored(store, u"default"_s).generation, first + 3);
    // It survives the file round trip.
    const auto reread = CredentialsFile::parse(fileBytes());
    QVERIFY(reread);
    QCOMPARE(reread->find(u"default"_s)->generation, first + 3);
}

void tst_SessionStore::refreshSaveNeedsTheGenerationItStartedFrom()
{
    SessionStore store(m_home, StoreChoice::Auto, m_keyring.get());
    QVERIFY(save(store, metadata(u"default"_s), Tokens)->ok());
    const qint64 started = stored(store, u"default"_s).generation;
    // A newer login got in: the refresh of the older session is refused, nothing written.
    QVERIFY(save(store, metadata(u"default"_s), NewTokens)->ok());
    auto slot = std::make_shared<std::optional<ast::Result<StorageKind>>>();
    store.saveSession(
        metadata(u"default"_s), TokenPair {u"access_STALE"_s, u"refresh_STALE"_s},
        [slot](ast::Result<StorageKind> result) { slot->emplace(std::move(result)); }, started);
    const auto refused = waitFor(slot);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, ErrorKind::Superseded);
    QCOMPARE(read(store, stored(store, u"default"_s))->value(), NewTokens);

    // At the generation it started from, the same save goes through.
    const qint64 current = stored(store, u"default"_s).generation;
    auto accepted = std::make_shared<std::optional<ast::Result<StorageKind>>>();
    store.saveSession(
        metadata(u"default"_s), Tokens,
        [accepted](ast::Result<StorageKind> result) { accepted->emplace(std::move(result)); },
        current);
    QVERIFY(waitFor(accepted)->ok());
    QCOMPARE(read(store, stored(store, u"default"_s))->value(), Tokens);

    // After a logout, no refresh brings the session back.
    QVERIFY(!*signOut(store, {u"default"_s}));
    auto afterLogout = std::make_shared<std::optional<ast::Result<StorageKind>>>();
    store.saveSession(
        metadata(u"default"_s), NewTokens,
        [afterLogout](ast::Result<StorageKind> result) { afterLogout->emplace(std::move(result)); },
        current + 1);
    QCOMPARE(waitFor(afterLogout)->error().kind, ErrorKind::Superseded);
    QCOMPARE(stored(store, u"default"_s).state(), ast::ProfileStatus::State::SignedOut);
    QVERIFY(!m_keyring->contains(u"default"_s));
}

QTEST_GUILESS_MAIN(tst_SessionStore)
#include "tst_sessionstore.moc"
