// KeyringSecretStore against a real gnome-keyring (run by with-keyring.sh: a private D-Bus
// session, a throw-away HOME and an unlocked login collection). Entries are checked from
// outside with secret-tool, which sees what any other Secret Service client would see.
#include "KeyringSecretStore.h"
#include "KeyringTestHelpers.h"
#include "SessionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace ast;
using namespace astro::test;

namespace {

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(WaitMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The keys of every astro-ai item belonging to `profile` (base entry and chunks), sorted.
// secret-tool prints the attributes on stderr, one "attribute.user = <key>" line per item.
QStringList storedKeys(const QString &profile)
{
    const ToolResult result = runTool(QStringLiteral("secret-tool"),
                                      {QStringLiteral("search"), QStringLiteral("--all"),
                                       QStringLiteral("server"), KeyringSecretStore::service()});
    const QString base = KeyringSecretStore::keyFor(profile);
    QStringList keys;
    const QList<QByteArray> lines = result.err.split('\n');
    for (const QByteArray &line : lines) {
        static const QByteArray prefix = "attribute.user = ";
        if (!line.startsWith(prefix))
            continue;
        const QString key = QString::fromUtf8(line.mid(prefix.size()));
        if (key == base || key.startsWith(base + u'#'))
            keys << key;
    }
    keys.sort();
    return keys;
}

QStringList expectedKeys(const QString &profile, int chunks)
{
    QStringList keys {KeyringSecretStore::keyFor(profile)};
    for (int i = 1; i <= chunks; ++i)
        keys << KeyringSecretStore::keyFor(profile, i);
    keys.sort();
    return keys;
}

// The secret exactly as stored, as secret-tool finds it by QtKeychain's attributes.
QByteArray lookup(const QString &key)
{
    return runTool(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"),
                    KeyringSecretStore::service(), QStringLiteral("user"), key})
        .out;
}

// Writes one raw entry, bypassing the store, to fake what an interrupted write leaves.
bool rawWrite(const QString &key, const QString &text)
{
    QKeychain::WritePasswordJob job(KeyringSecretStore::service());
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(text);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.wait(WaitMs) && job.error() == QKeychain::NoError;
}

// Every astro-ai key in the keyring, sorted.
QStringList allKeys()
{
    const ToolResult result = runTool(QStringLiteral("secret-tool"),
                                      {QStringLiteral("search"), QStringLiteral("--all"),
                                       QStringLiteral("server"), KeyringSecretStore::service()});
    QStringList keys;
    for (const QByteArray &line : result.err.split('\n')) {
        static const QByteArray prefix = "attribute.user = ";
        if (line.startsWith(prefix))
            keys << QString::fromUtf8(line.mid(prefix.size()));
    }
    keys.sort();
    return keys;
}

template<typename T>
std::optional<T> waitForValue(const std::function<void(std::function<void(T)>)> &start)
{
    auto result = std::make_shared<std::optional<T>>();
    start([result](T value) { result->emplace(std::move(value)); });
    static_cast<void>(QTest::qWaitFor([&] { return result->has_value(); }, WaitMs));
    return *result;
}

std::optional<Result<StorageKind>> saveNow(SessionStore &sessions, const QString &profile,
                                           const TokenPair &tokens)
{
    return waitForValue<Result<StorageKind>>(
        [&](auto done) { sessions.saveSession(signedInRecord(profile), tokens, done); });
}

std::optional<Result<TokenPair>> readTokensNow(SessionStore &sessions, const QString &profile)
{
    const auto data = sessions.load();
    if (!data || !data->find(profile))
        return std::nullopt;
    const ProfileRecord record = *data->find(profile);
    return waitForValue<Result<TokenPair>>([&](auto done) { sessions.readTokens(record, done); });
}

std::optional<Status> signOutNow(SessionStore &sessions, const QString &profile)
{
    return waitForValue<Status>([&](auto done) { sessions.signOut(profile, done); });
}

} // namespace

class tst_KeyringSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingProfileReadsEmpty();
    void largeTokensAreChunked_data();
    void largeTokensAreChunked();
    void shorterRewriteLeavesNoStaleChunks();
    void removeDeletesEveryChunk();
    void partialChunkSetIsRefused();
    void operationsRunInCallOrder();
    void sessionStoreKeepsTokensOutOfFile();
    void neighbouringProfilesStayIndependent();
    void legacyChunkLayoutIsMigrated();
    void lockedCollection(); // last: nothing can unlock the collection without a prompt
};

void tst_KeyringSecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under with-keyring.sh (ctest -L keyring)");
    QCOMPARE(runTool(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                      QStringLiteral("nothing-here")})
                     .exitCode
                 == -1,
             false);
}

void tst_KeyringSecretStore::roundTrip()
{
    KeyringSecretStore store;
    const TokenPair tokens {fakeToken(900), fakeToken(40)};

    const auto written = writeNow(store, QStringLiteral("alpha"), tokens);
    QVERIFY2(succeeded(written), describe(written).constData());
    QCOMPARE(storedKeys(QStringLiteral("alpha")), expectedKeys(QStringLiteral("alpha"), 0));

    // One entry, {"access_token","refresh_token"}, where any Secret Service client finds it.
    const QJsonObject stored =
        QJsonDocument::fromJson(lookup(QStringLiteral("astro-ai/alpha"))).object();
    QCOMPARE(stored.value(QStringLiteral("access_token")).toString(), tokens.accessToken);
    QCOMPARE(stored.value(QStringLiteral("refresh_token")).toString(), tokens.refreshToken);

    const auto read = readNow(store, QStringLiteral("alpha"));
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(read->error().detail));
    QVERIFY(read->value() == tokens);

    const auto removed = removeNow(store, QStringLiteral("alpha"));
    QVERIFY(removed);
    QVERIFY(!*removed);
    QCOMPARE(storedKeys(QStringLiteral("alpha")), QStringList());
    const auto again = readNow(store, QStringLiteral("alpha"));
    QVERIFY(again && again->ok());
    QVERIFY(again->value().isEmpty());
}

void tst_KeyringSecretStore::missingProfileReadsEmpty()
{
    KeyringSecretStore store;
    const auto read = readNow(store, QStringLiteral("never-written"));
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(read->error().detail));
    QVERIFY(read->value().isEmpty());

    // Removing nothing is not an error either (logout of a file-stored profile).
    const auto removed = removeNow(store, QStringLiteral("never-written"));
    QVERIFY(removed);
    QVERIFY(!*removed);
}

void tst_KeyringSecretStore::largeTokensAreChunked_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("refresh");
    QTest::newRow("ascii 6 KiB each")
        << QStringLiteral("large-ascii") << fakeToken(6 * 1024) << fakeToken(6 * 1024);
    // Multi-byte characters must never be split between two chunks.
    QString mixed;
    while (mixed.size() < 5000)
        mixed += fakeToken(7) + QStringLiteral("é€😀");
    QTest::newRow("multi-byte") << QStringLiteral("large-utf8") << mixed << fakeToken(3000);
}

void tst_KeyringSecretStore::largeTokensAreChunked()
{
    QFETCH(QString, profile);
    QFETCH(QString, access);
    QFETCH(QString, refresh);
    const TokenPair tokens {access, refresh};
    KeyringSecretStore store;

    const auto written = writeNow(store, profile, tokens);
    QVERIFY2(succeeded(written), describe(written).constData());

    const QStringList keys = storedKeys(profile);
    const int chunks = int(keys.size()) - 1;
    QVERIFY2(chunks >= 3, qPrintable(keys.join(u' ')));
    QCOMPARE(keys, expectedKeys(profile, chunks));
    for (const QString &key : keys) {
        const QByteArray raw = lookup(key);
        QVERIFY2(!raw.isEmpty(), qPrintable(key));
        QVERIFY2(raw.size() <= KeyringSecretStore::MaxEntryBytes,
                 qPrintable(key + QStringLiteral(": ") + QString::number(raw.size())));
        QVERIFY2(QString::fromUtf8(raw).toUtf8() == raw, "a chunk is not valid UTF-8");
    }
    // The base entry is a header naming the chunk count, not token data.
    const QJsonObject header = QJsonDocument::fromJson(lookup(keys.first())).object();
    QCOMPARE(header.value(QStringLiteral("chunks")).toInt(), chunks);
    QVERIFY(!header.contains(QStringLiteral("access_token")));

    const auto read = readNow(store, profile);
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(read->error().detail));
    QVERIFY(read->value() == tokens);

    // A second store (another process) reads the same thing.
    KeyringSecretStore other;
    const auto readByOther = readNow(other, profile);
    QVERIFY(readByOther && readByOther->ok());
    QVERIFY(readByOther->value() == tokens);
}

void tst_KeyringSecretStore::shorterRewriteLeavesNoStaleChunks()
{
    const QString profile = QStringLiteral("shrinking");
    KeyringSecretStore store;

    const TokenPair big {fakeToken(8000), fakeToken(4000)};
    QVERIFY(succeeded(writeNow(store, profile, big)));
    const int bigChunks = int(storedKeys(profile).size()) - 1;
    QVERIFY(bigChunks >= 6);

    const TokenPair medium {fakeToken(3000), fakeToken(100)};
    QVERIFY(succeeded(writeNow(store, profile, medium)));
    const int mediumChunks = int(storedKeys(profile).size()) - 1;
    QVERIFY(mediumChunks >= 2 && mediumChunks < bigChunks);
    QCOMPARE(storedKeys(profile), expectedKeys(profile, mediumChunks));
    auto read = readNow(store, profile);
    QVERIFY(read && read->ok());
    QVERIFY(read->value() == medium);

    const TokenPair small {fakeToken(500), fakeToken(40)};
    QVERIFY(succeeded(writeNow(store, profile, small)));
    QCOMPARE(storedKeys(profile), expectedKeys(profile, 0));
    read = readNow(store, profile);
    QVERIFY(read && read->ok());
    QVERIFY(read->value() == small);

    // Growing again works too (the old single entry becomes the header).
    QVERIFY(succeeded(writeNow(store, profile, big)));
    QCOMPARE(storedKeys(profile), expectedKeys(profile, bigChunks));
    read = readNow(store, profile);
    QVERIFY(read && read->ok());
    QVERIFY(read->value() == big);
}

void tst_KeyringSecretStore::removeDeletesEveryChunk()
{
    KeyringSecretStore store;
    const TokenPair tokens {fakeToken(7000), fakeToken(2000)};
    QVERIFY(succeeded(writeNow(store, QStringLiteral("doomed"), tokens)));
    QVERIFY(succeeded(writeNow(store, QStringLiteral("kept"), tokens)));
    QVERIFY(storedKeys(QStringLiteral("doomed")).size() > 2);

    const auto removed = removeNow(store, QStringLiteral("doomed"));
    QVERIFY(removed);
    QVERIFY(!*removed);
    QCOMPARE(storedKeys(QStringLiteral("doomed")), QStringList());

    // Another profile's entries stay.
    const auto kept = readNow(store, QStringLiteral("kept"));
    QVERIFY(kept && kept->ok());
    QVERIFY(kept->value() == tokens);

    // Chunks orphaned by a crash between deleting the header and the chunks go too.
    QVERIFY(rawWrite(KeyringSecretStore::keyFor(QStringLiteral("doomed"), 1), QStringLiteral("x")));
    QVERIFY(rawWrite(KeyringSecretStore::keyFor(QStringLiteral("doomed"), 2), QStringLiteral("y")));
    QVERIFY(succeeded(removeNow(store, QStringLiteral("doomed"))));
    QCOMPARE(storedKeys(QStringLiteral("doomed")), QStringList());
}

void tst_KeyringSecretStore::partialChunkSetIsRefused()
{
    KeyringSecretStore store;
    const QString profile = QStringLiteral("partial");
    const TokenPair first {fakeToken(6000), fakeToken(100)};
    const TokenPair second {fakeToken(6000), fakeToken(100)};

    // A chunk of a later write that never reached its header (crash in the middle).
    QVERIFY(succeeded(writeNow(store, QStringLiteral("donor"), second)));
    QVERIFY(succeeded(writeNow(store, profile, first)));
    const QString donorChunk =
        QString::fromUtf8(lookup(KeyringSecretStore::keyFor(QStringLiteral("donor"), 2)));
    QVERIFY(donorChunk.startsWith(QStringLiteral("chunk 2/")));
    QVERIFY(rawWrite(KeyringSecretStore::keyFor(profile, 2), donorChunk));

    auto read = readNow(store, profile);
    QVERIFY(read);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().kind, ErrorKind::KeyringUnavailable);
    QVERIFY2(read->error().detail.contains(QStringLiteral("incomplete")),
             qPrintable(read->error().detail));
    QVERIFY(!read->error().detail.contains(first.accessToken.left(20)));

    // A missing chunk is just as incomplete.
    QVERIFY(succeeded(writeNow(store, profile, first)));
    QCOMPARE(
        runTool(QStringLiteral("secret-tool"),
                {QStringLiteral("clear"), QStringLiteral("server"), KeyringSecretStore::service(),
                 QStringLiteral("user"), KeyringSecretStore::keyFor(profile, 1)})
            .exitCode,
        0);
    read = readNow(store, profile);
    QVERIFY(read && !read->ok());
    QVERIFY(read->error().detail.contains(QStringLiteral("incomplete")));

    // The next write repairs it.
    QVERIFY(succeeded(writeNow(store, profile, second)));
    read = readNow(store, profile);
    QVERIFY(read && read->ok());
    QVERIFY(read->value() == second);
}

void tst_KeyringSecretStore::operationsRunInCallOrder()
{
    KeyringSecretStore store;
    const QString profile = QStringLiteral("ordered");
    const TokenPair big {fakeToken(5000), fakeToken(50)};
    const TokenPair small {fakeToken(50), fakeToken(50)};
    QStringList log;
    std::optional<TokenPair> readBig, readSmall, readGone;

    // All issued at once: each must see the effect of the ones before it.
    store.write(profile, big, [&](Status error) {
        log << (error ? QStringLiteral("write1 failed") : QStringLiteral("write1"));
    });
    store.read(profile, [&](Result<TokenPair> tokens) {
        log << QStringLiteral("read1");
        if (tokens)
            readBig = tokens.value();
    });
    store.write(profile, small, [&](Status error) {
        log << (error ? QStringLiteral("write2 failed") : QStringLiteral("write2"));
    });
    store.read(profile, [&](Result<TokenPair> tokens) {
        log << QStringLiteral("read2");
        if (tokens)
            readSmall = tokens.value();
    });
    store.remove(profile, [&](Status error) {
        log << (error ? QStringLiteral("remove failed") : QStringLiteral("remove"));
    });
    store.read(profile, [&](Result<TokenPair> tokens) {
        log << QStringLiteral("read3");
        if (tokens)
            readGone = tokens.value();
    });
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 6, WaitMs);
    QCOMPARE(
        log,
        QStringList({QStringLiteral("write1"), QStringLiteral("read1"), QStringLiteral("write2"),
                     QStringLiteral("read2"), QStringLiteral("remove"), QStringLiteral("read3")}));
    QVERIFY(readBig == big);
    QVERIFY(readSmall == small);
    QVERIFY(readGone && readGone->isEmpty());
    QCOMPARE(storedKeys(profile), QStringList());
}

void tst_KeyringSecretStore::sessionStoreKeepsTokensOutOfFile()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    KeyringSecretStore keyring;
    SessionStore sessions(home.path(), StoreChoice::Auto, &keyring);
    QSignalSpy fellBack(&sessions, &SessionStore::fellBackToFile);
    const ProfileRecord record = signedInRecord(QStringLiteral("session"));
    const TokenPair tokens {fakeToken(1200), fakeToken(60)};

    std::optional<Result<StorageKind>> saved;
    sessions.saveSession(record, tokens, [&](Result<StorageKind> kind) { saved = kind; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), WaitMs);
    QVERIFY2(saved->ok(), qPrintable(saved->error().detail));
    QCOMPARE(saved->value(), StorageKind::Keyring);
    QCOMPARE(fellBack.size(), 0);

    QFile file(sessions.file().filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(!json.contains(tokens.accessToken.toUtf8()));
    QVERIFY(!json.contains(tokens.refreshToken.toUtf8()));

    const auto data = sessions.load();
    QVERIFY(data.ok());
    const ProfileRecord *stored = data->find(QStringLiteral("session"));
    QVERIFY(stored);
    QCOMPARE(stored->storage, StorageKind::Keyring);
    std::optional<Result<TokenPair>> read;
    sessions.readTokens(*stored, [&](Result<TokenPair> result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), WaitMs);
    QVERIFY2(read->ok(), qPrintable(read->error().detail));
    QVERIFY(read->value() == tokens);

    // logout removes the keyring entry.
    std::optional<Status> signedOut;
    sessions.signOut({QStringLiteral("session")}, [&](Status error) { signedOut = error; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), WaitMs);
    QVERIFY(!*signedOut);
    QCOMPARE(storedKeys(QStringLiteral("session")), QStringList());
}

// "p", "p.1" and a chunked "p" (whose chunks the first layout named "p.1", "p.2"...) through
// login (save), token (read) and logout (sign out), with the real keyring.
void tst_KeyringSecretStore::neighbouringProfilesStayIndependent()
{
    KeyringSecretStore store;
    QTemporaryDir home;
    SessionStore sessions(home.path(), StoreChoice::Keyring, &store);
    const QString p = QStringLiteral("p");
    const QString p1 = QStringLiteral("p.1");
    const QString p2 = QStringLiteral("p.2");
    const TokenPair small1 {fakeToken(300), fakeToken(40)};
    const TokenPair small2 {fakeToken(300), fakeToken(40)};
    const TokenPair large {fakeToken(6000), fakeToken(40)}; // 3+ chunks

    for (const auto &[profile, tokens] : {std::pair {p1, small1}, std::pair {p2, small2}}) {
        const auto saved = saveNow(sessions, profile, tokens);
        QVERIFY(saved && saved->ok());
    }
    const auto savedLarge = saveNow(sessions, p, large);
    QVERIFY(savedLarge && savedLarge->ok());

    for (const auto &[profile, tokens] :
         {std::pair {p, large}, std::pair {p1, small1}, std::pair {p2, small2}}) {
        const auto read = readTokensNow(sessions, profile);
        QVERIFY2(read && read->ok(), qPrintable(profile));
        QVERIFY2(read->value() == tokens, qPrintable(profile));
    }

    QVERIFY(storedKeys(p).size() >= 4); // chunked, under names of its own

    // Logout of p leaves p.1 and p.2 alone; a new login of p too.
    const auto signedOut = signOutNow(sessions, p);
    QVERIFY(signedOut && !*signedOut);
    QCOMPARE(storedKeys(p), QStringList());
    QVERIFY(readTokensNow(sessions, p1)->value() == small1);
    QVERIFY(readTokensNow(sessions, p2)->value() == small2);
    QVERIFY(saveNow(sessions, p, large)->ok());
    QVERIFY(readTokensNow(sessions, p1)->value() == small1);

    // Logout of p.1 leaves p (and its chunks) alone.
    QVERIFY(!*signOutNow(sessions, p1));
    QVERIFY(readTokensNow(sessions, p)->value() == large);
    QVERIFY(readTokensNow(sessions, p2)->value() == small2);
    QVERIFY(!*signOutNow(sessions, p));
    QVERIFY(!*signOutNow(sessions, p2));
    QCOMPARE(allKeys().filter(QRegularExpression(QStringLiteral("^astro-ai/p[.#]"))),
             QStringList());
}

// A chunked entry written in the first layout ("<profile>.N" chunks, header without "layout")
// is read, rewritten in the current layout, and its old chunks removed; a profile whose name
// looks like a further old chunk ("m.3") is not touched.
void tst_KeyringSecretStore::legacyChunkLayoutIsMigrated()
{
    KeyringSecretStore store;
    const QString m = QStringLiteral("m");
    const TokenPair neighbour {fakeToken(200), fakeToken(40)};
    QVERIFY(succeeded(writeNow(store, QStringLiteral("m.3"), neighbour)));

    const TokenPair tokens {fakeToken(3000), fakeToken(40)};
    const QString payload = QString::fromUtf8(
        QJsonDocument(QJsonObject {{QStringLiteral("access_token"), tokens.accessToken},
                                   {QStringLiteral("refresh_token"), tokens.refreshToken}})
            .toJson(QJsonDocument::Compact));
    const QString generation = QStringLiteral("00000000000000ab");
    const qsizetype half = payload.size() / 2;
    const QStringList parts {payload.left(half), payload.mid(half)};
    const QString header = QString::fromUtf8(
        QJsonDocument(
            QJsonObject {{QStringLiteral("chunks"), 2},
                         {QStringLiteral("generation"), generation},
                         {QStringLiteral("sha256"),
                          QString::fromLatin1(
                              QCryptographicHash::hash(payload.toUtf8(), QCryptographicHash::Sha256)
                                  .toHex())}})
            .toJson(QJsonDocument::Compact));
    for (int i = 1; i <= 2; ++i)
        QVERIFY(
            rawWrite(KeyringSecretStore::legacyChunkKey(m, i),
                     QStringLiteral("chunk %1/2 %2\n").arg(i).arg(generation) + parts.at(i - 1)));
    QVERIFY(rawWrite(KeyringSecretStore::keyFor(m), header));

    const auto read = readNow(store, m);
    QVERIFY(read && read->ok());
    QVERIFY(read->value() == tokens);
    // Moved: current-layout chunks, no legacy chunk left, the neighbour untouched.
    QTRY_VERIFY_WITH_TIMEOUT(!allKeys().contains(KeyringSecretStore::legacyChunkKey(m, 2)), WaitMs);
    QVERIFY(!allKeys().contains(KeyringSecretStore::legacyChunkKey(m, 1)));
    QVERIFY(storedKeys(m).size() >= 2);
    QVERIFY(QJsonDocument::fromJson(lookup(KeyringSecretStore::keyFor(m)))
                .object()
                .contains(QStringLiteral("layout")));
    QVERIFY(readNow(store, m)->value() == tokens);
    QVERIFY(readNow(store, QStringLiteral("m.3"))->value() == neighbour);
}

void tst_KeyringSecretStore::lockedCollection()
{
    KeyringSecretStore store;
    const TokenPair before {fakeToken(300), fakeToken(40)};
    QVERIFY(succeeded(writeNow(store, QStringLiteral("locked"), before)));
    // A signed-in profile, for `ast logout` once the keyring is locked.
    QTemporaryDir astroHome;
    {
        SessionStore sessions(astroHome.path(), StoreChoice::Keyring, &store);
        QVERIFY(saveNow(sessions, QStringLiteral("held"), before)->ok());
    }

    // What a screen lock or "lock keyring" does. Unlocking would need a prompt.
    const ToolResult locked =
        runTool(QStringLiteral("dbus-send"),
                {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                 QStringLiteral("--dest=org.freedesktop.secrets"),
                 QStringLiteral("/org/freedesktop/secrets"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY2(locked.exitCode == 0, locked.err.constData());

    // Writing fails fast (AccessDenied, no prompt without a display): keyring unavailable.
    const TokenPair after {fakeToken(300), fakeToken(40)};
    QElapsedTimer timer;
    timer.start();
    const auto written = writeNow(store, QStringLiteral("locked"), after);
    QVERIFY(written);
    QVERIFY(written->has_value());
    QCOMPARE((*written)->kind, ErrorKind::KeyringUnavailable);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!(*written)->detail.contains(after.accessToken));
    qInfo("locked collection, write: %s", qPrintable((*written)->detail));

    // Reading is where a locked keyring hides: QtKeychain reports "Entry not found".
    const auto read = readNow(store, QStringLiteral("locked"));
    QVERIFY(read);
    qInfo("locked collection, read: %s",
          read->ok() ? (read->value().isEmpty() ? "empty pair" : "tokens")
                     : qPrintable(read->error().detail));
    QVERIFY(!read->ok() || read->value().isEmpty() || read->value() == before);

    // SessionStore turns that into "keyring locked" (not "signed out"), and saving falls back.
    QTemporaryDir home;
    SessionStore sessions(home.path(), StoreChoice::Auto, &store);
    QSignalSpy fellBack(&sessions, &SessionStore::fellBackToFile);
    ProfileRecord record = signedInRecord(QStringLiteral("locked"));
    record.storage = StorageKind::Keyring;
    std::optional<Result<TokenPair>> tokens;
    sessions.readTokens(record, [&](Result<TokenPair> result) { tokens = result; });
    QTRY_VERIFY_WITH_TIMEOUT(tokens.has_value(), WaitMs);
    QVERIFY(!tokens->ok());
    QCOMPARE(tokens->error().kind, ErrorKind::KeyringLocked);

    std::optional<Result<StorageKind>> saved;
    sessions.saveSession(signedInRecord(QStringLiteral("fresh")), after,
                         [&](Result<StorageKind> kind) { saved = kind; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), WaitMs);
    QVERIFY(saved->ok());
    QCOMPARE(saved->value(), StorageKind::File);
    QCOMPARE(fellBack.size(), 1);

    // Logout cannot remove what a locked keyring holds (QtKeychain reports the delete as
    // done): it reads back, fails with exit 1, says how to unlock, and keeps the profile.
    QProcess logout;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASTRO_HOME"), astroHome.path());
    environment.insert(QStringLiteral("ASTRO_PROFILE"), QStringLiteral("held"));
    environment.insert(QStringLiteral("ASTRO_CREDENTIAL_STORE"), QStringLiteral("keyring"));
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    logout.setProcessEnvironment(environment);
    logout.start(QDir(qEnvironmentVariable("ASTRO_BIN_DIR")).filePath(QStringLiteral("ast")),
                 {QStringLiteral("logout")});
    QVERIFY(logout.waitForFinished(WaitMs));
    const QByteArray said = logout.readAllStandardError();
    QCOMPARE(logout.exitCode(), 1);
    QVERIFY2(said.contains("NOT signed out") && said.contains("Unlock your keyring"),
             said.constData());
    QVERIFY2(!said.contains("Signed out of profile"), said.constData());
    SessionStore held(astroHome.path(), StoreChoice::Keyring, &store);
    QCOMPARE(held.load()->find(QStringLiteral("held"))->state(),
             ast::ProfileStatus::State::SignedIn);
    QCOMPARE(storedKeys(QStringLiteral("held")),
             QStringList {KeyringSecretStore::keyFor(QStringLiteral("held"))});
}

QTEST_GUILESS_MAIN(tst_KeyringSecretStore)
#include "tst_keyringsecretstore.moc"
