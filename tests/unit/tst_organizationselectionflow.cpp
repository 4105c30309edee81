#include "FakeClock.h"
#include "FakeHttpServer.h"
#include "HttpClient.h"
#include "OrganizationSelectionFlow.h"
#include "TestHelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ast::ErrorKind;
using ast::OrganizationSelectionFlow;
using astro::test::CannedResponse;
using astro::test::FakeClock;
using astro::test::FakeHttpServer;

namespace {
const QString AuthenticatePath = u"/user_management/authenticate"_s;
}

class tst_OrganizationSelectionFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ast::Authentication>();
        qRegisterMetaType<ast::Error>();
    }
    void sendsTheGrant();
    void refusedIsNotAnEndedSession();
};

void tst_OrganizationSelectionFlow::sendsTheGrant()
{
    FakeClock clock;
    FakeHttpServer server(&clock);
    QVERIFY(server.listen());
    ast::HttpClient http;
    OrganizationSelectionFlow flow(&http, server.baseUrl(), u"client_1"_s, &clock);
    QSignalSpy succeeded(&flow, &OrganizationSelectionFlow::succeeded);
    server.enqueue(
        AuthenticatePath,
        CannedResponse::json(
            200, astro::test::authenticationJson(astro::test::makeJwt(1, 3601), u"r1"_s)));
    flow.start(u"pending_1"_s, u"org_B"_s);
    QTRY_COMPARE(succeeded.count(), 1);
    const auto request = server.requests().at(0);
    QCOMPARE(request.formItems(),
             (QList<std::pair<QString, QString>> {
                 {u"grant_type"_s, u"urn:workos:oauth:grant-type:organization-selection"_s},
                 {u"pending_authentication_token"_s, u"pending_1"_s},
                 {u"organization_id"_s, u"org_B"_s},
                 {u"client_id"_s, u"client_1"_s}}));
}

void tst_OrganizationSelectionFlow::refusedIsNotAnEndedSession()
{
    FakeClock clock;
    FakeHttpServer server(&clock);
    QVERIFY(server.listen());
    ast::HttpClient http;
    OrganizationSelectionFlow flow(&http, server.baseUrl(), u"client_1"_s, &clock);
    QSignalSpy failed(&flow, &OrganizationSelectionFlow::failed);
    server.enqueue(AuthenticatePath, CannedResponse::oauthError(u"invalid_grant"_s));
    flow.start(u"pending_1"_s, u"org_X"_s);
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<ast::Error>();
    QCOMPARE(error.kind, ErrorKind::ServerRefused);
    QCOMPARE(error.code, u"invalid_grant"_s);
}

QTEST_GUILESS_MAIN(tst_OrganizationSelectionFlow)
#include "tst_organizationselectionflow.moc"
