#include "FakeHttpServer.h"
#include "HttpClient.h"
#include "MemorySecretStore.h"
#include "ProfileLock.h"
#include "SessionFixture.h"
#include "SessionManager.h"
#include "TestHelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ast::CredentialsData;
using ast::ErrorKind;
using ast::ProfileRecord;
using ast::SessionManager;
using ast::SessionStore;
using ast::StorageKind;
using ast::StoreChoice;
using ast::TokenPair;
using ast::ValidSession;
using astro::test::CannedResponse;
using astro::test::MemorySecretStore;
using astro::test::SessionFixture;

namespace {
const QString Profile = u"default"_s;
const QString AuthenticatePath = u"/user_management/authenticate"_s;
const QString ClientId = SessionFixture::clientId();
const TokenPair OldTokens {u"access_OLD"_s, u"refresh_OLD"_s};
const TokenPair NewTokens {u"access_NEW"_s, u"refresh_NEW"_s};

using SessionResult = ast::Result<ValidSession>;
} // namespace

class tst_SessionManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refreshLead_data();
    void refreshLead();
    void refreshDueAt();
    void needsRefreshFollowsClock();
    void freshSessionMakesNoRequest();
    void refreshesWhenDue();
    void shortTokenRefreshesAtThreeHundredMs();
    void refreshIntoKeyring();
    void invalidGrantEndsSession();
    void invalidGrantButAnotherProcessRefreshed();
    void serverUnavailableKeepsTokens_data();
    void serverUnavailableKeepsTokens();
    void badRefreshReplyKeepsTokens();
    void oversizedRefreshReplyKeepsTokens();
    void forcedRefreshWhenFresh();
    void waitsForLockAndUsesPairStoredMeanwhile();
    void concurrentRefreshesSendOneRequest();
    void notSignedIn();
    void sessionAlreadyEnded();
    void keyringLockedIsNotSignedOut();
    void refusedAuthUrl();
    void logoutDuringRefreshIsNotUndone();
    void newLoginDuringRefreshIsKept();
    void switchOrganizationRefreshesWithIt();
    void switchOrganizationRefusedKeepsSession();

private:
    // Stores a signed-in profile whose access token lives `lifetimeMs` from receipt (now).
    void seed(qint64 lifetimeMs, const TokenPair &tokens = OldTokens, const QUrl &authUrl = {});
    std::optional<SessionResult> valid(SessionManager &manager, bool force = false);
    std::optional<SessionResult> switchTo(const QString &organizationId);
    ProfileRecord stored() const;
    CannedResponse refreshReply(const QString &refreshToken, qint64 lifetimeSecs = 3600) const;

    std::unique_ptr<MemorySecretStore> m_keyring; // outlives the fixture's store
    std::unique_ptr<SessionFixture> m_fx;
};

void tst_SessionManager::init()
{
    m_keyring = std::make_unique<MemorySecretStore>();
    m_fx = std::make_unique<SessionFixture>(m_keyring.get());
    QVERIFY(m_fx->temp->isValid());
    QVERIFY(m_fx->server->listen());
}

void tst_SessionManager::cleanup()
{
    m_fx.reset();
    m_keyring.reset();
}

void tst_SessionManager::seed(qint64 lifetimeMs, const TokenPair &tokens, const QUrl &authUrl)
{
    ProfileRecord record = m_fx->signedInRecord(lifetimeMs);
    if (!authUrl.isEmpty())
        record.authUrl = authUrl;
    QVERIFY(m_fx->save(record, tokens));
}

std::optional<SessionResult> tst_SessionManager::valid(SessionManager &manager, bool force)
{
    auto slot = std::make_shared<std::optional<SessionResult>>();
    auto calls = std::make_shared<int>(0);
    manager.validSession(Profile, force, [slot, calls](SessionResult result) {
        ++*calls;
        slot->emplace(std::move(result));
    });
    (void)QTest::qWaitFor([&] { return slot->has_value(); }, 10000);
    QCoreApplication::processEvents();
    if (*calls > 1)
        qWarning("validSession called back %d times", *calls);
    return *calls == 1 ? *slot : std::nullopt;
}

ProfileRecord tst_SessionManager::stored() const
{
    const auto data = m_fx->store->load();
    return data && data->find(Profile) ? *data->find(Profile) : ProfileRecord {};
}

CannedResponse tst_SessionManager::refreshReply(const QString &refreshToken,
                                                qint64 lifetimeSecs) const
{
    // The server's clock is years away from ours; only exp - iat matters.
    const QString access =
        astro::test::makeJwt(1500000000, 1500000000 + lifetimeSecs, u"user_01"_s, u"session_77"_s);
    return CannedResponse::json(200, astro::test::authenticationJson(access, refreshToken));
}

void tst_SessionManager::refreshLead_data()
{
    QTest::addColumn<qint64>("lifetimeMs");
    QTest::addColumn<qint64>("leadMs");
    QTest::newRow("1 h") << qint64(3600000) << qint64(300000);
    QTest::newRow("10 h") << qint64(36000000) << qint64(300000);
    QTest::newRow("50 min") << qint64(3000000) << qint64(300000);
    QTest::newRow("5 min") << qint64(300000) << qint64(30000);
    QTest::newRow("3 s") << qint64(3000) << qint64(300);
    QTest::newRow("0") << qint64(0) << qint64(0);
    QTest::newRow("negative") << qint64(-1000) << qint64(0);
}

void tst_SessionManager::refreshLead()
{
    QFETCH(qint64, lifetimeMs);
    QFETCH(qint64, leadMs);
    QCOMPARE(SessionManager::refreshLeadMs(lifetimeMs), leadMs);
}

void tst_SessionManager::refreshDueAt()
{
    ProfileRecord record;
    const QDateTime received(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    record.accessReceivedAt = received;
    record.accessExpiresAt = received.addSecs(3600);
    QCOMPARE(SessionManager::refreshDueAt(record), received.addSecs(3300));
    record.accessExpiresAt = received.addSecs(300);
    QCOMPARE(SessionManager::refreshDueAt(record), received.addSecs(270));
    record.accessExpiresAt = received.addMSecs(3000);
    QCOMPARE(SessionManager::refreshDueAt(record), received.addMSecs(2700));
    record.accessReceivedAt = {}; // unknown receipt: a 1 h token is assumed
    QCOMPARE(SessionManager::refreshDueAt(record), received.addMSecs(3000 - 300000));
    record.accessExpiresAt = {};
    QVERIFY(!SessionManager::refreshDueAt(record).isValid());
}

void tst_SessionManager::needsRefreshFollowsClock()
{
    ProfileRecord record;
    record.accessReceivedAt = m_fx->clock->now();
    record.accessExpiresAt = m_fx->clock->now().addSecs(300);
    QVERIFY(!m_fx->manager->needsRefresh(record));
    m_fx->clock->advance(270000 - 1);
    QVERIFY(!m_fx->manager->needsRefresh(record));
    m_fx->clock->advance(1);
    QVERIFY(m_fx->manager->needsRefresh(record));
    record.accessExpiresAt = {};
    QVERIFY(m_fx->manager->needsRefresh(record)); // unknown expiry: refresh
}

void tst_SessionManager::freshSessionMakesNoRequest()
{
    seed(3600 * 1000);
    m_fx->clock->advance(55 * 60 * 1000 - 1); // one millisecond before it is due
    const auto result = valid(*m_fx->manager);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().tokens, OldTokens);
    QCOMPARE(result->value().record.user.id, u"user_01"_s);
    QCOMPARE(m_fx->server->requestCount(), 0);
}

void tst_SessionManager::refreshesWhenDue()
{
    seed(3600 * 1000);
    QSignalSpy refreshed(m_fx->manager.get(), &SessionManager::sessionRefreshed);
    m_fx->server->enqueue(AuthenticatePath, refreshReply(NewTokens.refreshToken));
    m_fx->clock->advance(55 * 60 * 1000);
    const QDateTime refreshTime = m_fx->clock->now();

    auto slot = std::make_shared<std::optional<SessionResult>>();
    std::optional<TokenPair> storedAtCallback;
    m_fx->manager->validSession(Profile, false, [&, slot](SessionResult result) {
        // The rotated pair is on disk before anyone gets to use it.
        storedAtCallback = stored().fileTokens;
        slot->emplace(std::move(result));
    });
    QTRY_VERIFY(slot->has_value());
    const SessionResult &result = **slot;
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : ast::userMessage(result.error())));
    QVERIFY(storedAtCallback);
    QCOMPARE(result.value().tokens.refreshToken, u"refresh_NEW"_s);
    QCOMPARE(storedAtCallback->refreshToken, u"refresh_NEW"_s);
    QCOMPARE(storedAtCallback->accessToken, result.value().tokens.accessToken);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(refreshed.at(0).at(0).toString(), Profile);

    QCOMPARE(m_fx->server->requestCount(), 1);
    const auto request = m_fx->server->requests().at(0);
    QCOMPARE(request.path, AuthenticatePath);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.formValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(request.formValue(u"refresh_token"_s), u"refresh_OLD"_s);
    QCOMPARE(request.formValue(u"client_id"_s), ClientId);

    const ProfileRecord record = stored();
    QCOMPARE(record.accessReceivedAt, refreshTime);
    QCOMPARE(record.accessExpiresAt, refreshTime.addSecs(3600));
    QCOMPARE(record.sessionId, u"session_77"_s);
    QCOMPARE(record.state(), ast::ProfileStatus::State::SignedIn);

    // Fresh again: the next call makes no request.
    const auto again = valid(*m_fx->manager);
    QVERIFY(again && again->ok());
    QCOMPARE(again->value().tokens.refreshToken, u"refresh_NEW"_s);
    QCOMPARE(m_fx->server->requestCount(), 1);
}

void tst_SessionManager::shortTokenRefreshesAtThreeHundredMs()
{
    seed(3000);
    m_fx->server->enqueue(AuthenticatePath, refreshReply(NewTokens.refreshToken, 3));
    m_fx->clock->advance(2699);
    auto result = valid(*m_fx->manager);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().tokens, OldTokens);
    QCOMPARE(m_fx->server->requestCount(), 0);
    m_fx->clock->advance(1);
    result = valid(*m_fx->manager);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().tokens.refreshToken, u"refresh_NEW"_s);
    QCOMPARE(m_fx->server->requestCount(), 1);
    QCOMPARE(stored().accessExpiresAt, m_fx->clock->now().addSecs(3));
}

void tst_SessionManager::refreshIntoKeyring()
{
    m_fx->manager.reset();
    m_fx->store = std::make_unique<SessionStore>(m_fx->home, StoreChoice::Auto, m_keyring.get());
    m_fx->manager =
        std::make_unique<SessionManager>(m_fx->store.get(), m_fx->http.get(), m_fx->clock.get());
    seed(3600 * 1000);
    QCOMPARE(stored().storage, StorageKind::Keyring);
    m_fx->server->enqueue(AuthenticatePath, refreshReply(NewTokens.refreshToken));
    m_fx->clock->advance(3600 * 1000);
    const auto result = valid(*m_fx->manager);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().record.storage, StorageKind::Keyring);
    QCOMPARE(m_keyring->entry(Profile).refreshToken, u"refresh_NEW"_s);
    QVERIFY(!stored().fileTokens);
    QFile file(m_fx->home + u"/credentials.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("refresh_NEW"));
    QVERIFY(!bytes.contains("refresh_OLD"));
    QVERIFY(!bytes.contains(result->value().tokens.accessToken.toUtf8()));
}

void tst_SessionManager::invalidGrantEndsSession()
{
    seed(3600 * 1000);
    QSignalSpy ended(m_fx->manager.get(), &SessionManager::sessionEnded);
    m_fx->server->enqueue(
        AuthenticatePath,
        CannedResponse::oauthError(u"invalid_grant"_s, 400, u"Session revoked"_s));
    m_fx->clock->advance(3600 * 1000);
    const auto result = valid(*m_fx->manager);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::InvalidGrant);
    QVERIFY(result->error().needsSignIn());
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).toString(), Profile);

    const ProfileRecord record = stored();
    QCOMPARE(record.state(), ast::ProfileStatus::State::SessionEnded);
    QVERIFY(!record.fileTokens);
    QCOMPARE(record.user.id, u"user_01"_s); // who it was stays, for "sign in again"

    // From now on: InvalidGrant without asking the server.
    const auto again = valid(*m_fx->manager);
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind, ErrorKind::InvalidGrant);
    QCOMPARE(m_fx->server->requestCount(), 1);
    QCOMPARE(ended.count(), 1);
}

void tst_SessionManager::invalidGrantButAnotherProcessRefreshed()
{
    seed(3600 * 1000);
    QSignalSpy ended(m_fx->manager.get(), &SessionManager::sessionEnded);
    m_fx->clock->advance(3600 * 1000);
    const QDateTime now = m_fx->clock->now();
    // While our request is on the wire, another process rotates the pair and stores it;
    // the server then rejects our (spent) refresh token.
    m_fx->server->enqueue(
        AuthenticatePath,
        CannedResponse::oauthError(u"invalid_grant"_s).before([this, now](const auto &) {
            ast::CredentialsFile file(m_fx->home);
            const ast::Status status = file.update([now](CredentialsData &data) {
                ProfileRecord *record = data.find(Profile);
                record->fileTokens = NewTokens;
                record->accessReceivedAt = now;
                record->accessExpiresAt = now.addSecs(3600);
            });
            QVERIFY(!status);
        }));
    const auto result = valid(*m_fx->manager);
    QVERIFY(result);
    QVERIFY2(result->ok(),
             qPrintable(result->ok() ? QString() : ast::userMessage(result->error())));
    QCOMPARE(result->value().tokens, NewTokens);
    QCOMPARE(ended.count(), 0);
    QCOMPARE(stored().state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(*stored().fileTokens, NewTokens);
    QCOMPARE(m_fx->server->requestCount(), 1);
}

void tst_SessionManager::serverUnavailableKeepsTokens_data()
{
    QTest::addColumn<int>("status"); // 0: connection refused
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("503") << 503 << ErrorKind::ServerUnavailable;
    QTest::newRow("500") << 500 << ErrorKind::ServerUnavailable;
    QTest::newRow("429") << 429 << ErrorKind::ServerUnavailable;
    QTest::newRow("connection refused") << 0 << ErrorKind::Network;
}

void tst_SessionManager::serverUnavailableKeepsTokens()
{
    QFETCH(int, status);
    QFETCH(ErrorKind, kind);
    seed(3600 * 1000);
    QSignalSpy ended(m_fx->manager.get(), &SessionManager::sessionEnded);
    if (status == 0)
        m_fx->server->close();
    else
        m_fx->server->enqueue(AuthenticatePath, CannedResponse::raw(status, "unavailable"));
    m_fx->clock->advance(3600 * 1000);
    const auto result = valid(*m_fx->manager);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, kind);
    QVERIFY(!result->error().needsSignIn());
    QCOMPARE(ended.count(), 0);
    const ProfileRecord record = stored();
    QCOMPARE(record.state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(*record.fileTokens, OldTokens);
}

void tst_SessionManager::badRefreshReplyKeepsTokens()
{
    seed(3600 * 1000);
    m_fx->server->enqueue(AuthenticatePath,
                          CannedResponse::raw(200, "<html>captive portal</html>", "text/html"));
    m_fx->clock->advance(3600 * 1000);
    const auto result = valid(*m_fx->manager);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::BadReply);
    QCOMPARE(*stored().fileTokens, OldTokens);
}

void tst_SessionManager::oversizedRefreshReplyKeepsTokens()
{
    seed(3600 * 1000);
    m_fx->server->enqueue(
        AuthenticatePath,
        CannedResponse::raw(200, QByteArray(2 * 1024 * 1024, ' '), "application/json"));
    m_fx->clock->advance(3600 * 1000);
    const auto result = valid(*m_fx->manager);
    QVERIFY(result && !result->ok());
    QVERIFY2(result->error().kind == ErrorKind::ReplyTooLarge,
             qPrintable(ast::userMessage(result->error())));
    QCOMPARE(stored().state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(*stored().fileTokens, OldTokens);
}

void tst_SessionManager::forcedRefreshWhenFresh()
{
    seed(3600 * 1000);
    m_fx->server->enqueue(AuthenticatePath, refreshReply(NewTokens.refreshToken));
    const auto result = valid(*m_fx->manager, true);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().tokens.refreshToken, u"refresh_NEW"_s);
    QCOMPARE(m_fx->server->requestCount(), 1);
}

void tst_SessionManager::waitsForLockAndUsesPairStoredMeanwhile()
{
    seed(3600 * 1000);
    // "Another process" holds the refresh lock.
    ast::ProfileLock other(m_fx->home, Profile);
    bool held = false;
    other.acquire([&held](ast::Status error) { held = !error; });
    QVERIFY(held);

    auto slot = std::make_shared<std::optional<SessionResult>>();
    m_fx->manager->validSession(Profile, true,
                                [slot](SessionResult result) { slot->emplace(std::move(result)); });
    // Give the waiting side a few lock attempts, then let the other process finish its refresh.
    m_fx->clock->advance(ast::ProfileLock::RetryEveryMs * 5);
    QVERIFY(!slot->has_value());
    const QDateTime now = m_fx->clock->now();
    QVERIFY(!ast::CredentialsFile(m_fx->home).update([now](CredentialsData &data) {
        data.find(Profile)->fileTokens = NewTokens;
        data.find(Profile)->accessReceivedAt = now;
        data.find(Profile)->accessExpiresAt = now.addSecs(3600);
    }));
    other.release();

    m_fx->clock->advance(ast::ProfileLock::RetryEveryMs); // the next attempt takes it
    QTRY_VERIFY(slot->has_value());
    QVERIFY((*slot)->ok());
    QCOMPARE((*slot)->value().tokens, NewTokens);
    QCOMPARE(m_fx->server->requestCount(), 0); // the other process's pair is used as is
}

void tst_SessionManager::concurrentRefreshesSendOneRequest()
{
    seed(3600 * 1000);
    // A second process: its own store, HTTP client and manager over the same files.
    SessionStore otherStore(m_fx->home, StoreChoice::File, nullptr);
    ast::HttpClient otherHttp;
    SessionManager otherManager(&otherStore, &otherHttp, m_fx->clock.get());
    m_fx->server->enqueue(AuthenticatePath, refreshReply(NewTokens.refreshToken));
    m_fx->clock->advance(3600 * 1000);

    auto first = std::make_shared<std::optional<SessionResult>>();
    auto second = std::make_shared<std::optional<SessionResult>>();
    m_fx->manager->validSession(Profile, false,
                                [first](SessionResult r) { first->emplace(std::move(r)); });
    otherManager.validSession(Profile, false,
                              [second](SessionResult r) { second->emplace(std::move(r)); });
    // The manager that lost the race retries the lock on the fake clock: move it along.
    auto bothDone = [&] {
        m_fx->clock->advance(ast::ProfileLock::RetryEveryMs);
        return first->has_value() && second->has_value();
    };
    QTRY_VERIFY(bothDone());
    QVERIFY((*first)->ok());
    QVERIFY((*second)->ok());
    QCOMPARE((*first)->value().tokens.refreshToken, u"refresh_NEW"_s);
    QCOMPARE((*second)->value().tokens.refreshToken, u"refresh_NEW"_s);
    QCOMPARE(m_fx->server->requestsTo(AuthenticatePath).size(), 1);
    QCOMPARE(m_fx->server->unexpectedCount(), 0);
}

void tst_SessionManager::notSignedIn()
{
    const auto missing = valid(*m_fx->manager);
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().kind, ErrorKind::NotSignedIn);

    seed(3600 * 1000);
    bool done = false;
    m_fx->store->signOut({Profile}, [&done](ast::Status) { done = true; });
    QTRY_VERIFY(done);
    const auto signedOut = valid(*m_fx->manager);
    QVERIFY(signedOut && !signedOut->ok());
    QCOMPARE(signedOut->error().kind, ErrorKind::NotSignedIn);
    QCOMPARE(m_fx->server->requestCount(), 0);
}

void tst_SessionManager::sessionAlreadyEnded()
{
    seed(3600 * 1000);
    bool done = false;
    m_fx->store->endSession(Profile, [&done](ast::Status) { done = true; });
    QTRY_VERIFY(done);
    const auto result = valid(*m_fx->manager, true);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::InvalidGrant);
    QCOMPARE(m_fx->server->requestCount(), 0);
}

void tst_SessionManager::keyringLockedIsNotSignedOut()
{
    m_fx->manager.reset();
    m_fx->store = std::make_unique<SessionStore>(m_fx->home, StoreChoice::Auto, m_keyring.get());
    m_fx->manager =
        std::make_unique<SessionManager>(m_fx->store.get(), m_fx->http.get(), m_fx->clock.get());
    seed(3600 * 1000);
    m_keyring->setReadLocked(true);
    QSignalSpy ended(m_fx->manager.get(), &SessionManager::sessionEnded);
    m_fx->clock->advance(3600 * 1000);
    const auto result = valid(*m_fx->manager);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::KeyringLocked);
    QCOMPARE(ended.count(), 0);
    QCOMPARE(stored().state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(m_fx->server->requestCount(), 0);
}

void tst_SessionManager::refusedAuthUrl()
{
    seed(3600 * 1000, OldTokens, QUrl(u"http://auth.example.com"_s));
    m_fx->clock->advance(3600 * 1000);
    const auto result = valid(*m_fx->manager);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::UrlRefused);
    QCOMPARE(m_fx->server->requestCount(), 0);
    QCOMPARE(*stored().fileTokens, OldTokens);
}

// A writer that did not take the profile lock (an older ast, a lock broken as stale) signs the
// profile out while the refresh request is out: the refresh must not bring the session back.
void tst_SessionManager::logoutDuringRefreshIsNotUndone()
{
    seed(1000);
    m_fx->clock->advance(2000);
    QSignalSpy refreshed(m_fx->manager.get(), &SessionManager::sessionRefreshed);
    QSignalSpy settled(m_fx->manager.get(), &SessionManager::refreshSettled);
    bool inFlightWhileSent = false;
    m_fx->server->enqueue(
        AuthenticatePath,
        refreshReply(NewTokens.refreshToken).before([this, &inFlightWhileSent](const auto &) {
            inFlightWhileSent = m_fx->manager->isRefreshInFlight();
            QVERIFY(!m_fx->store->file().update([](CredentialsData &data) {
                data.find(Profile)->clearSession();
                ++data.find(Profile)->generation;
            }));
        }));
    const auto result = valid(*m_fx->manager);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::NotSignedIn);
    QCOMPARE(stored().state(), ast::ProfileStatus::State::SignedOut);
    QVERIFY(!stored().fileTokens);
    QCOMPARE(refreshed.count(), 0);
    QVERIFY(inFlightWhileSent);
    QCOMPARE(settled.count(), 1);
    QVERIFY(!m_fx->manager->isRefreshInFlight());
}

// The same with a new login (another user) while the refresh was out: the new account stays,
// and the caller gets it.
void tst_SessionManager::newLoginDuringRefreshIsKept()
{
    seed(1000);
    m_fx->clock->advance(2000);
    const TokenPair login {u"access_LOGIN"_s, u"refresh_LOGIN"_s};
    m_fx->server->enqueue(AuthenticatePath,
                          refreshReply(NewTokens.refreshToken).before([this, login](const auto &) {
                              QVERIFY(!m_fx->store->file().update([login](CredentialsData &data) {
                                  ProfileRecord *record = data.find(Profile);
                                  record->user = {u"user_02"_s, u"grace@example.com"_s, {}, {}};
                                  record->accessExpiresAt = record->accessExpiresAt.addSecs(7200);
                                  record->fileTokens = login;
                                  ++record->generation;
                              }));
                          }));
    const auto result = valid(*m_fx->manager);
    QVERIFY(result);
    QVERIFY2(result->ok(),
             qPrintable(result->ok() ? QString() : ast::userMessage(result->error())));
    QCOMPARE(result->value().record.user.email, u"grace@example.com"_s);
    QCOMPARE(result->value().tokens, login);
    QCOMPARE(stored().user.email, u"grace@example.com"_s);
    QCOMPARE(*stored().fileTokens, login);
}

std::optional<SessionResult> tst_SessionManager::switchTo(const QString &organizationId)
{
    auto slot = std::make_shared<std::optional<SessionResult>>();
    m_fx->manager->switchOrganization(Profile, organizationId,
                                      [slot](SessionResult result) { slot->emplace(result); });
    (void)QTest::qWaitFor([&] { return slot->has_value(); }, 10000);
    return *slot;
}

void tst_SessionManager::switchOrganizationRefreshesWithIt()
{
    seed(3600 * 1000); // fresh: a plain refresh would not be sent
    const qint64 generation = stored().generation;
    QJsonObject reply = astro::test::authenticationJson(
        astro::test::makeJwt(QJsonObject {{u"sub"_s, u"user_01"_s},
                                          {u"sid"_s, u"session_77"_s},
                                          {u"org_id"_s, u"org_B"_s},
                                          {u"iat"_s, 1},
                                          {u"exp"_s, 3601}}),
        NewTokens.refreshToken);
    reply.insert(u"organization_id"_s, u"org_B"_s);
    m_fx->server->enqueue(AuthenticatePath, CannedResponse::json(200, reply));
    const auto result = switchTo(u"org_B"_s);
    QVERIFY(result && result->ok());
    QCOMPARE(m_fx->server->requestCount(), 1);
    const auto request = m_fx->server->requests().at(0);
    QCOMPARE(request.formValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(request.formValue(u"refresh_token"_s), OldTokens.refreshToken);
    QCOMPARE(request.formValue(u"organization_id"_s), u"org_B"_s);
    const ProfileRecord record = stored();
    QCOMPARE(record.organizationId, u"org_B"_s);
    QCOMPARE(record.fileTokens->refreshToken, NewTokens.refreshToken);
    QVERIFY(record.generation > generation);
}

void tst_SessionManager::switchOrganizationRefusedKeepsSession()
{
    seed(3600 * 1000);
    QSignalSpy ended(m_fx->manager.get(), &SessionManager::sessionEnded);
    // Not a member: a refusal of the switch, not of the session.
    m_fx->server->enqueue(AuthenticatePath,
                          CannedResponse::oauthError(u"invalid_grant"_s, 400, u"Not a member"_s));
    const auto result = switchTo(u"org_X"_s);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::ServerRefused);
    QCOMPARE(result->error().httpStatus, 400);
    QVERIFY(!result->error().needsSignIn());
    QCOMPARE(ended.count(), 0);
    const ProfileRecord record = stored();
    QCOMPARE(record.state(), ast::ProfileStatus::State::SignedIn);
    QCOMPARE(record.fileTokens->refreshToken, OldTokens.refreshToken);
}

QTEST_GUILESS_MAIN(tst_SessionManager)
#include "tst_sessionmanager.moc"
