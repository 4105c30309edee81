// No secret ever reaches a log line or a message (docs/SECURITY.md): every command with --verbose,
// on the happy paths and the failing ones, and then a search of everything `ast` wrote to stderr
// (and to stdout, except `token`) for every secret the devserver ever issued.
#include "AstProcess.h"
#include "CredentialsHelpers.h"
#include "DevServerProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace astro::test;
using namespace Qt::StringLiterals;

namespace {
// Shorter pieces than this could match by chance; longer ones would miss a partial leak.
constexpr qsizetype windowChars = 16;

QString userCodeIn(const QByteArray &stderrText)
{
    static const QRegularExpression code(u"code: ([B-DF-HJ-NP-TV-Z]{4}-[B-DF-HJ-NP-TV-Z]{4})"_s);
    return code.match(QString::fromUtf8(stderrText)).captured(1);
}

// The secret parts of an issued value: a JWT's payload and signature (its header is the same
// for every token and says nothing), or the whole opaque string.
QStringList secretParts(const QString &value)
{
    const QStringList parts = value.split(u'.');
    return parts.size() == 3 ? parts.mid(1) : QStringList {value};
}

// The first piece of `secret` (any run of windowChars characters) found in `text`, if any.
QString leakedPiece(const QByteArray &text, const QString &secret)
{
    for (const QString &part : secretParts(secret)) {
        if (part.size() < windowChars)
            return text.contains(part.toUtf8()) ? part : QString();
        for (qsizetype at = 0; at + windowChars <= part.size(); ++at) {
            const QString piece = part.mid(at, windowChars);
            if (text.contains(piece.toUtf8()))
                return piece;
        }
    }
    return {};
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verboseOutputHoldsNoSecret();

private:
    // Runs `ast --verbose <arguments>` and keeps what it printed for the search.
    AstProcess::Outcome run(const TestUser &user, const QStringList &arguments,
                            bool stdoutIsData = false);

    QByteArray m_logged; // all stderr, and stdout that is not a token
    QStringList m_transcript;
};

AstProcess::Outcome TestRedaction::run(const TestUser &user, const QStringList &arguments,
                                       bool stdoutIsData)
{
    const auto outcome = AstProcess::run(user, QStringList {u"--verbose"_s} + arguments);
    m_logged += outcome.err;
    if (!stdoutIsData)
        m_logged += outcome.out;
    m_transcript << u"$ ast --verbose %1 -> %2"_s.arg(arguments.join(u' ')).arg(outcome.exitCode);
    return outcome;
}

void TestRedaction::verboseOutputHoldsNoSecret()
{
    DevServerProcess server;
    QVERIFY(server.start({u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s}));
    TestUser user(server.baseUrl());

    // Sign in, use the session, let it refresh, use the refreshed one.
    QCOMPARE(run(user, {u"login"_s, u"--no-browser"_s, u"--qr"_s}).exitCode, 0);
    QCOMPARE(run(user, {u"--profile"_s, u"work"_s, u"login"_s, u"--no-browser"_s}).exitCode, 0);
    QCOMPARE(run(user, {u"whoami"_s}).exitCode, 0);
    QCOMPARE(run(user, {u"--json"_s, u"whoami"_s}).exitCode, 0);
    QCOMPARE(run(user, {u"status"_s}).exitCode, 0);
    QCOMPARE(run(user, {u"token"_s}, true).exitCode, 0);
    QCOMPARE(run(user, {u"api"_s, u"/v1/me"_s}).exitCode, 0);
    QCOMPARE(run(user, {u"api"_s, u"-X"_s, u"PUT"_s, u"-d"_s, u"{\"x\":1}"_s, u"/v1/echo?q=1"_s})
                 .exitCode,
             0);
    QVERIFY(ageAccessToken(user));
    QCOMPARE(run(user, {u"token"_s}, true).exitCode, 0); // refresh
    QVERIFY(server.expireAccess()); // the API refuses the token: 401, refresh, retry
    QCOMPARE(run(user, {u"api"_s, u"/v1/me"_s}).exitCode, 0);

    // Failing paths: a refresh the server cannot answer, then one it refuses for good.
    QVERIFY(server.configure({{u"refresh_fail_status"_s, 503}, {u"refresh_fail_count"_s, 1}}));
    QVERIFY(ageAccessToken(user));
    QCOMPARE(run(user, {u"token"_s}, true).exitCode, 1);
    QVERIFY(server.revoke());
    QCOMPARE(run(user, {u"token"_s}, true).exitCode, 4);
    QCOMPARE(run(user, {u"whoami"_s}).exitCode, 4);

    // A denied login (device code polled, then refused), and logout.
    QVERIFY(server.configure({{u"auto_approve_after"_s, QJsonValue::Null}}));
    AstProcess denied(user.environment());
    denied.start({u"--verbose"_s, u"--profile"_s, u"denied"_s, u"login"_s, u"--no-browser"_s});
    QVERIFY(denied.waitForStderr(u"[astro.flow] poll 1"_s));
    QVERIFY(server.deny(userCodeIn(denied.stderrSoFar())));
    const auto deniedOutcome = denied.finish();
    QCOMPARE(deniedOutcome.exitCode, 1);
    m_logged += deniedOutcome.err + deniedOutcome.out;
    QCOMPARE(run(user, {u"--profile"_s, u"work"_s, u"logout"_s}).exitCode, 0);
    QCOMPARE(run(user, {u"logout"_s, u"--all"_s}).exitCode, 0);

    // Not vacuous: --verbose logged requests, the flow, the store and the session.
    for (const char *category :
         {"[astro.http]", "[astro.flow]", "[astro.store]", "[astro.session]"})
        QVERIFY2(m_logged.contains(category), category);
    QVERIFY(m_logged.contains("Authorization: Bearer <redacted"));
    QVERIFY(m_logged.contains("device_code=<redacted"));
    QVERIFY(m_logged.contains("refresh token \"<redacted"));

    const QJsonObject issued = server.stats().value(u"issued"_s).toObject();
    int secrets = 0;
    for (const auto &kind : {u"device_codes"_s, u"access_tokens"_s, u"refresh_tokens"_s}) {
        const QJsonArray values = issued.value(kind).toArray();
        QVERIFY2(!values.isEmpty(), qPrintable(kind));
        for (const QJsonValue &value : values) {
            ++secrets;
            const QString piece = leakedPiece(m_logged, value.toString());
            QVERIFY2(piece.isEmpty(),
                     qPrintable(u"%1 leaked (\"%2\" found) in:\n%3"_s.arg(
                         kind, piece, m_transcript.join(u'\n'))));
        }
    }
    QVERIFY(secrets >= 10);
    QVERIFY(!m_logged.contains("Bearer ey"));
    QVERIFY(!m_logged.contains("eyJ")); // no JWT (or a piece of one) in any form
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
