#pragma once

// The session stack that the ApiClient and SessionManager tests rebuild for every test function
// (header only).

#include "FakeClock.h"
#include "FakeHttpServer.h"
#include "HttpClient.h"
#include "SessionManager.h"
#include "SessionStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <memory>

namespace astro::test {

// A fake clock and WorkOS server, a file-backed SessionStore in a temporary home, one
// HttpClient and the SessionManager on top. Members are declared in construction order, so
// the manager goes first and the temporary home last. Tests may replace `store` and `manager`.
struct SessionFixture
{
    // `keyring` (may be null) must outlive the fixture. The caller checks temp and listens.
    explicit SessionFixture(ast::SecretStore *keyring = nullptr)
        : home(temp->filePath(QStringLiteral(".astro")))
        , server(std::make_unique<FakeHttpServer>(clock.get()))
        , store(std::make_unique<ast::SessionStore>(home, ast::StoreChoice::File, keyring))
        , manager(std::make_unique<ast::SessionManager>(store.get(), http.get(), clock.get()))
    {
        http->setTimeout(std::chrono::seconds(10));
    }

    static QString clientId() { return QStringLiteral("client_01TEST"); }

    // The default profile signed in at the fake server, its access token received now and
    // living `lifetimeMs`.
    ast::ProfileRecord signedInRecord(qint64 lifetimeMs) const
    {
        ast::ProfileRecord record;
        record.name = QStringLiteral("default");
        record.server = server->baseUrl();
        record.authUrl = server->baseUrl();
        record.clientId = clientId();
        record.user = {QStringLiteral("user_01"), QStringLiteral("ada@example.com"),
                       QStringLiteral("Ada"), QStringLiteral("Lovelace")};
        record.accessReceivedAt = clock->now();
        record.accessExpiresAt = clock->now().addMSecs(lifetimeMs);
        return record;
    }

    // Saves `record` with `tokens` through `store`: true once the store reports it saved.
    bool save(const ast::ProfileRecord &record, const ast::TokenPair &tokens)
    {
        // Shared: the answer may still come after a timed-out wait.
        auto saved = std::make_shared<bool>(false);
        store->saveSession(record, tokens,
                           [saved](ast::Result<ast::StorageKind> kind) { *saved = kind.ok(); });
        return QTest::qWaitFor([saved] { return *saved; });
    }

    std::unique_ptr<QTemporaryDir> temp = std::make_unique<QTemporaryDir>();
    const QString home;
    std::unique_ptr<FakeClock> clock = std::make_unique<FakeClock>();
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<ast::HttpClient> http = std::make_unique<ast::HttpClient>();
    std::unique_ptr<ast::SessionStore> store;
    std::unique_ptr<ast::SessionManager> manager;
};

} // namespace astro::test
