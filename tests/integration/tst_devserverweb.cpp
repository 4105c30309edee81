// astro-devserver's browser sign-in (authorization code + PKCE on a loopback redirect) and
// organizations, over real HTTP, as docs/protocol.md describes them.
#include "DevServerProcess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;
using astro::test::DevServerProcess;

namespace {

constexpr auto clientId = "client_test"_L1;
constexpr auto deviceGrant = "urn:ietf:params:oauth:grant-type:device_code"_L1;
constexpr auto selectionGrant = "urn:workos:oauth:grant-type:organization-selection"_L1;
constexpr auto firstOrg = "org_01HDEVORG0000000000000"_L1; // Analytical Engines
constexpr auto secondOrg = "org_01HDEVORG0000000000001"_L1; // Difference Engines
constexpr auto redirectUri = "http://127.0.0.1:5555/callback"_L1;
// RFC 7636 appendix B's verifier and its S256 challenge.
constexpr auto verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_L1;
constexpr auto challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_L1;

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QUrl location;

    QString error() const { return json.value(u"error"_s).toString(); }
    QString locationParameter(const QString &name) const
    {
        return QUrlQuery(location).queryItemValue(name, QUrl::FullyDecoded);
    }
};

using Fields = QList<std::pair<QString, QString>>;

// Every character but the unreserved ones percent-encoded, so that '+', '%' and '&' in a
// value arrive as themselves.
QByteArray formBody(const Fields &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : fields)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

QJsonObject jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

// The authorize URL the client opens, with `overrides` replacing (or, with an empty value,
// removing) the standard parameters.
Fields authorizeParameters(const Fields &overrides = {})
{
    Fields fields {{u"client_id"_s, clientId},       {u"redirect_uri"_s, redirectUri},
                   {u"response_type"_s, u"code"_s},  {u"provider"_s, u"authkit"_s},
                   {u"code_challenge"_s, challenge}, {u"code_challenge_method"_s, u"S256"_s},
                   {u"state"_s, u"state-1234"_s}};
    for (const auto &[name, value] : overrides) {
        fields.removeIf([&name](const auto &field) { return field.first == name; });
        if (!value.isNull())
            fields.append({name, value});
    }
    return fields;
}

} // namespace

class tst_DevServerWeb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void autoApprovedSignIn();
    void approvalPageApproves();
    void approvalPageDenies();
    void autoDeny();
    void webDecisionByConfig();
    void approvalPageEscapes();
    void redirectUriMustBeLoopback_data();
    void redirectUriMustBeLoopback();
    void clientChecksShowAPage();
    void badParametersGoBackAsErrors_data();
    void badParametersGoBackAsErrors();
    void redirectEncodesState();
    void verifierChecks();
    void codeWorksOnce();
    void codeLivesTenMinutes();
    void approvalPageExpires();
    void webFlowWhileDeviceFlowDisabled();
    void refreshAfterWebSignIn();
    void multiOrgDeviceFlowNeedsSelection();
    void multiOrgWebFlowNeedsSelection();
    void webFlowWithOrganization();
    void organizationSelectionChecks();
    void pendingTokenExpires();
    void refreshSwitchesOrganization();
    void refreshRefusesForeignOrganization();
    void advanceClockValidates();
    void helpListsWebKnobs();

private:
    HttpResult finish(QNetworkReply *reply);
    HttpResult get(const QUrl &url);
    HttpResult post(const QUrl &url, const QByteArray &body,
                    const QByteArray &contentType = "application/x-www-form-urlencoded");
    HttpResult authorizeWeb(const DevServerProcess &server, const Fields &overrides = {});
    HttpResult exchange(const DevServerProcess &server, const Fields &fields);
    HttpResult exchangeCode(const DevServerProcess &server, const QString &code,
                            const QString &codeVerifier = verifier);
    HttpResult selectOrganization(const DevServerProcess &server, const QString &pendingToken,
                                  const QString &organizationId);
    HttpResult refresh(const DevServerProcess &server, const QString &refreshToken,
                       const QString &organizationId = {});
    bool advanceClock(const DevServerProcess &server, int seconds);
    // A device flow approved through /_dev/approve; returns the reply to the approved poll.
    HttpResult deviceSignIn(DevServerProcess &server);
    // The approval form's handle (the hidden "authorization" field).
    static QString formHandle(const QByteArray &page);

    QNetworkAccessManager m_network;
};

void tst_DevServerWeb::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(QFile::exists(DevServerProcess::program()),
             qPrintable(u"missing %1 (is ASTRO_BIN_DIR set?)"_s.arg(DevServerProcess::program())));
    // The test vector itself, so that a wrong constant cannot make the PKCE tests vacuous.
    QCOMPARE(QCryptographicHash::hash(QByteArray(verifier.data(), verifier.size()),
                                      QCryptographicHash::Sha256)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
             QByteArray(challenge.data(), challenge.size()));
}

HttpResult tst_DevServerWeb::finish(QNetworkReply *reply)
{
    const std::unique_ptr<QNetworkReply> owner(reply);
    HttpResult result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    if (reply->hasRawHeader("Location"))
        result.location = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
    return result;
}

HttpResult tst_DevServerWeb::get(const QUrl &url)
{
    QNetworkRequest request(url);
    // The redirect goes to the application, which is not running here: look at it instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return finish(m_network.get(request));
}

HttpResult tst_DevServerWeb::post(const QUrl &url, const QByteArray &body,
                                  const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return finish(m_network.post(request, body));
}

HttpResult tst_DevServerWeb::authorizeWeb(const DevServerProcess &server, const Fields &overrides)
{
    QUrl url = server.url(u"/user_management/authorize"_s);
    url.setQuery(QString::fromUtf8(formBody(authorizeParameters(overrides))));
    return get(url);
}

HttpResult tst_DevServerWeb::exchange(const DevServerProcess &server, const Fields &fields)
{
    return post(server.url(u"/user_management/authenticate"_s), formBody(fields));
}

HttpResult tst_DevServerWeb::exchangeCode(const DevServerProcess &server, const QString &code,
                                          const QString &codeVerifier)
{
    return exchange(server,
                    {{u"grant_type"_s, u"authorization_code"_s},
                     {u"client_id"_s, clientId},
                     {u"code"_s, code},
                     {u"code_verifier"_s, codeVerifier}});
}

HttpResult tst_DevServerWeb::selectOrganization(const DevServerProcess &server,
                                                const QString &pendingToken,
                                                const QString &organizationId)
{
    return exchange(server,
                    {{u"grant_type"_s, selectionGrant},
                     {u"client_id"_s, clientId},
                     {u"pending_authentication_token"_s, pendingToken},
                     {u"organization_id"_s, organizationId}});
}

HttpResult tst_DevServerWeb::refresh(const DevServerProcess &server, const QString &refreshToken,
                                     const QString &organizationId)
{
    Fields fields {{u"grant_type"_s, u"refresh_token"_s},
                   {u"client_id"_s, clientId},
                   {u"refresh_token"_s, refreshToken}};
    if (!organizationId.isEmpty())
        fields.append({u"organization_id"_s, organizationId});
    return exchange(server, fields);
}

bool tst_DevServerWeb::advanceClock(const DevServerProcess &server, int seconds)
{
    return post(server.url(u"/_dev/advance-clock"_s),
                QJsonDocument(QJsonObject {{u"seconds"_s, seconds}}).toJson(), "application/json")
               .status
        == 200;
}

HttpResult tst_DevServerWeb::deviceSignIn(DevServerProcess &server)
{
    const HttpResult authorization = post(server.url(u"/user_management/authorize/device"_s),
                                          formBody({{u"client_id"_s, clientId}}));
    if (authorization.status != 200
        || !server.approve(authorization.json.value(u"user_code"_s).toString()))
        return {};
    return exchange(server,
                    {{u"grant_type"_s, deviceGrant},
                     {u"client_id"_s, clientId},
                     {u"device_code"_s, authorization.json.value(u"device_code"_s).toString()}});
}

QString tst_DevServerWeb::formHandle(const QByteArray &page)
{
    static const QRegularExpression field(u"name=\"authorization\" value=\"([^\"]+)\""_s);
    return field.match(QString::fromUtf8(page)).captured(1);
}

void tst_DevServerWeb::autoApprovedSignIn()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));

    const HttpResult redirect = authorizeWeb(server);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.location.adjusted(QUrl::RemoveQuery).toString(), redirectUri);
    QCOMPARE(redirect.locationParameter(u"state"_s), u"state-1234"_s);
    QVERIFY(!redirect.location.hasFragment());
    const QString code = redirect.locationParameter(u"code"_s);
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{40,}$"_s).match(code).hasMatch(),
             qPrintable(code));

    const HttpResult tokens = exchangeCode(server, code);
    QCOMPARE(tokens.status, 200);
    // The same reply as the device-code grant: user, tokens, organization, no expires_in.
    QCOMPARE(tokens.json.value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"ada@example.com"_s);
    QVERIFY(!tokens.json.value(u"access_token"_s).toString().isEmpty());
    QVERIFY(!tokens.json.value(u"refresh_token"_s).toString().isEmpty());
    QCOMPARE(tokens.json.value(u"organization_id"_s).toString(), firstOrg);
    QCOMPARE(tokens.json.value(u"authentication_method"_s).toString(), u"Password"_s);
    QVERIFY(!tokens.json.contains(u"expires_in"_s));
    QCOMPARE(
        jwtClaims(tokens.json.value(u"access_token"_s).toString()).value(u"org_id"_s).toString(),
        firstOrg);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"web_authorizations"_s).toInt(), 1);
    QCOMPARE(stats.value(u"web_approvals"_s).toInt(), 1);
    QCOMPARE(stats.value(u"web_denials"_s).toInt(), 0);
    QCOMPARE(stats.value(u"code_exchanges"_s).toInt(), 1);
    QCOMPARE(stats.value(u"code_exchange_successes"_s).toInt(), 1);
    QCOMPARE(stats.value(u"issued"_s).toObject().value(u"authorization_codes"_s).toArray(),
             QJsonArray {code});
}

void tst_DevServerWeb::approvalPageApproves()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const HttpResult page = authorizeWeb(server);
    QCOMPARE(page.status, 200);
    QVERIFY(page.location.isEmpty());
    QVERIFY(page.body.contains("id=\"approve\""));
    QVERIFY(page.body.contains("id=\"deny\""));
    QVERIFY(page.body.contains("<form method=\"post\" action=\"/user_management/authorize\">"));
    // Nothing is issued before the person decides.
    QCOMPARE(server.stats().value(u"web_approvals"_s).toInt(), 0);
    const QString handle = formHandle(page.body);
    QVERIFY(!handle.isEmpty());

    const QUrl action = server.url(u"/user_management/authorize"_s);
    const HttpResult redirect =
        post(action, formBody({{u"authorization"_s, handle}, {u"action"_s, u"approve"_s}}));
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.locationParameter(u"state"_s), u"state-1234"_s);
    QCOMPARE(exchangeCode(server, redirect.locationParameter(u"code"_s)).status, 200);

    // A page decides once: sending it again issues nothing.
    const HttpResult again =
        post(action, formBody({{u"authorization"_s, handle}, {u"action"_s, u"approve"_s}}));
    QCOMPARE(again.status, 400);
    QVERIFY(again.location.isEmpty());
    QCOMPARE(server.stats().value(u"web_approvals"_s).toInt(), 1);
    // Neither action is assumed.
    const HttpResult noAction =
        post(action, formBody({{u"authorization"_s, formHandle(authorizeWeb(server).body)}}));
    QCOMPARE(noAction.status, 400);
}

void tst_DevServerWeb::approvalPageDenies()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const QString handle = formHandle(authorizeWeb(server).body);
    const HttpResult redirect =
        post(server.url(u"/user_management/authorize"_s),
             formBody({{u"authorization"_s, handle}, {u"action"_s, u"deny"_s}}));
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.location.adjusted(QUrl::RemoveQuery).toString(), redirectUri);
    QCOMPARE(redirect.locationParameter(u"error"_s), u"access_denied"_s);
    QVERIFY(!redirect.locationParameter(u"error_description"_s).isEmpty());
    QCOMPARE(redirect.locationParameter(u"state"_s), u"state-1234"_s);
    QVERIFY(redirect.locationParameter(u"code"_s).isEmpty());
    QCOMPARE(server.stats().value(u"web_denials"_s).toInt(), 1);
}

void tst_DevServerWeb::autoDeny()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-deny"_s}), qPrintable(server.errorString()));
    const HttpResult redirect = authorizeWeb(server);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.locationParameter(u"error"_s), u"access_denied"_s);
    QCOMPARE(redirect.locationParameter(u"state"_s), u"state-1234"_s);

    DevServerProcess both;
    QVERIFY(!both.start({u"--web-auto-approve"_s, u"--web-auto-deny"_s}));
}

void tst_DevServerWeb::webDecisionByConfig()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(authorizeWeb(server).status, 200);
    QVERIFY(server.configure({{u"web_decision"_s, u"approve"_s}}));
    QVERIFY(!authorizeWeb(server).locationParameter(u"code"_s).isEmpty());
    QVERIFY(server.configure({{u"web_decision"_s, u"deny"_s}}));
    QCOMPARE(authorizeWeb(server).locationParameter(u"error"_s), u"access_denied"_s);
    QVERIFY(server.configure({{u"web_decision"_s, u"ask"_s}}));
    QCOMPARE(authorizeWeb(server).status, 200);
    QVERIFY(!server.configure({{u"web_decision"_s, u"maybe"_s}}));
    QVERIFY(!server.configure({{u"identity"_s, u"nobody"_s}}));
}

void tst_DevServerWeb::approvalPageEscapes()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString hostile = u"\"><script>alert(1)</script><img src=x onerror=alert(2)>"_s;

    const HttpResult page = authorizeWeb(
        server,
        {{u"client_id"_s, hostile}, {u"login_hint"_s, hostile}, {u"organization_id"_s, hostile}});
    QCOMPARE(page.status, 200);
    QVERIFY2(!page.body.contains("<script"), page.body.constData());
    QVERIFY(!page.body.contains("<img"));
    QVERIFY(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(page.body.contains("&quot;&gt;"));

    // The refusal page echoes the bad redirect_uri, escaped too.
    const HttpResult refusal =
        authorizeWeb(server, {{u"redirect_uri"_s, u"https://evil.example/<script>x</script>"_s}});
    QCOMPARE(refusal.status, 400);
    QVERIFY2(!refusal.body.contains("<script"), refusal.body.constData());
    QVERIFY(refusal.body.contains("&lt;script&gt;"));
}

void tst_DevServerWeb::redirectUriMustBeLoopback_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ipv4 loopback") << u"http://127.0.0.1:5555/callback"_s << true;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:5555/callback"_s << true;
    QTest::newRow("no port") << u"http://127.0.0.1/callback"_s << true;
    QTest::newRow("missing") << QString() << false;
    QTest::newRow("localhost") << u"http://localhost:5555/callback"_s << false;
    QTest::newRow("https") << u"https://127.0.0.1:5555/callback"_s << false;
    QTest::newRow("short ipv4") << u"http://127.1:5555/callback"_s << false;
    QTest::newRow("other loopback") << u"http://127.0.0.2:5555/callback"_s << false;
    QTest::newRow("any address") << u"http://0.0.0.0:5555/callback"_s << false;
    QTest::newRow("remote") << u"http://evil.example/callback"_s << false;
    QTest::newRow("prefix host") << u"http://127.0.0.1.evil.example/callback"_s << false;
    QTest::newRow("user info") << u"http://127.0.0.1:80@evil.example/callback"_s << false;
    QTest::newRow("fragment") << u"http://127.0.0.1:5555/callback#x"_s << false;
    QTest::newRow("custom scheme") << u"astro://127.0.0.1/callback"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)//http://127.0.0.1:5/"_s << false;
}

void tst_DevServerWeb::redirectUriMustBeLoopback()
{
    QFETCH(QString, uri);
    QFETCH(bool, accepted);
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));

    const HttpResult reply = authorizeWeb(server, {{u"redirect_uri"_s, uri}});
    if (accepted) {
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location.adjusted(QUrl::RemoveQuery).toString(), uri);
    } else {
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.location.isEmpty());
        QVERIFY(reply.body.contains("redirect_uri"));
        QCOMPARE(server.stats().value(u"web_authorizations"_s).toInt(), 0);
    }
}

void tst_DevServerWeb::clientChecksShowAPage()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s, u"--client-id"_s, clientId}),
             qPrintable(server.errorString()));
    const HttpResult missing = authorizeWeb(server, {{u"client_id"_s, QString()}});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.location.isEmpty());
    const HttpResult unknown = authorizeWeb(server, {{u"client_id"_s, u"client_other"_s}});
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.location.isEmpty());
    QCOMPARE(authorizeWeb(server).status, 302);
}

void tst_DevServerWeb::badParametersGoBackAsErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("token response")
        << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s;
    QTest::newRow("no response_type")
        << u"response_type"_s << QString() << u"unsupported_response_type"_s;
    QTest::newRow("plain method") << u"code_challenge_method"_s << u"plain"_s
                                  << u"invalid_request"_s;
    QTest::newRow("no method") << u"code_challenge_method"_s << QString() << u"invalid_request"_s;
    QTest::newRow("no challenge") << u"code_challenge"_s << QString() << u"invalid_request"_s;
    QTest::newRow("short challenge") << u"code_challenge"_s << u"abc"_s << u"invalid_request"_s;
    QTest::newRow("no provider") << u"provider"_s << QString() << u"invalid_request"_s;
    QTest::newRow("other provider") << u"provider"_s << u"GoogleOAuth"_s << u"invalid_request"_s;
}

void tst_DevServerWeb::badParametersGoBackAsErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));

    const HttpResult reply = authorizeWeb(server, {{name, value}});
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.location.adjusted(QUrl::RemoveQuery).toString(), redirectUri);
    QCOMPARE(reply.locationParameter(u"error"_s), error);
    QCOMPARE(reply.locationParameter(u"state"_s), u"state-1234"_s);
    QVERIFY(reply.locationParameter(u"code"_s).isEmpty());
    QVERIFY(server.stats()
                .value(u"issued"_s)
                .toObject()
                .value(u"authorization_codes"_s)
                .toArray()
                .isEmpty());
}

void tst_DevServerWeb::redirectEncodesState()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));
    // Characters that would split or end the query if sent as they are; the redirect_uri's own
    // query stays.
    const QString state = u"a+b c&code=forged#x%41é"_s;
    const HttpResult reply = authorizeWeb(
        server, {{u"state"_s, state}, {u"redirect_uri"_s, u"http://127.0.0.1:5555/cb?keep=1"_s}});
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.locationParameter(u"state"_s), state);
    QCOMPARE(reply.locationParameter(u"keep"_s), u"1"_s);
    QCOMPARE(QUrlQuery(reply.location).allQueryItemValues(u"code"_s).size(), 1);
    QVERIFY(!reply.location.hasFragment());
}

void tst_DevServerWeb::verifierChecks()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));
    const auto newCode = [&] { return authorizeWeb(server).locationParameter(u"code"_s); };

    // Missing verifier: the request is incomplete, and the code survives it.
    const QString code = newCode();
    const HttpResult missing = exchange(server,
                                        {{u"grant_type"_s, u"authorization_code"_s},
                                         {u"client_id"_s, clientId},
                                         {u"code"_s, code}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.error(), u"invalid_request"_s);
    QCOMPARE(exchangeCode(server, code).status, 200);

    // Wrong verifier: invalid_grant, and the code is used up.
    const QString second = newCode();
    const HttpResult wrong = exchangeCode(server, second, QString(verifier).replace(0, 1, u'e'));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.error(), u"invalid_grant"_s);
    QCOMPARE(exchangeCode(server, second).error(), u"invalid_grant"_s);

    // The challenge itself is no verifier.
    QCOMPARE(exchangeCode(server, newCode(), challenge).error(), u"invalid_grant"_s);
    // Another client cannot redeem the code.
    QCOMPARE(exchange(server,
                      {{u"grant_type"_s, u"authorization_code"_s},
                       {u"client_id"_s, u"client_other"_s},
                       {u"code"_s, newCode()},
                       {u"code_verifier"_s, verifier}})
                 .error(),
             u"invalid_grant"_s);
    // Missing code or client, unknown code.
    QCOMPARE(exchange(server,
                      {{u"grant_type"_s, u"authorization_code"_s},
                       {u"client_id"_s, clientId},
                       {u"code_verifier"_s, verifier}})
                 .error(),
             u"invalid_request"_s);
    QCOMPARE(exchange(server,
                      {{u"grant_type"_s, u"authorization_code"_s},
                       {u"code"_s, newCode()},
                       {u"code_verifier"_s, verifier}})
                 .error(),
             u"invalid_request"_s);
    QCOMPARE(exchangeCode(server, u"not-a-code"_s).error(), u"invalid_grant"_s);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"code_exchanges"_s).toInt(), 9);
    QCOMPARE(stats.value(u"code_exchange_successes"_s).toInt(), 1);
}

void tst_DevServerWeb::codeWorksOnce()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));
    const QString code = authorizeWeb(server).locationParameter(u"code"_s);
    QCOMPARE(exchangeCode(server, code).status, 200);
    const HttpResult reused = exchangeCode(server, code);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.error(), u"invalid_grant"_s);
}

void tst_DevServerWeb::codeLivesTenMinutes()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));
    const QString early = authorizeWeb(server).locationParameter(u"code"_s);
    QVERIFY(advanceClock(server, 599));
    QCOMPARE(exchangeCode(server, early).status, 200);

    const QString late = authorizeWeb(server).locationParameter(u"code"_s);
    QVERIFY(advanceClock(server, 600));
    const HttpResult expired = exchangeCode(server, late);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.error(), u"invalid_grant"_s);
}

void tst_DevServerWeb::approvalPageExpires()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString handle = formHandle(authorizeWeb(server).body);
    QVERIFY(advanceClock(server, 600));
    const HttpResult stale =
        post(server.url(u"/user_management/authorize"_s),
             formBody({{u"authorization"_s, handle}, {u"action"_s, u"approve"_s}}));
    QCOMPARE(stale.status, 400);
    QVERIFY(stale.location.isEmpty());
}

void tst_DevServerWeb::webFlowWhileDeviceFlowDisabled()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--device-flow-disabled"_s, u"--web-auto-approve"_s}),
             qPrintable(server.errorString()));
    const HttpResult device = post(server.url(u"/user_management/authorize/device"_s),
                                   formBody({{u"client_id"_s, clientId}}));
    QCOMPARE(device.status, 403);
    QCOMPARE(device.error(), u"access_denied"_s);
    const HttpResult tokens =
        exchangeCode(server, authorizeWeb(server).locationParameter(u"code"_s));
    QCOMPARE(tokens.status, 200);
    QVERIFY(!tokens.json.value(u"access_token"_s).toString().isEmpty());
}

void tst_DevServerWeb::refreshAfterWebSignIn()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--web-auto-approve"_s}), qPrintable(server.errorString()));
    const HttpResult tokens =
        exchangeCode(server, authorizeWeb(server).locationParameter(u"code"_s));
    const HttpResult refreshed = refresh(server, tokens.json.value(u"refresh_token"_s).toString());
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json.value(u"organization_id"_s).toString(), firstOrg);
    QVERIFY(refreshed.json.value(u"access_token"_s) != tokens.json.value(u"access_token"_s));
}

void tst_DevServerWeb::multiOrgDeviceFlowNeedsSelection()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--identity"_s, u"multi-org"_s}), qPrintable(server.errorString()));

    const HttpResult choice = deviceSignIn(server);
    QCOMPARE(choice.status, 403);
    QCOMPARE(choice.json.value(u"code"_s).toString(), u"organization_selection_required"_s);
    QVERIFY(!choice.json.value(u"message"_s).toString().isEmpty());
    QCOMPARE(choice.json.value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"charles@example.com"_s);
    const QJsonArray organizations = choice.json.value(u"organizations"_s).toArray();
    QCOMPARE(organizations.size(), 2);
    QCOMPARE(organizations[0].toObject().value(u"id"_s).toString(), firstOrg);
    QCOMPARE(organizations[0].toObject().value(u"name"_s).toString(), u"Analytical Engines"_s);
    QCOMPARE(organizations[1].toObject().value(u"id"_s).toString(), secondOrg);
    QCOMPARE(organizations[1].toObject().value(u"name"_s).toString(), u"Difference Engines"_s);
    const QString pending = choice.json.value(u"pending_authentication_token"_s).toString();
    QVERIFY(pending.size() >= 30);

    const HttpResult tokens = selectOrganization(server, pending, secondOrg);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json.value(u"organization_id"_s).toString(), secondOrg);
    QCOMPARE(
        jwtClaims(tokens.json.value(u"access_token"_s).toString()).value(u"org_id"_s).toString(),
        secondOrg);
    // The pending token works once.
    QCOMPARE(selectOrganization(server, pending, secondOrg).error(), u"invalid_grant"_s);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"organization_selections_required"_s).toInt(), 1);
    QCOMPARE(stats.value(u"organization_selections"_s).toInt(), 2);
    QCOMPARE(stats.value(u"organization_selection_successes"_s).toInt(), 1);
    QCOMPARE(
        stats.value(u"issued"_s).toObject().value(u"pending_authentication_tokens"_s).toArray(),
        QJsonArray {pending});
}

void tst_DevServerWeb::multiOrgWebFlowNeedsSelection()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--identity"_s, u"multi-org"_s, u"--web-auto-approve"_s}),
             qPrintable(server.errorString()));
    const HttpResult choice =
        exchangeCode(server, authorizeWeb(server).locationParameter(u"code"_s));
    QCOMPARE(choice.status, 403);
    QCOMPARE(choice.json.value(u"code"_s).toString(), u"organization_selection_required"_s);
    QCOMPARE(choice.json.value(u"organizations"_s).toArray().size(), 2);
    const HttpResult tokens = selectOrganization(
        server, choice.json.value(u"pending_authentication_token"_s).toString(), firstOrg);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json.value(u"organization_id"_s).toString(), firstOrg);
    QCOMPARE(server.stats().value(u"code_exchange_successes"_s).toInt(), 0);
}

void tst_DevServerWeb::webFlowWithOrganization()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--identity"_s, u"multi-org"_s, u"--web-auto-approve"_s}),
             qPrintable(server.errorString()));
    const HttpResult tokens = exchangeCode(
        server,
        authorizeWeb(server, {{u"organization_id"_s, secondOrg}}).locationParameter(u"code"_s));
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json.value(u"organization_id"_s).toString(), secondOrg);
    QCOMPARE(
        jwtClaims(tokens.json.value(u"access_token"_s).toString()).value(u"org_id"_s).toString(),
        secondOrg);

    // Ada is not in the second organization: no tokens for it.
    QVERIFY(server.configure({{u"identity"_s, u"ada"_s}}));
    const HttpResult foreign = exchangeCode(
        server,
        authorizeWeb(server, {{u"organization_id"_s, secondOrg}}).locationParameter(u"code"_s));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(foreign.error(), u"invalid_grant"_s);
}

void tst_DevServerWeb::organizationSelectionChecks()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--identity"_s, u"multi-org"_s}), qPrintable(server.errorString()));
    const QString pending =
        deviceSignIn(server).json.value(u"pending_authentication_token"_s).toString();
    QVERIFY(!pending.isEmpty());

    const HttpResult notMember =
        selectOrganization(server, pending, u"org_01HDEVOTHER000000000000"_s);
    QCOMPARE(notMember.status, 400);
    QCOMPARE(notMember.error(), u"invalid_grant"_s);
    QCOMPARE(selectOrganization(server, pending, QString()).error(), u"invalid_request"_s);
    QCOMPARE(selectOrganization(server, QString(), firstOrg).error(), u"invalid_request"_s);
    QCOMPARE(selectOrganization(server, u"forged"_s, firstOrg).error(), u"invalid_grant"_s);
    QCOMPARE(exchange(server,
                      {{u"grant_type"_s, selectionGrant},
                       {u"pending_authentication_token"_s, pending},
                       {u"organization_id"_s, firstOrg}})
                 .error(),
             u"invalid_request"_s);
    // After all that, the right choice still works.
    QCOMPARE(selectOrganization(server, pending, firstOrg).status, 200);
}

void tst_DevServerWeb::pendingTokenExpires()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--identity"_s, u"multi-org"_s}), qPrintable(server.errorString()));
    const QString pending =
        deviceSignIn(server).json.value(u"pending_authentication_token"_s).toString();
    QVERIFY(advanceClock(server, 600));
    const HttpResult expired = selectOrganization(server, pending, firstOrg);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.error(), u"invalid_grant"_s);
}

void tst_DevServerWeb::refreshSwitchesOrganization()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--identity"_s, u"multi-org"_s}), qPrintable(server.errorString()));
    const HttpResult signedIn = selectOrganization(
        server, deviceSignIn(server).json.value(u"pending_authentication_token"_s).toString(),
        firstOrg);
    QCOMPARE(signedIn.json.value(u"organization_id"_s).toString(), firstOrg);

    const HttpResult switched =
        refresh(server, signedIn.json.value(u"refresh_token"_s).toString(), secondOrg);
    QCOMPARE(switched.status, 200);
    QCOMPARE(switched.json.value(u"organization_id"_s).toString(), secondOrg);
    const QJsonObject claims = jwtClaims(switched.json.value(u"access_token"_s).toString());
    QCOMPARE(claims.value(u"org_id"_s).toString(), secondOrg);
    // Same session, and it stays in the new organization.
    QCOMPARE(claims.value(u"sid"_s),
             jwtClaims(signedIn.json.value(u"access_token"_s).toString()).value(u"sid"_s));
    const HttpResult next = refresh(server, switched.json.value(u"refresh_token"_s).toString());
    QCOMPARE(next.json.value(u"organization_id"_s).toString(), secondOrg);
    QCOMPARE(server.stats().value(u"organization_switches"_s).toInt(), 1);
}

void tst_DevServerWeb::refreshRefusesForeignOrganization()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpResult signedIn = deviceSignIn(server); // Ada: only the first organization
    QCOMPARE(signedIn.status, 200);
    const QString refreshToken = signedIn.json.value(u"refresh_token"_s).toString();

    const HttpResult refused = refresh(server, refreshToken, secondOrg);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.error(), u"invalid_grant"_s);
    // The refused switch did not use the refresh token up.
    const HttpResult kept = refresh(server, refreshToken);
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.json.value(u"organization_id"_s).toString(), firstOrg);
    QCOMPARE(server.stats().value(u"organization_switches"_s).toInt(), 0);
}

void tst_DevServerWeb::advanceClockValidates()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(post(server.url(u"/_dev/advance-clock"_s), "{}", "application/json").status, 400);
    QCOMPARE(
        post(server.url(u"/_dev/advance-clock"_s), R"({"seconds":-5})", "application/json").status,
        400);
    QVERIFY(advanceClock(server, 1));
}

void tst_DevServerWeb::helpListsWebKnobs()
{
    QProcess help;
    help.start(DevServerProcess::program(), {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    const QByteArray text = help.readAllStandardOutput();
    for (const char *needle : {"--web-auto-approve", "--web-auto-deny", "multi-org",
                               "/user_management/authorize", "/_dev/advance-clock"})
        QVERIFY2(text.contains(needle), needle);
}

QTEST_GUILESS_MAIN(tst_DevServerWeb)
#include "tst_devserverweb.moc"
