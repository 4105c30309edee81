#include "Error.h"
#include "TestHelpers.h"

#include <QMetaEnum>
#include <QTest>
#include <QVariant>

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
    void metaTypes();
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
    QTest::addColumn<bool>("needsSignIn");
    QTest::newRow("Network") << ErrorKind::Network << false;
    QTest::newRow("Timeout") << ErrorKind::Timeout << false;
    QTest::newRow("ServerUnavailable") << ErrorKind::ServerUnavailable << false;
    QTest::newRow("BadReply") << ErrorKind::BadReply << false;
    QTest::newRow("InvalidGrant") << ErrorKind::InvalidGrant << true;
    QTest::newRow("Unauthorized") << ErrorKind::Unauthorized << true;
    QTest::newRow("NotSignedIn") << ErrorKind::NotSignedIn << true;
    QTest::newRow("KeyringLocked") << ErrorKind::KeyringLocked << false;
    QTest::newRow("CorruptCredentials") << ErrorKind::CorruptCredentials << false;
    QTest::newRow("AccessDenied") << ErrorKind::AccessDenied << false;
}

void tst_Error::classification()
{
    QFETCH(ErrorKind, kind);
    QFETCH(bool, needsSignIn);
    const Error error {kind};
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

void tst_Error::metaTypes()
{
    // Q_ENUM_NS: kinds have names, so logs, QML and QCOMPARE show them.
    QCOMPARE(QMetaEnum::fromType<ErrorKind>().valueToKey(int(ErrorKind::KeyringLocked)),
             "KeyringLocked");
    // Q_DECLARE_METATYPE: an Error travels in signals and QVariant.
    const Error error {ErrorKind::ServerRefused, u"invalid_client"_s, u"detail"_s, 400};
    const Error back = QVariant::fromValue(error).value<Error>();
    QCOMPARE(back.kind, error.kind);
    QCOMPARE(back.code, error.code);
    QCOMPARE(back.detail, error.detail);
    QCOMPARE(back.httpStatus, error.httpStatus);
}

QTEST_GUILESS_MAIN(tst_Error)
#include "tst_error.moc"
