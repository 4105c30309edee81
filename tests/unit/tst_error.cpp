#include "Error.h"
#include "TestHelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ast::Error;
using ast::ErrorKind;

class tst_Error : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasAMessage();
    void classification_data();
    void classification();
    void serverRefusedWording();
    void messagesCarryDetail();
};

void tst_Error::everyKindHasAMessage()
{
    QVERIFY(ast::userMessage(Error {}).isEmpty());
    for (int kind = int(ErrorKind::Cancelled); kind <= int(ErrorKind::SignInTimedOut); ++kind) {
        if (ErrorKind(kind) == ErrorKind::InvalidInput || ErrorKind(kind) == ErrorKind::UrlRefused)
            continue; // these are their detail
        const QString message = ast::userMessage(Error {ErrorKind(kind), {}, {}, 0});
        QVERIFY2(!message.isEmpty(), ast::errorKindName(ErrorKind(kind)));
    }
    QCOMPARE(ast::userMessage(Error {ErrorKind::InvalidInput, {}, u"bad flag"_s}), u"bad flag"_s);
}

void tst_Error::classification_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("needsSignIn");
    QTest::newRow("Network") << ErrorKind::Network << true << false;
    QTest::newRow("Timeout") << ErrorKind::Timeout << true << false;
    QTest::newRow("ServerUnavailable") << ErrorKind::ServerUnavailable << true << false;
    QTest::newRow("BadReply") << ErrorKind::BadReply << false << false;
    QTest::newRow("InvalidGrant") << ErrorKind::InvalidGrant << false << true;
    QTest::newRow("Unauthorized") << ErrorKind::Unauthorized << false << true;
    QTest::newRow("NotSignedIn") << ErrorKind::NotSignedIn << false << true;
    QTest::newRow("KeyringLocked") << ErrorKind::KeyringLocked << false << false;
    QTest::newRow("CorruptCredentials") << ErrorKind::CorruptCredentials << false << false;
    QTest::newRow("AccessDenied") << ErrorKind::AccessDenied << false << false;
}

void tst_Error::classification()
{
    QFETCH(ErrorKind, kind);
    QFETCH(bool, transient);
    QFETCH(bool, needsSignIn);
    const Error error {kind};
    QCOMPARE(error.isTransient(), transient);
    QCOMPARE(error.needsSignIn(), needsSignIn);
}

void tst_Error::serverRefusedWording()
{
    const QString organization = ast::userMessage(
        Error {ErrorKind::ServerRefused, u"organization_selection_required"_s, u"x"_s, 403});
    QVERIFY(organization.contains(u"organization"_s));
    const QString client =
        ast::userMessage(Error {ErrorKind::ServerRefused, u"invalid_client"_s, {}, 400});
    QVERIFY(client.contains(u"ASTRO_CLIENT_ID"_s));
    const QString other = ast::userMessage(
        Error {ErrorKind::ServerRefused, u"weird_code"_s, u"Something odd"_s, 400});
    QVERIFY(other.contains(u"Something odd"_s));
    QVERIFY(other.contains(u"weird_code"_s));
}

void tst_Error::messagesCarryDetail()
{
    const QString unavailable = ast::userMessage(Error {ErrorKind::ServerUnavailable, {}, {}, 503});
    QVERIFY(unavailable.contains(u"503"_s));
    const QString corrupt = ast::userMessage(
        Error {ErrorKind::CorruptCredentials, {}, u"/home/u/.astro/credentials.json: not JSON"_s});
    QVERIFY(corrupt.contains(u"/home/u/.astro/credentials.json"_s));
    QVERIFY(ast::userMessage(Error {ErrorKind::InvalidGrant}).contains(u"ast login"_s));
}

QTEST_GUILESS_MAIN(tst_Error)
#include "tst_error.moc"
