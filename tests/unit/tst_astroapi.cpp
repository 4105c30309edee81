// GET /v1/me as a typed reply: the shape, absent and null fields, wrong types, and hostile
// text cleaned before any view sees it.
#include "AstroApi.h"
#include "TestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ast::ErrorKind;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject genuine()
{
    return {{u"user"_s,
             QJsonObject {{u"id"_s, u"user_01"_s},
                          {u"email"_s, u"ada@example.com"_s},
                          {u"first_name"_s, u"Ada"_s},
                          {u"last_name"_s, u"Lovelace"_s},
                          {u"profile_picture_url"_s, QJsonValue()}}},
            {u"organization_id"_s, u"org_01"_s},
            {u"account"_s,
             QJsonObject {{u"id"_s, u"acct_01"_s},
                          {u"name"_s, u"Analytical Engines"_s},
                          {u"plan"_s, u"pro"_s}}},
            {u"extra"_s, 42}};
}
} // namespace

class tst_AstroApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheGenuineShape();
    void absentAndNullFieldsAreEmpty();
    void invalidReplies_data();
    void invalidReplies();
    void hostileTextIsCleaned();
};

void tst_AstroApi::parsesTheGenuineShape()
{
    const auto me = ast::AstroApi::parseMe(json(genuine()));
    QVERIFY2(me, qPrintable(me.error().detail));
    QCOMPARE(me->user,
             (ast::UserInfo {u"user_01"_s, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s}));
    QCOMPARE(me->organizationId, u"org_01"_s);
    QCOMPARE(me->account, (ast::AccountInfo {u"acct_01"_s, u"Analytical Engines"_s, u"pro"_s}));
    QCOMPARE(ast::AstroApi::mePath(), u"/v1/me"_s);
}

void tst_AstroApi::absentAndNullFieldsAreEmpty()
{
    const auto me = ast::AstroApi::parseMe(
        json({{u"user"_s, QJsonObject {{u"id"_s, u"user_01"_s}, {u"email"_s, QJsonValue()}}},
              {u"account"_s, QJsonValue()}}));
    QVERIFY(me);
    QCOMPARE(me->user.id, u"user_01"_s);
    QVERIFY(me->user.email.isEmpty());
    QVERIFY(me->organizationId.isEmpty());
    QVERIFY(me->account.isEmpty());
}

void tst_AstroApi::invalidReplies_data()
{
    QTest::addColumn<QByteArray>("body");
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject object = genuine();
        object.insert(key, value);
        return json(object);
    };
    QTest::newRow("not JSON") << QByteArray("<html>502</html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("user is a string") << with(u"user"_s, u"ada"_s);
    QTest::newRow("account is an array") << with(u"account"_s, QJsonArray {});
    QTest::newRow("organization_id is a number") << with(u"organization_id"_s, 7);
    QTest::newRow("email is an object")
        << with(u"user"_s, QJsonObject {{u"email"_s, QJsonObject {}}});
    QTest::newRow("plan is a number") << with(u"account"_s, QJsonObject {{u"plan"_s, 3}});
}

void tst_AstroApi::invalidReplies()
{
    QFETCH(QByteArray, body);
    const auto me = ast::AstroApi::parseMe(body);
    QVERIFY(!me);
    QCOMPARE(me.error().kind, ErrorKind::BadReply);
}

void tst_AstroApi::hostileTextIsCleaned()
{
    const QString hostile = u"\x1b]0;pwned\x07\x1b]52;c;eA==\x07\x1b[2K\r\x1b[8mAda\u202Eexe"_s;
    const auto me = ast::AstroApi::parseMe(
        json({{u"user"_s,
               QJsonObject {{u"id"_s, u"user_01"_s},
                            {u"first_name"_s, hostile},
                            {u"email"_s, QString(5000, u'a')}}},
              {u"account"_s, QJsonObject {{u"name"_s, hostile}, {u"plan"_s, hostile}}}}));
    QVERIFY(me);
    QCOMPARE(me->user.firstName, u"Adaexe"_s);
    QCOMPARE(me->account.name, u"Adaexe"_s);
    QCOMPARE(me->account.plan, u"Adaexe"_s);
    QCOMPARE(me->user.email.size(), 300); // length-capped
}

QTEST_GUILESS_MAIN(tst_AstroApi)
#include "tst_astroapi.moc"
