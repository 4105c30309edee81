// `ast` and astro-tray see the same profiles the same way under every ASTRO_CREDENTIAL_STORE
// value, in a private gnome-keyring: `ast status --json` and `ast token` (real binary) against
// the tray's AccountModel and the session the tray would copy, both over Services. The case
// that once failed: tokens saved in the keyring, read with ASTRO_CREDENTIAL_STORE=file.
#include "AccountModel.h"
#include "AstProcess.h"
#include "KeyringTestHelpers.h"
#include "Services.h"
#include "SessionManager.h"
#include "SessionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ast;
using namespace astro::test;
using ast::tray::AccountModel;

namespace {

const QString InKeyring = QStringLiteral("inkeyring");
const QString InFile = QStringLiteral("infile");

Settings settingsFor(const QString &astroHome, StoreChoice choice)
{
    Settings settings;
    settings.astroHome = astroHome;
    settings.profile = QStringLiteral("default");
    settings.storeChoice = choice;
    return settings;
}

// A signed-in session far from expiry: nothing needs the network to hand it out.
std::optional<Result<StorageKind>> seed(Services &services, const QString &profile,
                                        const TokenPair &tokens)
{
    ProfileRecord record = signedInRecord(profile);
    record.accessExpiresAt = record.accessReceivedAt.addSecs(3600);
    auto result = std::make_shared<std::optional<Result<StorageKind>>>();
    services.store()->saveSession(record, tokens,
                                  [result](Result<StorageKind> kind) { *result = kind; });
    static_cast<void>(QTest::qWaitFor([&] { return result->has_value(); }, WaitMs));
    return *result;
}

// What the tray's "Copy access token" would get.
std::optional<Result<ValidSession>> trayToken(Services &services, const QString &profile)
{
    auto result = std::make_shared<std::optional<Result<ValidSession>>>();
    services.sessions()->validSession(
        profile, false, [result](Result<ValidSession> session) { *result = session; });
    static_cast<void>(QTest::qWaitFor([&] { return result->has_value(); }, WaitMs));
    return *result;
}

QJsonObject statusOf(const QJsonDocument &status, const QString &profile)
{
    const QJsonArray profiles = status.object().value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &entry : profiles)
        if (entry.toObject().value(QStringLiteral("profile")).toString() == profile)
            return entry.toObject();
    return {};
}

} // namespace

class tst_ServicesAgree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void astAndTrayAgree_data();
    void astAndTrayAgree();
};

void tst_ServicesAgree::astAndTrayAgree_data()
{
    QTest::addColumn<QString>("choiceName");
    QTest::addColumn<int>("choice");
    QTest::newRow("auto") << QStringLiteral("auto") << int(StoreChoice::Auto);
    QTest::newRow("keyring") << QStringLiteral("keyring") << int(StoreChoice::Keyring);
    QTest::newRow("file") << QStringLiteral("file") << int(StoreChoice::File);
}

void tst_ServicesAgree::astAndTrayAgree()
{
    QFETCH(QString, choiceName);
    QFETCH(int, choice);

    TestUser user;
    user.environment().insert(QStringLiteral("ASTRO_CREDENTIAL_STORE"), choiceName);
    // The private keyring of the launcher (TestUser hides the session bus by default).
    user.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                              qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));

    const TokenPair keyringTokens {fakeToken(900), fakeToken(40)};
    const TokenPair fileTokens {fakeToken(900), fakeToken(40)};
    {
        Services keyringLogin(settingsFor(user.astroHome(), StoreChoice::Keyring));
        const auto saved = seed(keyringLogin, InKeyring, keyringTokens);
        QVERIFY(saved && *saved);
        QCOMPARE(**saved, StorageKind::Keyring);
        Services fileLogin(settingsFor(user.astroHome(), StoreChoice::File));
        const auto savedInFile = seed(fileLogin, InFile, fileTokens);
        QVERIFY(savedInFile && *savedInFile);
        QCOMPARE(**savedInFile, StorageKind::File);
    }

    const AstProcess::Outcome status =
        AstProcess::run(user, {QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.finished, status.err.constData());
    const QJsonDocument statusJson = QJsonDocument::fromJson(status.out);
    QVERIFY2(statusJson.isObject(), status.out.constData());

    Services tray(settingsFor(user.astroHome(), StoreChoice(choice)));
    for (const auto &[profile, tokens] :
         {std::pair {InKeyring, keyringTokens}, std::pair {InFile, fileTokens}}) {
        const QJsonObject astView = statusOf(statusJson, profile);
        QCOMPARE(astView.value(QStringLiteral("state")).toString(), QStringLiteral("signed_in"));

        AccountModel model(tray.store(), profile);
        model.reload();
        QCOMPARE(model.state(), ast::ProfileStatus::State::SignedIn);
        QCOMPARE(model.storage(), astView.value(QStringLiteral("storage")).toString());

        const auto copied = trayToken(tray, profile);
        QVERIFY2(copied, qPrintable(profile));
        QVERIFY2(*copied, qPrintable(profile + u": " + (*copied).error().detail));
        QCOMPARE((*copied)->tokens.accessToken, tokens.accessToken);

        const AstProcess::Outcome token =
            AstProcess::run(user, {QStringLiteral("--profile"), profile, QStringLiteral("token")});
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(token.out.trimmed(), tokens.accessToken.toUtf8());
    }
    QVERIFY2(!tray.httpIfCreated(), "fresh tokens need no network");
}

QTEST_GUILESS_MAIN(tst_ServicesAgree)
#include "tst_servicesagree.moc"
