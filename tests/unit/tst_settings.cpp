#include "BuildConfig.h"
#include "Settings.h"
#include "TestHelpers.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ast::ErrorKind;
using ast::Settings;
using ast::StoreChoice;

namespace {
QProcessEnvironment environment(const QList<std::pair<QString, QString>> &values)
{
    QProcessEnvironment env;
    for (const auto &[key, value] : values)
        env.insert(key, value);
    return env;
}
} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void fromVariables();
    void emptyProfileMeansDefault();
    void storeChoice_data();
    void storeChoice();
    void invalidStoreChoice();
    void serverPrecedence();
    void profileNames_data();
    void profileNames();
};

void tst_Settings::defaults()
{
    const auto settings = Settings::fromEnvironment(QProcessEnvironment());
    QVERIFY(settings);
    QCOMPARE(settings->astroHome, QDir::home().filePath(u".astro"_s));
    QCOMPARE(settings->profile, u"default"_s);
    QVERIFY(!settings->profileFromEnvironment); // the tray's remembered profile may win
    QVERIFY(settings->serverOverride.isEmpty());
    QCOMPARE(settings->authUrl, QUrl(QStringLiteral(ASTRO_DEFAULT_AUTH_URL)));
    QCOMPARE(settings->clientId, QStringLiteral(ASTRO_WORKOS_CLIENT_ID).trimmed());
    QVERIFY(settings->environmentToken.isEmpty());
    QCOMPARE(settings->storeChoice, StoreChoice::Auto);
}

void tst_Settings::fromVariables()
{
    const auto settings = Settings::fromEnvironment(environment({
        {u"ASTRO_HOME"_s, u"/tmp/astro-home"_s},
        {u"ASTRO_PROFILE"_s, u"work"_s},
        {u"ASTRO_SERVER"_s, u"http://127.0.0.1:9000"_s},
        {u"ASTRO_AUTH_URL"_s, u"http://127.0.0.1:9001"_s},
        {u"ASTRO_CLIENT_ID"_s, u"  client_01ENV \n"_s},
        {u"ASTRO_TOKEN"_s, u" token_env\n"_s},
        {u"ASTRO_CREDENTIAL_STORE"_s, u"file"_s},
    }));
    QVERIFY(settings);
    QCOMPARE(settings->astroHome, u"/tmp/astro-home"_s);
    QCOMPARE(settings->profile, u"work"_s);
    QVERIFY(settings->profileFromEnvironment);
    QCOMPARE(settings->serverOverride, u"http://127.0.0.1:9000"_s);
    QCOMPARE(settings->authUrl, QUrl(u"http://127.0.0.1:9001"_s));
    QCOMPARE(settings->clientId, u"client_01ENV"_s);
    QCOMPARE(settings->environmentToken, u"token_env"_s);
    QCOMPARE(settings->storeChoice, StoreChoice::File);
}

void tst_Settings::emptyProfileMeansDefault()
{
    const auto settings = Settings::fromEnvironment(environment({{u"ASTRO_PROFILE"_s, QString()}}));
    QVERIFY(settings);
    QCOMPARE(settings->profile, u"default"_s);
    QVERIFY(!settings->profileFromEnvironment); // the tray's remembered profile may win
}

void tst_Settings::storeChoice_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<StoreChoice>("choice");
    QTest::newRow("empty") << QString() << StoreChoice::Auto;
    QTest::newRow("auto") << u"auto"_s << StoreChoice::Auto;
    QTest::newRow("keyring") << u"keyring"_s << StoreChoice::Keyring;
    QTest::newRow("file") << u"file"_s << StoreChoice::File;
    QTest::newRow("FILE") << u"FILE"_s << StoreChoice::File;
}

void tst_Settings::storeChoice()
{
    QFETCH(QString, value);
    QFETCH(StoreChoice, choice);
    const auto settings =
        Settings::fromEnvironment(environment({{u"ASTRO_CREDENTIAL_STORE"_s, value}}));
    QVERIFY(settings);
    QCOMPARE(settings->storeChoice, choice);
}

void tst_Settings::invalidStoreChoice()
{
    const auto settings =
        Settings::fromEnvironment(environment({{u"ASTRO_CREDENTIAL_STORE"_s, u"cloud"_s}}));
    QVERIFY(!settings);
    QCOMPARE(settings.error().kind, ErrorKind::InvalidInput);
    QVERIFY(settings.error().detail.contains(u"cloud"_s));
    QVERIFY(settings.error().detail.contains(u"ASTRO_CREDENTIAL_STORE"_s));
}

void tst_Settings::serverPrecedence()
{
    ast::ProfileRecord record;
    record.server = QUrl(u"https://saved.example"_s);
    Settings settings;
    QCOMPARE(settings.serverFor(nullptr), Settings::defaultServer());
    QCOMPARE(Settings::defaultServer(), QUrl(QStringLiteral(ASTRO_DEFAULT_SERVER)));
    QCOMPARE(settings.serverFor(&record), QUrl(u"https://saved.example"_s));
    settings.serverOverride = u"https://override.example"_s;
    QCOMPARE(settings.serverFor(&record), QUrl(u"https://override.example"_s));
}

void tst_Settings::profileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << u"default"_s << true;
    QTest::newRow("dots and dashes") << u"work-2.eu_west"_s << true;
    QTest::newRow("64 chars") << QString(64, u'a') << true;
    QTest::newRow("65 chars") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading dot") << u".hidden"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("space") << u"my profile"_s << false;
    QTest::newRow("non-ascii") << u"prøfile"_s << false;
}

void tst_Settings::profileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Settings::isValidProfileName(name), valid);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
