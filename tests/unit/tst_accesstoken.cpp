#include "AccessToken.h"
#include "TestHelpers.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ast::AccessTokenClaims;
using ast::ErrorKind;
using astro::test::makeJwt;

class tst_AccessToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesClaims();
    void decodesPaddedAndUnpaddedPayloads();
    void expiryIsReceiptPlusLifetime();
    void expiryIgnoresSkewedClock();
    void expiryWithoutIssuedAt();
    void rejects_data();
    void rejects();
};

void tst_AccessToken::decodesClaims()
{
    const QString jwt = makeJwt(QJsonObject {{u"sub"_s, u"user_01H"_s},
                                             {u"sid"_s, u"session_01H"_s},
                                             {u"org_id"_s, u"org_01H"_s},
                                             {u"iat"_s, 1700000000},
                                             {u"exp"_s, 1700000300}});
    const auto claims = AccessTokenClaims::decode(jwt);
    QVERIFY2(claims, qPrintable(claims.error().detail));
    QCOMPARE(claims->subject, u"user_01H"_s);
    QCOMPARE(claims->sessionId, u"session_01H"_s);
    QCOMPARE(claims->organizationId, u"org_01H"_s);
    QCOMPARE(claims->issuedAt, std::optional<qint64>(1700000000));
    QCOMPARE(claims->expiresAt, std::optional<qint64>(1700000300));
}

void tst_AccessToken::decodesPaddedAndUnpaddedPayloads()
{
    // Payload lengths 1, 2 and 0 mod 3 exercise every base64url padding case.
    for (const QString &subject : {u"a"_s, u"ab"_s, u"abc"_s, u"abcd"_s}) {
        const auto claims = AccessTokenClaims::decode(makeJwt(10, 20, subject));
        QVERIFY2(claims, qPrintable(subject));
        QCOMPARE(claims->subject, subject);
    }
}

void tst_AccessToken::expiryIsReceiptPlusLifetime()
{
    const auto claims = AccessTokenClaims::decode(makeJwt(1700000000, 1700003600));
    QVERIFY(claims);
    const QDateTime received(QDate(2030, 5, 1), QTime(8, 0), Qt::UTC);
    QCOMPARE(claims->expiryFrom(received), received.addSecs(3600));
}

void tst_AccessToken::expiryIgnoresSkewedClock()
{
    // Issued in 2001 by the server's clock; our clock says 2030. Still one hour of life.
    const auto claims = AccessTokenClaims::decode(makeJwt(1000000000, 1000000000 + 3600));
    QVERIFY(claims);
    const QDateTime received(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(claims->expiryFrom(received), received.addSecs(3600));
    // And the other way round: a server clock far in our future.
    const auto future = AccessTokenClaims::decode(makeJwt(4000000000, 4000000000 + 300));
    QVERIFY(future);
    QCOMPARE(future->expiryFrom(received), received.addSecs(300));
}

void tst_AccessToken::expiryWithoutIssuedAt()
{
    const auto claims = AccessTokenClaims::decode(
        makeJwt(QJsonObject {{u"sub"_s, u"u"_s}, {u"exp"_s, 1900000000}}));
    QVERIFY(claims);
    QVERIFY(!claims->issuedAt);
    QCOMPARE(claims->expiryFrom(QDateTime::currentDateTimeUtc()),
             QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
}

void tst_AccessToken::rejects_data()
{
    QTest::addColumn<QString>("jwt");
    const QString header = u"eyJhbGciOiJSUzI1NiJ9"_s;
    auto payload = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    QTest::newRow("empty") << QString();
    QTest::newRow("opaque token") << u"sk_live_0123456789"_s;
    QTest::newRow("two parts") << header + u'.' + payload(R"({"exp":1})");
    QTest::newRow("four parts") << header + u'.' + payload(R"({"exp":1})") + u".sig.extra"_s;
    QTest::newRow("empty payload") << header + u"..sig"_s;
    QTest::newRow("bad base64") << header + u".!!!notbase64!!!.sig"_s;
    QTest::newRow("payload not json") << header + u'.' + payload("not json") + u".sig"_s;
    QTest::newRow("payload is array") << header + u'.' + payload("[1,2]") + u".sig"_s;
    QTest::newRow("no exp") << header + u'.' + payload(R"({"iat":1})") + u".sig"_s;
    QTest::newRow("exp is a string")
        << header + u'.' + payload(R"({"exp":"1900000000"})") + u".sig"_s;
    QTest::newRow("negative exp") << header + u'.' + payload(R"({"exp":-5})") + u".sig"_s;
    QTest::newRow("huge exp") << header + u'.' + payload(R"({"exp":1e300})") + u".sig"_s;
    QTest::newRow("issued after expiry")
        << header + u'.' + payload(R"({"iat":2000,"exp":1000})") + u".sig"_s;
}

void tst_AccessToken::rejects()
{
    QFETCH(QString, jwt);
    const auto claims = AccessTokenClaims::decode(jwt);
    QVERIFY(!claims);
    QCOMPARE(claims.error().kind, ErrorKind::BadReply);
    // The token itself never ends up in the message.
    if (!jwt.isEmpty())
        QVERIFY(!claims.error().detail.contains(jwt));
}

QTEST_GUILESS_MAIN(tst_AccessToken)
#include "tst_accesstoken.moc"
