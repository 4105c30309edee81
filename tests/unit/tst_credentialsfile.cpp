#include "CredentialsFile.h"
#include "FileModes.h"
#include "TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ast::CredentialsData;
using ast::CredentialsFile;
using ast::ErrorKind;
using ast::ProfileRecord;
using ast::StorageKind;
using astro::test::modeOf;
using astro::test::UmaskGuard;

namespace {
ProfileRecord sampleRecord(const QString &name)
{
    ProfileRecord record;
    record.name = name;
    record.server = QUrl(u"https://api.astro.example"_s);
    record.authUrl = QUrl(u"https://api.workos.com"_s);
    record.clientId = u"client_01"_s;
    record.user = {u"user_01"_s, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s};
    record.organizationId = u"org_01"_s;
    record.sessionId = u"session_01"_s;
    // Sub-second times: a 3 s test token's refresh point depends on them.
    record.accessReceivedAt = QDateTime(QDate(2030, 1, 1), QTime(12, 0, 0, 250), Qt::UTC);
    record.accessExpiresAt = record.accessReceivedAt.addMSecs(2750);
    record.storage = StorageKind::File;
    record.fileTokens = ast::TokenPair {u"access_secret"_s, u"refresh_secret"_s};
    return record;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}
} // namespace

class tst_CredentialsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void missingFileIsEmpty();
    void roundTrip();
    void keyringProfileHasNoTokens();
    void permissionsWhateverTheUmask();
    void tightensExistingPermissions();
    void atomicWriteLeavesNoTempFiles();
    void corruptFileRefused_data();
    void corruptFileRefused();
    void unreadableFileRefused();
    void updateKeepsOtherProfiles();
    void concurrentUpdatesSerialize();
    void recordState();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_home;
};

void tst_CredentialsFile::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_home = m_temp->filePath(u".astro"_s);
}

void tst_CredentialsFile::missingFileIsEmpty()
{
    CredentialsFile file(m_home);
    QCOMPARE(file.filePath(), QDir(m_home).filePath(u"credentials.json"_s));
    const auto data = file.load();
    QVERIFY(data);
    QVERIFY(data->profiles.isEmpty());
    QVERIFY(!QFileInfo::exists(m_home)); // loading creates nothing
}

void tst_CredentialsFile::roundTrip()
{
    CredentialsFile file(m_home);
    const ProfileRecord record = sampleRecord(u"work"_s);
    QVERIFY(!file.update([&](CredentialsData &data) { data.ensure(u"work"_s) = record; }));

    const auto loaded = file.load();
    QVERIFY2(loaded, qPrintable(loaded.error().detail));
    QCOMPARE(loaded->profiles.size(), 1);
    const ProfileRecord *stored = loaded->find(u"work"_s);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"work"_s);
    QCOMPARE(stored->server, record.server);
    QCOMPARE(stored->authUrl, record.authUrl);
    QCOMPARE(stored->clientId, record.clientId);
    QCOMPARE(stored->user, record.user);
    QCOMPARE(stored->organizationId, record.organizationId);
    QCOMPARE(stored->sessionId, record.sessionId);
    QCOMPARE(stored->accessReceivedAt, record.accessReceivedAt);
    QCOMPARE(stored->accessExpiresAt, record.accessExpiresAt);
    QVERIFY(!stored->sessionEndedAt.isValid());
    QCOMPARE(stored->storage, StorageKind::File);
    QVERIFY(stored->fileTokens);
    QCOMPARE(*stored->fileTokens, *record.fileTokens);
    QCOMPARE(stored->state(), ast::ProfileStatus::State::SignedIn);

    const QJsonObject root = QJsonDocument::fromJson(readAll(file.filePath())).object();
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    QVERIFY(root.value(u"profiles"_s).toObject().contains(u"work"_s));
}

void tst_CredentialsFile::keyringProfileHasNoTokens()
{
    CredentialsFile file(m_home);
    ProfileRecord record = sampleRecord(u"default"_s);
    record.storage = StorageKind::Keyring; // tokens set but must not be written
    QVERIFY(!file.update([&](CredentialsData &data) { data.ensure(u"default"_s) = record; }));
    const QByteArray bytes = readAll(file.filePath());
    QVERIFY(!bytes.contains("access_secret"));
    QVERIFY(!bytes.contains("refresh_secret"));
    QVERIFY(bytes.contains("\"keyring\""));
    const auto loaded = file.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->find(u"default"_s)->storage, StorageKind::Keyring);
    QVERIFY(!loaded->find(u"default"_s)->fileTokens);
}

void tst_CredentialsFile::permissionsWhateverTheUmask()
{
    UmaskGuard guard(0);
    CredentialsFile file(m_home);
    QVERIFY(!file.update(
        [](CredentialsData &data) { data.ensure(u"default"_s) = sampleRecord(u"default"_s); }));
    QCOMPARE(modeOf(m_home), mode_t(0700));
    QCOMPARE(modeOf(file.filePath()), mode_t(0600));
    // And again on rewrite.
    QVERIFY(!file.update([](CredentialsData &data) { data.ensure(u"second"_s); }));
    QCOMPARE(modeOf(m_home), mode_t(0700));
    QCOMPARE(modeOf(file.filePath()), mode_t(0600));
}

void tst_CredentialsFile::tightensExistingPermissions()
{
    UmaskGuard guard(0);
    QVERIFY(QDir().mkpath(m_home));
    // Readable by others, but not writable (writable ones are refused: tst_privatedirectory).
    QVERIFY(::chmod(QFile::encodeName(m_home).constData(), 0755) == 0);
    CredentialsFile file(m_home);
    QVERIFY(writeAll(file.filePath(), R"({"version":1,"profiles":{}})"));
    QVERIFY(::chmod(QFile::encodeName(file.filePath()).constData(), 0644) == 0);
    QVERIFY(!file.update([](CredentialsData &data) { data.ensure(u"default"_s); }));
    QCOMPARE(modeOf(m_home), mode_t(0700));
    QCOMPARE(modeOf(file.filePath()), mode_t(0600));
}

void tst_CredentialsFile::atomicWriteLeavesNoTempFiles()
{
    CredentialsFile file(m_home);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!file.update([i](CredentialsData &data) { data.ensure(u"p%1"_s.arg(i)); }));
    const QStringList entries = QDir(m_home).entryList(QDir::AllEntries | QDir::Hidden
                                                       | QDir::System | QDir::NoDotAndDotDot);
    QCOMPARE(entries, QStringList {u"credentials.json"_s});
    QCOMPARE(file.load()->profiles.size(), 5);
}

void tst_CredentialsFile::corruptFileRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); // a word of the message
    QTest::newRow("not json") << QByteArray("{\"version\": 1, \"profiles\": {") << u"JSON"_s;
    QTest::newRow("garbage") << QByteArray("\x00\x01\x02garbage", 10) << u"JSON"_s;
    QTest::newRow("empty file") << QByteArray() << u"JSON"_s;
    QTest::newRow("array") << QByteArray("[1,2,3]") << u"object"_s;
    QTest::newRow("no version") << QByteArray(R"({"profiles":{}})") << u"version"_s;
    QTest::newRow("version is a string")
        << QByteArray(R"({"version":"1","profiles":{}})") << u"version"_s;
    QTest::newRow("newer version") << QByteArray(R"({"version":2,"profiles":{}})") << u"newer"_s;
    QTest::newRow("profiles is an array")
        << QByteArray(R"({"version":1,"profiles":[]})") << u"profiles"_s;
    QTest::newRow("profile is a string")
        << QByteArray(R"({"version":1,"profiles":{"a":"b"}})") << u"\"a\""_s;
    QTest::newRow("server is a number")
        << QByteArray(R"({"version":1,"profiles":{"a":{"server":5}}})") << u"server"_s;
    QTest::newRow("user is a string")
        << QByteArray(R"({"version":1,"profiles":{"a":{"user":"u"}}})") << u"user"_s;
    QTest::newRow("unknown storage")
        << QByteArray(R"({"version":1,"profiles":{"a":{"storage":"cloud"}}})") << u"storage"_s;
    QTest::newRow("tokens is a string")
        << QByteArray(R"({"version":1,"profiles":{"a":{"tokens":"x"}}})") << u"tokens"_s;
    QTest::newRow("token is a number") << QByteArray(
        R"({"version":1,"profiles":{"a":{"tokens":{"access_token":1,"refresh_token":"r"}}}})")
                                       << u"tokens"_s;
}

void tst_CredentialsFile::corruptFileRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    CredentialsFile file(m_home);
    QVERIFY(writeAll(file.filePath(), bytes));

    const auto loaded = file.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, ErrorKind::CorruptCredentials);
    QVERIFY2(loaded.error().detail.contains(QDir::toNativeSeparators(file.filePath())),
             qPrintable(loaded.error().detail));
    QVERIFY2(loaded.error().detail.contains(problem), qPrintable(loaded.error().detail));
    QVERIFY(ast::userMessage(loaded.error()).contains(file.filePath()));

    bool mutated = false;
    const ast::Status status = file.update([&](CredentialsData &data) {
        mutated = true;
        data.profiles.clear();
    });
    QVERIFY(status);
    QCOMPARE(status->kind, ErrorKind::CorruptCredentials);
    QVERIFY(status->detail.contains(QDir::toNativeSeparators(file.filePath())));
    QVERIFY(!mutated);
    QCOMPARE(readAll(file.filePath()), bytes);
    const QStringList entries =
        QDir(m_home).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(entries, QStringList {u"credentials.json"_s});
}

void tst_CredentialsFile::unreadableFileRefused()
{
    if (::geteuid() == 0)
        QSKIP("root reads any file");
    CredentialsFile file(m_home);
    const QByteArray bytes = R"({"version":1,"profiles":{}})";
    QVERIFY(writeAll(file.filePath(), bytes));
    QVERIFY(::chmod(QFile::encodeName(file.filePath()).constData(), 0) == 0);
    const auto loaded = file.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, ErrorKind::CorruptCredentials);
    QVERIFY(loaded.error().detail.contains(file.filePath()));
    const ast::Status status = file.update([](CredentialsData &data) { data.ensure(u"x"_s); });
    QVERIFY(status);
    QCOMPARE(status->kind, ErrorKind::CorruptCredentials);
    QVERIFY(::chmod(QFile::encodeName(file.filePath()).constData(), 0600) == 0);
    QCOMPARE(readAll(file.filePath()), bytes);
}

void tst_CredentialsFile::updateKeepsOtherProfiles()
{
    CredentialsFile file(m_home);
    QVERIFY(!file.update([](CredentialsData &data) {
        data.ensure(u"a"_s) = sampleRecord(u"a"_s);
        data.ensure(u"b"_s) = sampleRecord(u"b"_s);
    }));
    // A second instance (another process) changes only "b".
    CredentialsFile other(m_home);
    QVERIFY(!other.update([](CredentialsData &data) { data.find(u"b"_s)->clearSession(); }));
    const auto loaded = file.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->find(u"a"_s)->state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(*loaded->find(u"a"_s)->fileTokens, *sampleRecord(u"a"_s).fileTokens);
    QCOMPARE(loaded->find(u"b"_s)->state(), ast::ProfileStatus::State::SignedOut);
    QCOMPARE(loaded->find(u"b"_s)->server, sampleRecord(u"b"_s).server);
    QVERIFY(!loaded->find(u"b"_s)->fileTokens);
}

void tst_CredentialsFile::concurrentUpdatesSerialize()
{
    // Each update re-reads under the lock: no writer may lose another's profile.
    constexpr int Writers = 4;
    constexpr int UpdatesEach = 15;
    std::vector<std::thread> threads;
    std::atomic<int> failures = 0;
    for (int writer = 0; writer < Writers; ++writer) {
        threads.emplace_back([this, writer, &failures] {
            CredentialsFile file(m_home);
            for (int i = 0; i < UpdatesEach; ++i) {
                const QString name = u"w%1_%2"_s.arg(writer).arg(i);
                if (file.update([&](CredentialsData &data) { data.ensure(name).clientId = name; }))
                    ++failures;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    const auto loaded = CredentialsFile(m_home).load();
    QVERIFY(loaded);
    QCOMPARE(loaded->profiles.size(), Writers * UpdatesEach);
    for (const ProfileRecord &record : loaded->profiles)
        QCOMPARE(record.clientId, record.name);
}

void tst_CredentialsFile::recordState()
{
    ProfileRecord record = sampleRecord(u"p"_s);
    QCOMPARE(record.state(), ast::ProfileStatus::State::SignedIn);
    record.sessionEndedAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(record.state(), ast::ProfileStatus::State::SessionEnded);
    record.clearSession();
    QCOMPARE(record.state(), ast::ProfileStatus::State::SignedOut);
    QCOMPARE(record.server, sampleRecord(u"p"_s).server); // where it points is kept
    QCOMPARE(record.clientId, sampleRecord(u"p"_s).clientId);
    QVERIFY(!record.fileTokens);
    QVERIFY(record.user.id.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CredentialsFile)
#include "tst_credentialsfile.moc"
