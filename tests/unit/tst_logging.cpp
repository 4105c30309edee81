#include "Logging.h"
#include "TestHelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Logging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactedHidesSecret();
    void redactedFormHidesSecretFields();
    void categoriesQuietByDefault();
};

void tst_Logging::redactedHidesSecret()
{
    const QString secret = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln"_s;
    const QString tag = ast::redacted(secret);
    QVERIFY(!tag.contains(secret));
    QVERIFY(!tag.contains(u"eyJ"_s));
    QVERIFY(tag.startsWith(u"<redacted"_s));
    QCOMPARE(ast::redacted(secret), tag); // stable: two log lines can be matched
    QVERIFY(ast::redacted(secret + u'x') != tag);
    QCOMPARE(ast::redacted(QString()), u"<empty>"_s);
}

void tst_Logging::redactedFormHidesSecretFields()
{
    const QByteArray body = "grant_type=refresh_token&refresh_token=rt_SECRET&client_id=client_1"
                            "&device_code=dc_SECRET&code=c_SECRET&access_token=at_SECRET";
    const QString shown = ast::redactedForm(body);
    QVERIFY(!shown.contains(u"SECRET"_s));
    QVERIFY(shown.contains(u"grant_type=refresh_token"_s));
    QVERIFY(shown.contains(u"client_id=client_1"_s));
    QVERIFY(shown.contains(u"refresh_token=<redacted"_s));
    QVERIFY(shown.contains(u"device_code=<redacted"_s));
}

void tst_Logging::categoriesQuietByDefault()
{
    QVERIFY(!ast::lcHttp().isDebugEnabled());
    QVERIFY(!ast::lcSession().isDebugEnabled());
    ast::enableVerboseLogging();
    QVERIFY(ast::lcHttp().isDebugEnabled());
    QVERIFY(ast::lcFlow().isDebugEnabled());
    QVERIFY(ast::lcStore().isDebugEnabled());
    QVERIFY(ast::lcSession().isDebugEnabled());
}

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
