#pragma once

#include "KeyringSecretStore.h"
#include "ProfileRecord.h"

#include <QRandomGenerator>
#include <QTest>
#include <memory>
#include <optional>

namespace astro::test {

// Generous: the store itself answers within its timeout (3 s), whatever happens.
constexpr int WaitMs = 15000;

// Each helper waits on the callback (event loop running), never on a fixed sleep. The result
// lives on the heap so that a callback arriving after a failed wait writes nothing stale.
inline std::optional<ast::Result<ast::TokenPair>> readNow(ast::SecretStore &store,
                                                          const QString &profile)
{
    auto result = std::make_shared<std::optional<ast::Result<ast::TokenPair>>>();
    store.read(profile, [result](ast::Result<ast::TokenPair> tokens) { *result = tokens; });
    static_cast<void>(QTest::qWaitFor([&] { return result->has_value(); }, WaitMs)); // else empty
    return *result;
}

inline std::optional<ast::Status> writeNow(ast::SecretStore &store, const QString &profile,
                                           const ast::TokenPair &tokens)
{
    auto result = std::make_shared<std::optional<ast::Status>>();
    store.write(profile, tokens, [result](ast::Status status) { *result = status; });
    static_cast<void>(QTest::qWaitFor([&] { return result->has_value(); }, WaitMs)); // else empty
    return *result;
}

inline std::optional<ast::Status> removeNow(ast::SecretStore &store, const QString &profile)
{
    auto result = std::make_shared<std::optional<ast::Status>>();
    store.remove(profile, [result](ast::Status status) { *result = status; });
    static_cast<void>(QTest::qWaitFor([&] { return result->has_value(); }, WaitMs)); // else empty
    return *result;
}

inline bool succeeded(const std::optional<ast::Status> &status)
{
    return status.has_value() && !status->has_value();
}

// For failure messages: never touches a disengaged optional.
inline QByteArray describe(const std::optional<ast::Status> &status)
{
    if (!status)
        return "no answer";
    return *status ? (*status)->detail.toUtf8() : QByteArray("success");
}

// A token-like string (base64url) of `length` characters, different on every call.
inline QString fakeToken(int length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .left(length);
}

inline ast::ProfileRecord signedInRecord(const QString &profile)
{
    ast::ProfileRecord record;
    record.name = profile;
    record.server = QUrl(QStringLiteral("https://api.astro.test"));
    record.user.id = QStringLiteral("user_01");
    record.user.email = QStringLiteral("user@example.test");
    record.accessReceivedAt = QDateTime::currentDateTimeUtc();
    record.accessExpiresAt = record.accessReceivedAt.addSecs(300);
    return record;
}

} // namespace astro::test
