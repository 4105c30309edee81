// Services: what it builds for each ASTRO_CREDENTIAL_STORE choice, and that it builds
// nothing before it is asked (`ast token` with a fresh token must not pay for the network).
#include "ApiClient.h"
#include "HttpClient.h"
#include "KeyringSecretStore.h"
#include "Services.h"
#include "SessionManager.h"
#include "SessionStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace ast;

class tst_Services : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsNothingBeforeAsked();
    void keyringStoreForEveryChoice_data();
    void keyringStoreForEveryChoice();
    void sessionsDoNotBuildTheNetwork();
    void apiBuildsTheNetworkOnce();

private:
    Settings settingsFor(StoreChoice choice) const
    {
        Settings settings;
        settings.astroHome = m_home.filePath(QStringLiteral(".astro"));
        settings.profile = QStringLiteral("default");
        settings.storeChoice = choice;
        return settings;
    }

    QTemporaryDir m_home;
};

void tst_Services::buildsNothingBeforeAsked()
{
    Services services(settingsFor(StoreChoice::Auto));
    QVERIFY(!services.httpIfCreated());
    QVERIFY(!services.keyringIfCreated());
    QVERIFY(!services.storeIfCreated());
    QVERIFY(!services.sessionsIfCreated());
    QVERIFY(!services.apiIfCreated());
    QVERIFY(services.children().isEmpty());
}

void tst_Services::keyringStoreForEveryChoice_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("auto") << int(StoreChoice::Auto);
    QTest::newRow("keyring") << int(StoreChoice::Keyring);
    // The case the tray once got wrong: file mode still needs the keyring, to read and remove
    // what an earlier keyring session left.
    QTest::newRow("file") << int(StoreChoice::File);
}

void tst_Services::keyringStoreForEveryChoice()
{
    QFETCH(int, choice);
    Services services(settingsFor(StoreChoice(choice)));
    SessionStore *store = services.store();
    QVERIFY(store);
    QCOMPARE(services.store(), store); // built once
    QVERIFY(dynamic_cast<KeyringSecretStore *>(services.keyringIfCreated()));
    QCOMPARE(services.keyring(), services.keyringIfCreated());
    QVERIFY(!services.httpIfCreated());
}

void tst_Services::sessionsDoNotBuildTheNetwork()
{
    Services services(settingsFor(StoreChoice::File));
    SessionManager *sessions = services.sessions();
    QVERIFY(sessions);
    QCOMPARE(services.sessions(), sessions);
    QCOMPARE(sessions->store(), services.storeIfCreated());
    QVERIFY(!services.httpIfCreated());
    QVERIFY(services.findChildren<QNetworkAccessManager *>().isEmpty());
}

void tst_Services::apiBuildsTheNetworkOnce()
{
    Services services(settingsFor(StoreChoice::File));
    ApiClient *api = services.api();
    QVERIFY(api);
    QCOMPARE(services.api(), api);
    QVERIFY(services.sessionsIfCreated());
    HttpClient *http = services.httpIfCreated();
    QVERIFY(http);
    QCOMPARE(services.http(), http);
    QCOMPARE(services.lazyHttp()(), http);
}

QTEST_GUILESS_MAIN(tst_Services)
#include "tst_services.moc"
