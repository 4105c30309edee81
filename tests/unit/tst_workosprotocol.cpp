#include "HttpClient.h"
#include "TestHelpers.h"
#include "WorkOsProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using ast::ErrorKind;
using ast::HttpResult;
using namespace ast::WorkOs;
using astro::test::authenticationJson;
using astro::test::makeJwt;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject deviceReply()
{
    return {
        {u"device_code"_s, u"dev_SECRET"_s},
        {u"user_code"_s, u"ABCD-EFGH"_s},
        {u"verification_uri"_s, u"https://auth.example.com/device"_s},
        {u"verification_uri_complete"_s, u"https://auth.example.com/device?user_code=ABCD-EFGH"_s},
        {u"expires_in"_s, 300},
        {u"interval"_s, 7}};
}

QJsonObject withValue(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

HttpResult reply(int status, const QByteArray &body,
                 const QByteArray &contentType = "application/json")
{
    HttpResult result;
    result.status = status;
    result.body = body;
    result.contentType = contentType;
    return result;
}

// Decodes a form body the way a server does ('+' is a space, %XX escapes).
QList<std::pair<QString, QString>> formItems(const QUrlQuery &form)
{
    return form.queryItems(QUrl::FullyDecoded);
}
} // namespace

class tst_WorkOsProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoints();
    void forms();
    void authorizeUrlCarriesEveryParameter();
    void codeFlowForms();
    void organizationSelectionParsed();
    void organizationSelectionInvalid_data();
    void organizationSelectionInvalid();
    void organizationSelectionClassified();
    void deviceAuthorizationComplete();
    void deviceAuthorizationOptionalFieldsAbsent();
    void deviceAuthorizationIntervalClamped();
    void deviceAuthorizationInvalid_data();
    void deviceAuthorizationInvalid();
    void deviceAuthorizationSanitizesUserCode();
    void authentication();
    void authenticationOptionalFieldsAbsent();
    void authenticationOrganizationFromClaims();
    void authenticationExpiryIgnoresLocalClock();
    void authenticationInvalid_data();
    void authenticationInvalid();
    void errorReplyOAuthShape();
    void errorReplyWorkOsShape();
    void errorReplyUnrecognised_data();
    void errorReplyUnrecognised();
    void errorReplySanitized();
    void classifyFailure_data();
    void classifyFailure();
    void classifyTransportFailures();
    void userDisplayName();
    void authenticationWithNullsAndExtraFields();
    void deviceAuthorizationWithNullsAndExtraFields();
    void errorReplyWithNullsAndExtraFields();
    void sessionLogoutUrl();
};

void tst_WorkOsProtocol::endpoints()
{
    QCOMPARE(authorizeDeviceUrl(QUrl(u"https://api.workos.com"_s)),
             QUrl(u"https://api.workos.com/user_management/authorize/device"_s));
    QCOMPARE(authenticateUrl(QUrl(u"https://api.workos.com/"_s)),
             QUrl(u"https://api.workos.com/user_management/authenticate"_s));
    QCOMPARE(authenticateUrl(QUrl(u"http://127.0.0.1:8080/prefix/"_s)),
             QUrl(u"http://127.0.0.1:8080/prefix/user_management/authenticate"_s));
}

void tst_WorkOsProtocol::forms()
{
    QCOMPARE(formItems(authorizeDeviceForm(u"client_123"_s)),
             (QList<std::pair<QString, QString>> {{u"client_id"_s, u"client_123"_s}}));
    QCOMPARE(formItems(deviceCodeForm(u"client_123"_s, u"dev+code&x=1"_s)),
             (QList<std::pair<QString, QString>> {
                 {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                 {u"device_code"_s, u"dev+code&x=1"_s},
                 {u"client_id"_s, u"client_123"_s}}));
    QCOMPARE(formItems(refreshForm(u"client_123"_s, u"refresh_abc"_s)),
             (QList<std::pair<QString, QString>> {{u"grant_type"_s, u"refresh_token"_s},
                                                  {u"refresh_token"_s, u"refresh_abc"_s},
                                                  {u"client_id"_s, u"client_123"_s}}));
}

void tst_WorkOsProtocol::deviceAuthorizationComplete()
{
    const auto parsed = parseDeviceAuthorization(json(deviceReply()));
    QVERIFY2(parsed, qPrintable(parsed.error().detail));
    QCOMPARE(parsed->deviceCode, u"dev_SECRET"_s);
    QCOMPARE(parsed->userCode, u"ABCD-EFGH"_s);
    QCOMPARE(parsed->verificationUri, QUrl(u"https://auth.example.com/device"_s));
    QCOMPARE(parsed->verificationUriComplete,
             QUrl(u"https://auth.example.com/device?user_code=ABCD-EFGH"_s));
    QCOMPARE(parsed->expiresInSecs, 300);
    QCOMPARE(parsed->intervalSecs, 7);
    QCOMPARE(parsed->browserUrl(), parsed->verificationUriComplete);
}

void tst_WorkOsProtocol::deviceAuthorizationOptionalFieldsAbsent()
{
    QJsonObject object = deviceReply();
    object.remove(u"interval"_s);
    object.remove(u"verification_uri_complete"_s);
    const auto parsed = parseDeviceAuthorization(json(object));
    QVERIFY2(parsed, qPrintable(parsed.error().detail));
    QCOMPARE(parsed->intervalSecs, 5); // RFC 8628: 5 s when absent
    QVERIFY(parsed->verificationUriComplete.isEmpty());
    QCOMPARE(parsed->browserUrl(), QUrl(u"https://auth.example.com/device"_s));

    // null is treated as absent, too.
    object.insert(u"interval"_s, QJsonValue::Null);
    const auto withNull = parseDeviceAuthorization(json(object));
    QVERIFY(withNull);
    QCOMPARE(withNull->intervalSecs, 5);
}

void tst_WorkOsProtocol::deviceAuthorizationIntervalClamped()
{
    const auto zero = parseDeviceAuthorization(json(withValue(deviceReply(), u"interval"_s, 0)));
    QVERIFY(zero);
    QCOMPARE(zero->intervalSecs, 1); // never hammer the server
    const auto fraction =
        parseDeviceAuthorization(json(withValue(deviceReply(), u"interval"_s, 2.7)));
    QVERIFY(fraction);
    QCOMPARE(fraction->intervalSecs, 2);
    const auto maximum =
        parseDeviceAuthorization(json(withValue(deviceReply(), u"interval"_s, 300)));
    QVERIFY(maximum);
    QCOMPARE(maximum->intervalSecs, 300);
}

void tst_WorkOsProtocol::deviceAuthorizationInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // named in the message (empty: not an object)

    const QJsonObject base = deviceReply();
    auto row = [&](const char *name, const QString &key, const QJsonValue &value) {
        QTest::newRow(name) << json(withValue(base, key, value)) << key;
    };
    row("missing device_code", u"device_code"_s, QJsonValue::Undefined);
    row("missing user_code", u"user_code"_s, QJsonValue::Undefined);
    row("missing verification_uri", u"verification_uri"_s, QJsonValue::Undefined);
    row("missing expires_in", u"expires_in"_s, QJsonValue::Undefined);
    row("empty device_code", u"device_code"_s, u""_s);
    row("device_code is a number", u"device_code"_s, 12345);
    row("user_code is an object", u"user_code"_s, QJsonObject {{u"a"_s, 1}});
    row("user_code too long", u"user_code"_s, QString(65, u'A'));
    row("device_code huge", u"device_code"_s, QString(20000, u'x'));
    row("verification_uri is a number", u"verification_uri"_s, 1);
    row("verification_uri invalid", u"verification_uri"_s, u"http://exa mple.com/%zz"_s);
    row("expires_in is a string", u"expires_in"_s, u"300"_s);
    row("expires_in zero", u"expires_in"_s, 0);
    row("expires_in negative", u"expires_in"_s, -10);
    row("expires_in huge", u"expires_in"_s, 1e12);
    row("expires_in over a day", u"expires_in"_s, 24 * 3600 + 1);
    row("interval is a string", u"interval"_s, u"5"_s);
    row("interval is a bool", u"interval"_s, true);
    row("interval negative", u"interval"_s, -1);
    row("interval huge", u"interval"_s, 1e9);
    row("verification_uri_complete invalid", u"verification_uri_complete"_s,
        u"https://exa mple.com/%zz"_s);

    QTest::newRow("HTML") << QByteArray("<!doctype html><html><body>Bad gateway</body></html>")
                          << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("array") << QByteArray(R"([{"device_code":"x"}])") << QString();
    QTest::newRow("string") << QByteArray(R"("device_code")") << QString();
    QTest::newRow("number") << QByteArray("42") << QString();
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("truncated") << json(base).left(40) << QString();
}

void tst_WorkOsProtocol::deviceAuthorizationInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto parsed = parseDeviceAuthorization(body);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::BadReply);
    if (!field.isEmpty())
        QVERIFY2(parsed.error().detail.contains(field), qPrintable(parsed.error().detail));
    QVERIFY(!parsed.error().detail.contains(u"dev_SECRET"_s));
}

void tst_WorkOsProtocol::deviceAuthorizationSanitizesUserCode()
{
    const auto parsed = parseDeviceAuthorization(
        json(withValue(deviceReply(), u"user_code"_s, u"AB\u001b[31mCD\nEF"_s)));
    QVERIFY(parsed);
    QVERIFY(!parsed->userCode.contains(QChar(0x1b)));
    QVERIFY(!parsed->userCode.contains(u'\n'));
    QVERIFY(parsed->userCode.startsWith(u"AB"_s));
}

void tst_WorkOsProtocol::authentication()
{
    const QString access = makeJwt(QJsonObject {{u"sub"_s, u"user_1"_s},
                                                {u"sid"_s, u"session_9"_s},
                                                {u"org_id"_s, u"org_claim"_s},
                                                {u"iat"_s, 1700000000},
                                                {u"exp"_s, 1700000000 + 3600}});
    QJsonObject body = authenticationJson(access, u"refresh_1"_s);
    body.insert(u"organization_id"_s, u"org_reply"_s);
    body.insert(u"authentication_method"_s, u"GoogleOAuth"_s);
    const QDateTime received(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    const auto parsed = parseAuthentication(json(body), received);
    QVERIFY2(parsed, qPrintable(parsed.error().detail));
    QCOMPARE(parsed->user.id, u"user_1"_s);
    QCOMPARE(parsed->user.email, u"ada@example.com"_s);
    QCOMPARE(parsed->user.firstName, u"Ada"_s);
    QCOMPARE(parsed->user.lastName, u"Lovelace"_s);
    QCOMPARE(parsed->organizationId, u"org_reply"_s);
    QCOMPARE(parsed->authenticationMethod, u"GoogleOAuth"_s);
    QCOMPARE(parsed->sessionId, u"session_9"_s);
    QCOMPARE(parsed->tokens.tokens.accessToken, access);
    QCOMPARE(parsed->tokens.tokens.refreshToken, u"refresh_1"_s);
    QCOMPARE(parsed->tokens.receivedAt, received);
    QCOMPARE(parsed->tokens.accessExpiresAt, received.addSecs(3600));
    QCOMPARE(parsed->tokens.lifetimeSecs(), 3600);
}

void tst_WorkOsProtocol::authenticationOptionalFieldsAbsent()
{
    const QString access = makeJwt(100, 400);
    QJsonObject body = authenticationJson(access, u"refresh_1"_s);
    QJsonObject user {{u"id"_s, u"user_only_id"_s}};
    body.insert(u"user"_s, user);
    const QDateTime received(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    const auto parsed = parseAuthentication(json(body), received);
    QVERIFY2(parsed, qPrintable(parsed.error().detail));
    QVERIFY(parsed->organizationId.isEmpty());
    QVERIFY(parsed->authenticationMethod.isEmpty());
    QVERIFY(parsed->user.email.isEmpty());
    QCOMPARE(parsed->user.id, u"user_only_id"_s);
    QCOMPARE(parsed->tokens.accessExpiresAt, received.addSecs(300));
}

void tst_WorkOsProtocol::authenticationOrganizationFromClaims()
{
    const QString access = makeJwt(QJsonObject {{u"sub"_s, u"user_1"_s},
                                                {u"org_id"_s, u"org_from_token"_s},
                                                {u"iat"_s, 1},
                                                {u"exp"_s, 61}});
    const auto parsed = parseAuthentication(json(authenticationJson(access, u"r"_s)),
                                            QDateTime::currentDateTimeUtc());
    QVERIFY(parsed);
    QCOMPARE(parsed->organizationId, u"org_from_token"_s);
}

void tst_WorkOsProtocol::authenticationExpiryIgnoresLocalClock()
{
    // exp lies 30 years before our receipt time: still a one-hour token from our point of view.
    const qint64 iat = 946684800; // 2000-01-01
    const QString access = makeJwt(iat, iat + 3600);
    const QDateTime received(QDate(2030, 6, 1), QTime(9, 30), Qt::UTC);
    const auto parsed = parseAuthentication(json(authenticationJson(access, u"r"_s)), received);
    QVERIFY(parsed);
    QCOMPARE(parsed->tokens.accessExpiresAt, received.addSecs(3600));
    QVERIFY(parsed->tokens.accessExpiresAt > received);
}

void tst_WorkOsProtocol::authenticationInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    const QJsonObject good = authenticationJson(makeJwt(1, 3601), u"refresh_1"_s);

    QTest::newRow("missing refresh_token")
        << json(withValue(good, u"refresh_token"_s, QJsonValue::Undefined));
    QTest::newRow("empty refresh_token") << json(withValue(good, u"refresh_token"_s, u""_s));
    QTest::newRow("missing access_token")
        << json(withValue(good, u"access_token"_s, QJsonValue::Undefined));
    QTest::newRow("access_token not a JWT")
        << json(withValue(good, u"access_token"_s, u"opaque_token"_s));
    QTest::newRow("access_token JWT without exp")
        << json(withValue(good, u"access_token"_s, makeJwt(QJsonObject {{u"sub"_s, u"x"_s}})));
    QTest::newRow("access_token is a number") << json(withValue(good, u"access_token"_s, 7));
    QTest::newRow("missing user") << json(withValue(good, u"user"_s, QJsonValue::Undefined));
    QTest::newRow("user is a string") << json(withValue(good, u"user"_s, u"user_1"_s));
    QTest::newRow("user without id")
        << json(withValue(good, u"user"_s, QJsonObject {{u"email"_s, u"a@b"_s}}));
    // A lifetime that ends past year 9999 (iat 0, exp at the end of 9999), or a negative one.
    QTest::newRow("lifetime past year 9999")
        << json(withValue(good, u"access_token"_s, makeJwt(0, 253402300799)));
    QTest::newRow("negative lifetime")
        << json(withValue(good, u"access_token"_s, makeJwt(3600, 1)));
    QTest::newRow("HTML") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray();
}

void tst_WorkOsProtocol::authenticationInvalid()
{
    QFETCH(QByteArray, body);
    const auto parsed = parseAuthentication(body, QDateTime::currentDateTimeUtc());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::BadReply);
    QVERIFY(!parsed.error().detail.contains(u"refresh_1"_s));
    QVERIFY(!parsed.error().detail.contains(u"opaque_token"_s));
}

void tst_WorkOsProtocol::errorReplyOAuthShape()
{
    const auto reply = parseErrorReply(
        R"({"error":"authorization_pending","error_description":"The user has not yet approved"})");
    QVERIFY(reply);
    QCOMPARE(reply->code, u"authorization_pending"_s);
    QCOMPARE(reply->message, u"The user has not yet approved"_s);

    const auto bare = parseErrorReply(R"({"error":"slow_down"})");
    QVERIFY(bare);
    QCOMPARE(bare->code, u"slow_down"_s);
    QVERIFY(bare->message.isEmpty());
}

void tst_WorkOsProtocol::errorReplyWorkOsShape()
{
    const auto reply = parseErrorReply(
        R"({"code":"organization_selection_required","message":"Choose an organization","pending_authentication_token":"x"})");
    QVERIFY(reply);
    QCOMPARE(reply->code, u"organization_selection_required"_s);
    QCOMPARE(reply->message, u"Choose an organization"_s);

    const auto messageOnly = parseErrorReply(R"({"message":"Something broke"})");
    QVERIFY(messageOnly);
    QVERIFY(messageOnly->code.isEmpty());
    QCOMPARE(messageOnly->message, u"Something broke"_s);
}

void tst_WorkOsProtocol::errorReplyUnrecognised_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("HTML") << QByteArray("<html><h1>404 Not Found</h1></html>");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("other fields") << QByteArray(R"({"status":"bad"})");
    QTest::newRow("error is a number") << QByteArray(R"({"error":400})");
    QTest::newRow("array") << QByteArray(R"(["error"])");
    QTest::newRow("empty") << QByteArray();
}

void tst_WorkOsProtocol::errorReplyUnrecognised()
{
    QFETCH(QByteArray, body);
    QVERIFY(!parseErrorReply(body));
}

void tst_WorkOsProtocol::errorReplySanitized()
{
    const QJsonObject body {
        {u"code"_s, QString(u"bad\u001b[2Jcode"_s + QString(500, u'c'))},
        {u"message"_s, QString(u"line1\nline2\u0007 end"_s + QString(1000, u'm'))}};
    const auto reply = parseErrorReply(json(body));
    QVERIFY(reply);
    QVERIFY(!reply->code.contains(QChar(0x1b)));
    QVERIFY(reply->code.size() <= 100);
    QVERIFY(!reply->message.contains(u'\n'));
    QVERIFY(!reply->message.contains(QChar(7)));
    QVERIFY(reply->message.size() <= 300);
}

void tst_WorkOsProtocol::classifyFailure_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("400 access_denied") << 400 << QByteArray(R"({"error":"access_denied"})")
                                       << ErrorKind::AccessDenied << u"access_denied"_s;
    QTest::newRow("400 expired_token") << 400 << QByteArray(R"({"error":"expired_token"})")
                                       << ErrorKind::ExpiredToken << u"expired_token"_s;
    QTest::newRow("400 invalid_grant")
        << 400
        << QByteArray(R"({"error":"invalid_grant","error_description":"Invalid refresh token"})")
        << ErrorKind::InvalidGrant << u"invalid_grant"_s;
    QTest::newRow("400 invalid_client") << 400 << QByteArray(R"({"error":"invalid_client"})")
                                        << ErrorKind::ServerRefused << u"invalid_client"_s;
    QTest::newRow("403 code/message")
        << 403 << QByteArray(R"({"code":"organization_selection_required","message":"Pick one"})")
        << ErrorKind::ServerRefused << u"organization_selection_required"_s;
    QTest::newRow("503") << 503 << QByteArray("Service Unavailable") << ErrorKind::ServerUnavailable
                         << QString();
    QTest::newRow("503 with json") << 503 << QByteArray(R"({"error":"access_denied"})")
                                   << ErrorKind::ServerUnavailable << QString();
    QTest::newRow("500") << 500 << QByteArray() << ErrorKind::ServerUnavailable << QString();
    QTest::newRow("429") << 429 << QByteArray(R"({"error":"rate_limited"})")
                         << ErrorKind::ServerUnavailable << QString();
    QTest::newRow("408") << 408 << QByteArray() << ErrorKind::ServerUnavailable << QString();
    QTest::newRow("HTML 404") << 404 << QByteArray("<html><body>Not Found</body></html>")
                              << ErrorKind::BadReply << QString();
}

void tst_WorkOsProtocol::classifyFailure()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    const ast::Error error = ast::WorkOs::classifyFailure(reply(status, body));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!ast::userMessage(error).isEmpty());
}

void tst_WorkOsProtocol::classifyTransportFailures()
{
    HttpResult refused;
    refused.networkError = QNetworkReply::ConnectionRefusedError;
    refused.networkErrorString = u"Connection refused"_s;
    QCOMPARE(ast::WorkOs::classifyFailure(refused).kind, ErrorKind::Network);
    QVERIFY(refused.isTransient());

    HttpResult timedOut;
    timedOut.networkError = QNetworkReply::OperationCanceledError;
    timedOut.timedOut = true;
    QCOMPARE(ast::WorkOs::classifyFailure(timedOut).kind, ErrorKind::Timeout);

    HttpResult tooLarge = reply(200, {});
    tooLarge.tooLarge = true;
    QVERIFY(!tooLarge.gotReply());
    QVERIFY(!tooLarge.isTransient());
    QCOMPARE(ast::WorkOs::classifyFailure(tooLarge).kind, ErrorKind::ReplyTooLarge);
}

void tst_WorkOsProtocol::userDisplayName()
{
    ast::UserInfo user {u"u"_s, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s};
    QCOMPARE(user.displayName(), u"Ada Lovelace"_s);
    user.firstName.clear();
    QCOMPARE(user.displayName(), u"Lovelace"_s);
    user.lastName.clear();
    QCOMPARE(user.displayName(), u"ada@example.com"_s);
}

// WorkOS sends null for every optional string it does not know, and adds fields over time:
// neither may make a sign-in or a refresh fail.
void tst_WorkOsProtocol::authenticationWithNullsAndExtraFields()
{
    const QString access = makeJwt(QJsonObject {{u"iss"_s, u"https://api.workos.com"_s},
                                                {u"sub"_s, u"user_1"_s},
                                                {u"sid"_s, u"session_1"_s},
                                                {u"org_id"_s, QJsonValue::Null},
                                                {u"role"_s, QJsonValue::Null},
                                                {u"roles"_s, QJsonArray {}},
                                                {u"permissions"_s, QJsonArray {u"a:b"_s}},
                                                {u"entitlements"_s, QJsonValue::Null},
                                                {u"act"_s, QJsonValue::Null},
                                                {u"jti"_s, u"jti_1"_s},
                                                {u"iat"_s, 1700000000},
                                                {u"exp"_s, 1700000000 + 300},
                                                {u"future_claim"_s, QJsonObject {{u"x"_s, 1}}}});
    const QJsonObject user {{u"object"_s, u"user"_s},
                            {u"id"_s, u"user_1"_s},
                            {u"email"_s, u"grace@example.com"_s},
                            {u"email_verified"_s, true},
                            {u"first_name"_s, QJsonValue::Null},
                            {u"last_name"_s, QJsonValue::Null},
                            {u"name"_s, QJsonValue::Null},
                            {u"profile_picture_url"_s, QJsonValue::Null},
                            {u"external_id"_s, QJsonValue::Null},
                            {u"last_sign_in_at"_s, QJsonValue::Null},
                            {u"locale"_s, QJsonValue::Null},
                            {u"metadata"_s, QJsonObject {}},
                            {u"created_at"_s, u"2024-01-15T09:30:00.000Z"_s},
                            {u"updated_at"_s, u"2024-01-15T09:30:00.000Z"_s},
                            {u"new_user_field"_s, QJsonArray {1, 2}}};
    const QJsonObject body {{u"user"_s, user},
                            {u"access_token"_s, access},
                            {u"refresh_token"_s, u"refresh_1"_s},
                            {u"organization_id"_s, QJsonValue::Null},
                            {u"authentication_method"_s, QJsonValue::Null},
                            {u"impersonator"_s, QJsonValue::Null},
                            {u"oauth_tokens"_s, QJsonValue::Null},
                            {u"authkit_authorization_code"_s, QJsonValue::Null},
                            {u"something_new"_s, QJsonObject {{u"nested"_s, QJsonValue::Null}}}};
    const QDateTime received(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    const auto parsed = parseAuthentication(json(body), received);
    QVERIFY2(parsed, qPrintable(parsed.error().detail));
    QCOMPARE(parsed->user.id, u"user_1"_s);
    QCOMPARE(parsed->user.email, u"grace@example.com"_s);
    QVERIFY(parsed->user.firstName.isEmpty());
    QVERIFY(parsed->user.lastName.isEmpty());
    QCOMPARE(parsed->user.displayName(), u"grace@example.com"_s);
    QVERIFY(parsed->organizationId.isEmpty());
    QVERIFY(parsed->authenticationMethod.isEmpty());
    QCOMPARE(parsed->sessionId, u"session_1"_s);
    QCOMPARE(parsed->tokens.accessExpiresAt, received.addSecs(300));
}

void tst_WorkOsProtocol::deviceAuthorizationWithNullsAndExtraFields()
{
    const QJsonObject body {{u"device_code"_s, u"device_1"_s},
                            {u"user_code"_s, u"ABCD-EFGH"_s},
                            {u"verification_uri"_s, u"https://auth.example.com/device"_s},
                            {u"verification_uri_complete"_s, QJsonValue::Null},
                            {u"expires_in"_s, 300},
                            {u"interval"_s, QJsonValue::Null},
                            {u"something_new"_s, u"x"_s}};
    const auto parsed = parseDeviceAuthorization(json(body));
    QVERIFY2(parsed, qPrintable(parsed.error().detail));
    QVERIFY(parsed->verificationUriComplete.isEmpty());
    QCOMPARE(parsed->intervalSecs, 5);
    QCOMPARE(parsed->browserUrl(), QUrl(u"https://auth.example.com/device"_s));
}

void tst_WorkOsProtocol::errorReplyWithNullsAndExtraFields()
{
    const auto oauth = parseErrorReply(
        R"({"error":"invalid_grant","error_description":null,"error_uri":null,"extra":{"a":1}})");
    QVERIFY(oauth);
    QCOMPARE(oauth->code, u"invalid_grant"_s);
    QVERIFY(oauth->message.isEmpty());
    const auto workos = parseErrorReply(
        R"({"code":"organization_selection_required","message":"Pick one","user":null,"pending_authentication_token":"x","organizations":[]})");
    QVERIFY(workos);
    QCOMPARE(workos->code, u"organization_selection_required"_s);
    QCOMPARE(workos->message, u"Pick one"_s);
}

void tst_WorkOsProtocol::sessionLogoutUrl()
{
    QCOMPARE(
        ast::WorkOs::sessionLogoutUrl(QUrl(u"https://api.workos.com/"_s), u"session_01ABC"_s),
        QUrl(u"https://api.workos.com/user_management/sessions/logout?session_id=session_01ABC"_s));
    // A session id is a value, never more query parameters.
    const QUrl odd =
        ast::WorkOs::sessionLogoutUrl(QUrl(u"http://127.0.0.1:9/p"_s), u"a&return_to=x"_s);
    QCOMPARE(QUrlQuery(odd).queryItemValue(u"session_id"_s, QUrl::FullyDecoded),
             u"a&return_to=x"_s);
    QVERIFY(!QUrlQuery(odd).hasQueryItem(u"return_to"_s));
}

void tst_WorkOsProtocol::authorizeUrlCarriesEveryParameter()
{
    AuthorizeRequest request;
    request.redirectUri = QUrl(u"http://127.0.0.1:4711/callback"_s);
    request.codeChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;
    request.state = u"st&te=1"_s;
    const QUrl plain =
        authorizeUrl(QUrl(u"https://auth.example.com/base/"_s), u"client_1"_s, request);
    QCOMPARE(plain.toString(QUrl::RemoveQuery),
             u"https://auth.example.com/base/user_management/authorize"_s);
    const QUrlQuery query(plain);
    QCOMPARE(query.queryItems(QUrl::FullyDecoded),
             (QList<std::pair<QString, QString>> {
                 {u"client_id"_s, u"client_1"_s},
                 {u"redirect_uri"_s, u"http://127.0.0.1:4711/callback"_s},
                 {u"response_type"_s, u"code"_s},
                 {u"provider"_s, u"authkit"_s},
                 {u"code_challenge"_s, request.codeChallenge},
                 {u"code_challenge_method"_s, u"S256"_s},
                 {u"state"_s, u"st&te=1"_s}}));
    QVERIFY(plain.toString(QUrl::FullyEncoded).contains(u"&state=st%26te%3D1"_s));

    request.organizationId = u"org_1"_s;
    request.loginHint = u"a+b@example.com"_s;
    const QUrlQuery full(authorizeUrl(QUrl(u"https://auth.example.com"_s), u"client_1"_s, request));
    QCOMPARE(full.queryItemValue(u"organization_id"_s, QUrl::FullyDecoded), u"org_1"_s);
    QCOMPARE(full.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded), u"a+b@example.com"_s);
}

void tst_WorkOsProtocol::codeFlowForms()
{
    QCOMPARE(formItems(authorizationCodeForm(u"client_1"_s, u"code_1"_s, u"verifier_1"_s)),
             (QList<std::pair<QString, QString>> {{u"grant_type"_s, u"authorization_code"_s},
                                                  {u"code"_s, u"code_1"_s},
                                                  {u"code_verifier"_s, u"verifier_1"_s},
                                                  {u"client_id"_s, u"client_1"_s}}));
    QCOMPARE(formItems(organizationSelectionForm(u"client_1"_s, u"pending_1"_s, u"org_1"_s)),
             (QList<std::pair<QString, QString>> {
                 {u"grant_type"_s, u"urn:workos:oauth:grant-type:organization-selection"_s},
                 {u"pending_authentication_token"_s, u"pending_1"_s},
                 {u"organization_id"_s, u"org_1"_s},
                 {u"client_id"_s, u"client_1"_s}}));
    QCOMPARE(formItems(refreshForm(u"client_1"_s, u"refresh_1"_s, u"org_2"_s)),
             (QList<std::pair<QString, QString>> {{u"grant_type"_s, u"refresh_token"_s},
                                                  {u"refresh_token"_s, u"refresh_1"_s},
                                                  {u"organization_id"_s, u"org_2"_s},
                                                  {u"client_id"_s, u"client_1"_s}}));
    QVERIFY(!refreshForm(u"client_1"_s, u"refresh_1"_s).hasQueryItem(u"organization_id"_s));
}

namespace {
QJsonObject organizationSelectionReply()
{
    return {
        {u"code"_s, u"organization_selection_required"_s},
        {u"message"_s, u"The user must choose an organization."_s},
        {u"pending_authentication_token"_s, u"pending_SECRET"_s},
        {u"user"_s,
         QJsonObject {{u"object"_s, u"user"_s},
                      {u"id"_s, u"user_1"_s},
                      {u"email"_s, u"ada@example.com"_s},
                      {u"first_name"_s, u"Ada"_s},
                      {u"last_name"_s, QJsonValue::Null}}},
        {u"organizations"_s,
         QJsonArray {QJsonObject {{u"id"_s, u"org_A"_s}, {u"name"_s, u"Alpha \u001b[31mCorp"_s}},
                     QJsonObject {{u"id"_s, u"org_B"_s}, {u"name"_s, QJsonValue::Null}}}}};
}
} // namespace

void tst_WorkOsProtocol::organizationSelectionParsed()
{
    const auto selection = parseOrganizationSelection(json(organizationSelectionReply()));
    QVERIFY(selection.ok());
    QCOMPARE(selection->pendingAuthenticationToken, u"pending_SECRET"_s);
    QCOMPARE(selection->user.email, u"ada@example.com"_s);
    QCOMPARE(selection->organizations,
             (QList<ast::Organization> {{u"org_A"_s, u"Alpha Corp"_s}, {u"org_B"_s, QString()}}));
}

void tst_WorkOsProtocol::organizationSelectionInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    const QJsonObject good = organizationSelectionReply();
    QTest::newRow("not json") << QByteArray("<html>");
    QTest::newRow("other code") << json(withValue(good, u"code"_s, u"mfa_challenge"_s));
    QTest::newRow("no token") << json(withValue(good, u"pending_authentication_token"_s, {}));
    QTest::newRow("empty token") << json(withValue(good, u"pending_authentication_token"_s, u""_s));
    QTest::newRow("no organizations") << json(withValue(good, u"organizations"_s, {}));
    QTest::newRow("empty organizations")
        << json(withValue(good, u"organizations"_s, QJsonArray {}));
    QTest::newRow("organization without id") << json(
        withValue(good, u"organizations"_s, QJsonArray {QJsonObject {{u"name"_s, u"A"_s}}}));
    QTest::newRow("id with escape") << json(withValue(
        good, u"organizations"_s, QJsonArray {QJsonObject {{u"id"_s, u"org_\u001b[2J"_s}}}));
    QTest::newRow("id with space") << json(
        withValue(good, u"organizations"_s, QJsonArray {QJsonObject {{u"id"_s, u"org A"_s}}}));
}

void tst_WorkOsProtocol::organizationSelectionInvalid()
{
    QFETCH(QByteArray, body);
    const auto selection = parseOrganizationSelection(body);
    QVERIFY(!selection.ok());
    QCOMPARE(selection.error().kind, ErrorKind::BadReply);
}

void tst_WorkOsProtocol::organizationSelectionClassified()
{
    const ast::Error error =
        ast::WorkOs::classifyFailure(reply(403, json(organizationSelectionReply())));
    QCOMPARE(error.kind, ErrorKind::OrganizationSelectionRequired);
    QCOMPARE(error.code, u"organization_selection_required"_s);
    QCOMPARE(error.httpStatus, 403);
    QVERIFY(error.organizationSelection);
    QCOMPARE(error.organizationSelection->organizations.size(), 2);
    // The token is a secret: not in the message or the detail.
    QVERIFY(!error.detail.contains(u"pending_SECRET"_s));
    QVERIFY(!ast::userMessage(error).contains(u"pending_SECRET"_s));
    // Without a payload it stays a plain refusal (nothing to choose from).
    const ast::Error bare = ast::WorkOs::classifyFailure(
        reply(403, R"({"code":"organization_selection_required","message":"Pick one"})"));
    QCOMPARE(bare.kind, ErrorKind::ServerRefused);
    QVERIFY(!bare.organizationSelection);
}

QTEST_GUILESS_MAIN(tst_WorkOsProtocol)
#include "tst_workosprotocol.moc"
