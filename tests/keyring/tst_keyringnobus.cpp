// KeyringSecretStore with no D-Bus session bus and no display (a headless server, an SSH
// login): every operation must fail as KeyringUnavailable at once, far below the 3 s timeout,
// and SessionStore in auto mode must then keep the tokens in credentials.json.
#include "KeyringSecretStore.h"
#include "KeyringTestHelpers.h"
#include "SessionStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ast;
using namespace astro::test;

namespace {
// "Well under the timeout": failing takes milliseconds; this leaves room for a busy machine.
constexpr qint64 QuickMs = 1000;
} // namespace

class tst_KeyringNoBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operationsFailQuickly();
    void autoModeFallsBackToFile();
    void keyringModeRefusesToSave();
    void keyringStoredProfileIsLockedNotSignedOut();
    void signOutStillSucceeds();
};

void tst_KeyringNoBus::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
                 && qEnvironmentVariableIsEmpty("DISPLAY"),
             "run with env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY (ctest -L nobus)");
}

void tst_KeyringNoBus::operationsFailQuickly()
{
    KeyringSecretStore store;
    const TokenPair tokens {fakeToken(5000), fakeToken(60)};
    QElapsedTimer timer;

    timer.start();
    const auto written = writeNow(store, QStringLiteral("default"), tokens);
    const qint64 writeMs = timer.elapsed();
    QVERIFY(written && written->has_value());
    QCOMPARE((*written)->kind, ErrorKind::KeyringUnavailable);
    QVERIFY(!(*written)->detail.isEmpty());
    QVERIFY(!(*written)->detail.contains(tokens.accessToken.left(16)));
    QVERIFY2(writeMs < QuickMs, qPrintable(QString::number(writeMs)));
    qInfo("no bus, write after %lld ms: %s", writeMs, qPrintable((*written)->detail));

    timer.restart();
    const auto read = readNow(store, QStringLiteral("default"));
    const qint64 readMs = timer.elapsed();
    QVERIFY(read && !read->ok());
    QCOMPARE(read->error().kind, ErrorKind::KeyringUnavailable);
    QVERIFY2(readMs < QuickMs, qPrintable(QString::number(readMs)));
    qInfo("no bus, read after %lld ms: %s", readMs, qPrintable(read->error().detail));

    timer.restart();
    const auto removed = removeNow(store, QStringLiteral("default"));
    const qint64 removeMs = timer.elapsed();
    QVERIFY(removed && removed->has_value());
    QCOMPARE((*removed)->kind, ErrorKind::KeyringUnavailable);
    QVERIFY2(removeMs < QuickMs, qPrintable(QString::number(removeMs)));

    QVERIFY(!store.hasRunningJob());
}

void tst_KeyringNoBus::autoModeFallsBackToFile()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    KeyringSecretStore keyring;
    SessionStore sessions(home.path(), StoreChoice::Auto, &keyring);
    QSignalSpy fellBack(&sessions, &SessionStore::fellBackToFile);
    const TokenPair tokens {fakeToken(900), fakeToken(60)};

    QElapsedTimer timer;
    timer.start();
    std::optional<Result<StorageKind>> saved;
    sessions.saveSession(signedInRecord(QStringLiteral("default")), tokens,
                         [&](Result<StorageKind> kind) { saved = kind; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), WaitMs);
    QVERIFY2(timer.elapsed() < QuickMs, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(saved->ok(), qPrintable(saved->error().detail));
    QCOMPARE(saved->value(), StorageKind::File);
    QCOMPARE(fellBack.size(), 1);
    QCOMPARE(fellBack.first().first().value<Error>().kind, ErrorKind::KeyringUnavailable);

    const auto data = sessions.load();
    QVERIFY(data.ok());
    const ProfileRecord *stored = data->find(QStringLiteral("default"));
    QVERIFY(stored);
    QCOMPARE(stored->storage, StorageKind::File);
    QVERIFY(stored->fileTokens == tokens);

    std::optional<Result<TokenPair>> read;
    sessions.readTokens(*stored, [&](Result<TokenPair> result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), WaitMs);
    QVERIFY(read->ok());
    QVERIFY(read->value() == tokens);
}

void tst_KeyringNoBus::keyringModeRefusesToSave()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    KeyringSecretStore keyring;
    SessionStore sessions(home.path(), StoreChoice::Keyring, &keyring);
    QSignalSpy fellBack(&sessions, &SessionStore::fellBackToFile);

    std::optional<Result<StorageKind>> saved;
    sessions.saveSession(signedInRecord(QStringLiteral("default")), {fakeToken(900), fakeToken(60)},
                         [&](Result<StorageKind> kind) { saved = kind; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), WaitMs);
    QVERIFY(!saved->ok());
    QCOMPARE(saved->error().kind, ErrorKind::KeyringUnavailable);
    QCOMPARE(fellBack.size(), 0);
    const auto data = sessions.load();
    QVERIFY(data.ok());
    QVERIFY(!data->find(QStringLiteral("default")));

    // What `ast login` prints before exiting with 1.
    const QString message = userMessage(saved->error());
    qInfo("ASTRO_CREDENTIAL_STORE=keyring, no bus: %s", qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("keyring")));
    QVERIFY(message.contains(QStringLiteral("ASTRO_CREDENTIAL_STORE")));
    QVERIFY(message.contains(QStringLiteral("Nothing was stored")));
}

void tst_KeyringNoBus::keyringStoredProfileIsLockedNotSignedOut()
{
    QTemporaryDir home;
    KeyringSecretStore keyring;
    SessionStore sessions(home.path(), StoreChoice::Auto, &keyring);
    ProfileRecord record = signedInRecord(QStringLiteral("default"));
    record.storage = StorageKind::Keyring;

    std::optional<Result<TokenPair>> read;
    sessions.readTokens(record, [&](Result<TokenPair> result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), WaitMs);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().kind, ErrorKind::KeyringLocked);
}

void tst_KeyringNoBus::signOutStillSucceeds()
{
    QTemporaryDir home;
    KeyringSecretStore keyring;
    SessionStore sessions(home.path(), StoreChoice::Auto, &keyring);
    std::optional<Result<StorageKind>> saved;
    sessions.saveSession(signedInRecord(QStringLiteral("default")), {fakeToken(90), fakeToken(60)},
                         [&](Result<StorageKind> kind) { saved = kind; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), WaitMs);

    std::optional<Status> signedOut;
    sessions.signOut({QStringLiteral("default")}, [&](Status error) { signedOut = error; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), WaitMs);
    QVERIFY(!*signedOut);
    const auto data = sessions.load();
    QVERIFY(data.ok());
    const ProfileRecord *stored = data->find(QStringLiteral("default"));
    QVERIFY(!stored || !stored->fileTokens);
}

QTEST_GUILESS_MAIN(tst_KeyringNoBus)
#include "tst_keyringnobus.moc"
