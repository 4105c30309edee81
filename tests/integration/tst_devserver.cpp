// Drives astro-devserver over real HTTP, the way the client will, and checks the contract
// the client tests rely on (docs/protocol.md).
#include "DevServerProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace Qt::StringLiterals;
using astro::test::DevServerProcess;

namespace {

constexpr auto clientId = "client_test"_L1;
constexpr auto deviceGrant = "urn:ietf:params:oauth:grant-type:device_code"_L1;

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString error() const { return json.value(u"error"_s).toString(); }
};

using Fields = QList<std::pair<QString, QString>>;

QByteArray formBody(const Fields &fields)
{
    QUrlQuery query;
    for (const auto &[name, value] : fields)
        query.addQueryItem(name, value);
    // QUrlQuery leaves '+' alone; encode it so it reaches the server as a literal plus.
    return query.toString(QUrl::FullyEncoded).toUtf8().replace("+", "%2B");
}

QJsonObject decodeJwtPart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
}

QByteArray base64url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

// Verifies an RS256 JWT with the RSA key {n, e} of a JWKS entry, as a WorkOS SDK does.
bool rs256Valid(const QByteArray &jwt, const QJsonObject &jwk)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray n = base64url(jwk.value(u"n"_s).toString());
    const QByteArray e = base64url(jwk.value(u"e"_s).toString());
    BIGNUM *modulus =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *exponent =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, modulus);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, exponent);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *keyContext = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    bool valid = EVP_PKEY_fromdata_init(keyContext) == 1
        && EVP_PKEY_fromdata(keyContext, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    if (valid) {
        const QByteArray input = parts[0] + '.' + parts[1];
        const QByteArray signature =
            QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        valid = EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1
            && EVP_DigestVerify(
                   context, reinterpret_cast<const unsigned char *>(signature.constData()),
                   size_t(signature.size()),
                   reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
                == 1;
        EVP_MD_CTX_free(context);
    }
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(keyContext);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(modulus);
    BN_free(exponent);
    return valid;
}
} // namespace

class tst_DevServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void deviceAuthorizationReply();
    void deviceAuthorizationAcceptsJson();
    void clientIdChecks();
    void pendingThenApprovedGivesTokens();
    void deviceCodeWorksOnce();
    void deniedCode();
    void autoApprove();
    void deviceCodeExpires();
    void refreshRotatesStrictly();
    void meNeedsBearer();
    void echoReflectsMethodAndBody();
    void revokeEndsEverySession();
    void expireAccessKeepsRefreshWorking();
    void verificationPageApproves();
    void verificationPageDeniesAndRejects();
    void verificationPageEscapes();
    void omitOptional();
    void noInterval();
    void authenticateErrorUsesWorkOsShape();
    void failPollsThenSlowDown();
    void strictIntervalCountsEarlyPolls();
    void formPlusMeansSpace();
    void badGrantRequests();
    void configureRefreshFailures();
    void configureRefreshDelay();
    void configureRejectsUnknownSettings();
    void resetStats();
    void unknownRoutes();
    void portInUseFails();
    void logsNoSecretsAndExitsOnSigterm();
    void accessTokensAreRs256WithJwks();
    void userObjectCarriesNulls();
    void userWithoutOrganization();
    void sessionLogoutEndsTheSession();
    void deviceFlowDisabledIsAccessDenied();

private:
    HttpResult finish(QNetworkReply *reply);
    HttpResult get(const QUrl &url, const QString &bearer = {});
    HttpResult post(const QUrl &url, const QByteArray &body, const QString &bearer = {},
                    const QByteArray &contentType = "application/x-www-form-urlencoded");
    HttpResult authorize(const DevServerProcess &server);
    HttpResult poll(const DevServerProcess &server, const QString &deviceCode);
    HttpResult refresh(const DevServerProcess &server, const QString &refreshToken);
    // A full device flow approved through /_dev/approve; returns the token reply.
    QJsonObject signIn(DevServerProcess &server);

    QNetworkAccessManager m_network;
};

void tst_DevServer::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(QFile::exists(DevServerProcess::program()),
             qPrintable(u"missing %1 (is ASTRO_BIN_DIR set?)"_s.arg(DevServerProcess::program())));
}

HttpResult tst_DevServer::finish(QNetworkReply *reply)
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
    result.headers = reply->rawHeaderPairs();
    return result;
}

HttpResult tst_DevServer::get(const QUrl &url, const QString &bearer)
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    return finish(m_network.get(request));
}

HttpResult tst_DevServer::post(const QUrl &url, const QByteArray &body, const QString &bearer,
                               const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    return finish(m_network.post(request, body));
}

HttpResult tst_DevServer::authorize(const DevServerProcess &server)
{
    return post(server.url(u"/user_management/authorize/device"_s),
                formBody({{u"client_id"_s, clientId}}));
}

HttpResult tst_DevServer::poll(const DevServerProcess &server, const QString &deviceCode)
{
    return post(server.url(u"/user_management/authenticate"_s),
                formBody({{u"grant_type"_s, deviceGrant},
                          {u"device_code"_s, deviceCode},
                          {u"client_id"_s, clientId}}));
}

HttpResult tst_DevServer::refresh(const DevServerProcess &server, const QString &refreshToken)
{
    return post(server.url(u"/user_management/authenticate"_s),
                formBody({{u"grant_type"_s, u"refresh_token"_s},
                          {u"refresh_token"_s, refreshToken},
                          {u"client_id"_s, clientId}}));
}

QJsonObject tst_DevServer::signIn(DevServerProcess &server)
{
    const HttpResult authorization = authorize(server);
    if (authorization.status != 200)
        return {};
    if (!server.approve(authorization.json.value(u"user_code"_s).toString()))
        return {};
    const HttpResult tokens = poll(server, authorization.json.value(u"device_code"_s).toString());
    return tokens.status == 200 ? tokens.json : QJsonObject();
}

void tst_DevServer::deviceAuthorizationReply()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.port() > 0);

    const HttpResult reply = authorize(server);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), "no-store");
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));

    const QString deviceCode = reply.json.value(u"device_code"_s).toString();
    QVERIFY2(deviceCode.size() >= 40, qPrintable(deviceCode));
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]+$"_s).match(deviceCode).hasMatch());
    const QString userCode = reply.json.value(u"user_code"_s).toString();
    QVERIFY2(QRegularExpression(u"^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"_s)
                 .match(userCode)
                 .hasMatch(),
             qPrintable(userCode));
    const QString base = server.baseUrl().toString();
    QCOMPARE(reply.json.value(u"verification_uri"_s).toString(), base + "/device"_L1);
    QCOMPARE(reply.json.value(u"verification_uri_complete"_s).toString(),
             base + "/device?user_code="_L1 + userCode);
    QCOMPARE(reply.json.value(u"expires_in"_s).toInt(), 300);
    QCOMPARE(reply.json.value(u"interval"_s).toInt(), 5);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"device_authorizations"_s).toInt(), 1);
    const QJsonObject issued = stats.value(u"issued"_s).toObject();
    QCOMPARE(issued.value(u"device_codes"_s).toArray(), QJsonArray {deviceCode});
    QCOMPARE(issued.value(u"user_codes"_s).toArray(), QJsonArray {userCode});
}

void tst_DevServer::deviceAuthorizationAcceptsJson()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--expires-in"_s, u"120"_s, u"--interval"_s, u"2"_s}),
             qPrintable(server.errorString()));
    const HttpResult reply = post(server.url(u"/user_management/authorize/device"_s),
                                  R"({"client_id":"client_test"})", {}, "application/json");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"expires_in"_s).toInt(), 120);
    QCOMPARE(reply.json.value(u"interval"_s).toInt(), 2);
}

void tst_DevServer::clientIdChecks()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--client-id"_s, u"client_expected"_s}),
             qPrintable(server.errorString()));
    const QUrl url = server.url(u"/user_management/authorize/device"_s);

    HttpResult reply = post(url, formBody({{u"client_id"_s, u"client_other"_s}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), u"invalid_client"_s);
    QVERIFY(!reply.json.value(u"error_description"_s).toString().isEmpty());

    reply = post(url, {});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), u"invalid_request"_s);

    reply = post(url, formBody({{u"client_id"_s, u"client_expected"_s}}));
    QCOMPARE(reply.status, 200);
}

void tst_DevServer::pendingThenApprovedGivesTokens()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--access-ttl"_s, u"120"_s}), qPrintable(server.errorString()));
    const HttpResult authorization = authorize(server);
    const QString deviceCode = authorization.json.value(u"device_code"_s).toString();

    HttpResult reply = poll(server, deviceCode);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), u"authorization_pending"_s);
    QCOMPARE(reply.header("Cache-Control"), "no-store");

    QVERIFY(server.approve(authorization.json.value(u"user_code"_s).toString()));
    reply = poll(server, deviceCode);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), "no-store");

    const QJsonObject user = reply.json.value(u"user"_s).toObject();
    QCOMPARE(user.value(u"object"_s).toString(), u"user"_s);
    QCOMPARE(user.value(u"id"_s).toString(), u"user_01HDEVADA00000000000000"_s);
    QCOMPARE(user.value(u"email"_s).toString(), u"ada@example.com"_s);
    QCOMPARE(user.value(u"first_name"_s).toString(), u"Ada"_s);
    QCOMPARE(user.value(u"last_name"_s).toString(), u"Lovelace"_s);
    QCOMPARE(user.value(u"email_verified"_s).toBool(), true);
    QVERIFY(user.contains(u"created_at"_s) && user.contains(u"updated_at"_s));
    QCOMPARE(reply.json.value(u"organization_id"_s).toString(), u"org_01HDEVORG0000000000000"_s);
    QCOMPARE(reply.json.value(u"authentication_method"_s).toString(), u"Password"_s);
    QVERIFY(!reply.json.contains(u"expires_in"_s)); // WorkOS sends none: expiry is in the JWT
    const QString refreshToken = reply.json.value(u"refresh_token"_s).toString();
    QVERIFY(refreshToken.size() >= 32);

    const QString accessToken = reply.json.value(u"access_token"_s).toString();
    const QList<QByteArray> parts = accessToken.toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    for (const QByteArray &part : parts)
        QVERIFY(
            QRegularExpression(u"^[A-Za-z0-9_-]+$"_s).match(QString::fromLatin1(part)).hasMatch());
    const QJsonObject header = decodeJwtPart(parts[0]);
    QCOMPARE(header.value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(header.value(u"typ"_s).toString(), u"JWT"_s);
    QVERIFY(header.value(u"kid"_s).toString().startsWith("sso_oidc_key_pair_"_L1));
    const QJsonObject claims = decodeJwtPart(parts[1]);
    QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 120);
    QCOMPARE(claims.value(u"iss"_s).toString(), server.baseUrl().toString());
    QCOMPARE(claims.value(u"sub"_s).toString(), user.value(u"id"_s).toString());
    QVERIFY(claims.value(u"sid"_s).toString().startsWith("session_"_L1));
    QCOMPARE(claims.value(u"org_id"_s).toString(), u"org_01HDEVORG0000000000000"_s);
    QVERIFY(!claims.value(u"jti"_s).toString().isEmpty());
    QCOMPARE(claims.value(u"role"_s).toString(), u"member"_s);
    QVERIFY(claims.value(u"permissions"_s).isArray());

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"polls"_s).toInt(), 2);
    QCOMPARE(stats.value(u"poll_intervals_ms"_s).toArray().size(), 1);
    const QJsonObject issued = stats.value(u"issued"_s).toObject();
    QCOMPARE(issued.value(u"access_tokens"_s).toArray(), QJsonArray {accessToken});
    QCOMPARE(issued.value(u"refresh_tokens"_s).toArray(), QJsonArray {refreshToken});
}

void tst_DevServer::deviceCodeWorksOnce()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--auto-approve-after"_s, u"0"_s}), qPrintable(server.errorString()));
    const QString deviceCode = authorize(server).json.value(u"device_code"_s).toString();
    QCOMPARE(poll(server, deviceCode).status, 200);
    const HttpResult second = poll(server, deviceCode);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.error(), u"invalid_grant"_s);

    const HttpResult unknown = poll(server, u"no-such-code"_s);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.error(), u"invalid_grant"_s);
}

void tst_DevServer::deniedCode()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpResult authorization = authorize(server);
    const QString userCode = authorization.json.value(u"user_code"_s).toString();
    QVERIFY(server.deny(userCode));
    QVERIFY(!server.approve(userCode)); // a decision is final
    QVERIFY(!server.deny(u"BCDF-GHJK-NOPE"_s));

    const HttpResult reply = poll(server, authorization.json.value(u"device_code"_s).toString());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), u"access_denied"_s);
}

void tst_DevServer::autoApprove()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--auto-approve-after"_s, u"0"_s}), qPrintable(server.errorString()));
    const HttpResult reply =
        poll(server, authorize(server).json.value(u"device_code"_s).toString());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.contains(u"access_token"_s));
}

void tst_DevServer::deviceCodeExpires()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--expires-in"_s, u"1"_s}), qPrintable(server.errorString()));
    const HttpResult authorization = authorize(server);
    QCOMPARE(authorization.json.value(u"expires_in"_s).toInt(), 1);
    const QString deviceCode = authorization.json.value(u"device_code"_s).toString();
    QCOMPARE(poll(server, deviceCode).error(), u"authorization_pending"_s);

    QTRY_COMPARE_WITH_TIMEOUT(poll(server, deviceCode).error(), u"expired_token"_s, 5000);
    // An expired code can no longer be approved.
    QVERIFY(!server.approve(authorization.json.value(u"user_code"_s).toString()));
}

void tst_DevServer::refreshRotatesStrictly()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject first = signIn(server);
    QVERIFY(!first.isEmpty());
    const QString firstRefresh = first.value(u"refresh_token"_s).toString();

    const HttpResult rotated = refresh(server, firstRefresh);
    QCOMPARE(rotated.status, 200);
    QCOMPARE(rotated.header("Cache-Control"), "no-store");
    const QString secondRefresh = rotated.json.value(u"refresh_token"_s).toString();
    QVERIFY(secondRefresh != firstRefresh);
    QVERIFY(rotated.json.value(u"access_token"_s).toString()
            != first.value(u"access_token"_s).toString());
    QVERIFY(rotated.json.contains(u"user"_s));
    const auto sessionOf = [](const QJsonObject &tokens) {
        const QByteArray jwt = tokens.value(u"access_token"_s).toString().toLatin1();
        return decodeJwtPart(jwt.split('.').value(1)).value(u"sid"_s).toString();
    };
    QCOMPARE(sessionOf(rotated.json), sessionOf(first));

    const HttpResult reused = refresh(server, firstRefresh);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.error(), u"invalid_grant"_s);
    QCOMPARE(reused.json.value(u"error_description"_s).toString(),
             u"Refresh token already exchanged."_s);

    const HttpResult unknown = refresh(server, u"not-a-token"_s);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.error(), u"invalid_grant"_s);

    QCOMPARE(refresh(server, secondRefresh).status, 200);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"refresh_requests"_s).toInt(), 4);
    QCOMPARE(stats.value(u"refresh_successes"_s).toInt(), 2);
}

void tst_DevServer::meNeedsBearer()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    const QString accessToken = tokens.value(u"access_token"_s).toString();
    const QUrl me = server.url(u"/v1/me"_s);

    HttpResult reply = get(me);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("WWW-Authenticate"), "Bearer");

    reply = get(me, u"garbage"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("WWW-Authenticate"), R"(Bearer error="invalid_token")");
    QCOMPARE(reply.error(), u"invalid_token"_s);

    // A token with a changed payload fails the signature check.
    QList<QByteArray> parts = accessToken.toLatin1().split('.');
    QJsonObject claims = decodeJwtPart(parts[1]);
    claims.insert(u"sub"_s, u"user_someone_else"_s);
    parts[1] = QJsonDocument(claims)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    reply = get(me, QString::fromLatin1(parts.join('.')));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error(), u"invalid_token"_s);

    reply = get(me, accessToken);
    QCOMPARE(reply.status, 200);
    const QJsonObject user = reply.json.value(u"user"_s).toObject();
    QCOMPARE(user.value(u"id"_s).toString(), u"user_01HDEVADA00000000000000"_s);
    QCOMPARE(user.value(u"email"_s).toString(), u"ada@example.com"_s);
    QCOMPARE(user.value(u"first_name"_s).toString(), u"Ada"_s);
    QCOMPARE(user.value(u"last_name"_s).toString(), u"Lovelace"_s);
    QCOMPARE(reply.json.value(u"organization_id"_s).toString(), u"org_01HDEVORG0000000000000"_s);
    const QJsonObject account = reply.json.value(u"account"_s).toObject();
    QCOMPARE(account.value(u"id"_s).toString(), u"acct_01HDEV0000000000"_s);
    QCOMPARE(account.value(u"name"_s).toString(), u"Analytical Engines"_s);
    QCOMPARE(account.value(u"plan"_s).toString(), u"pro"_s);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"me_requests"_s).toInt(), 4);
    QCOMPARE(stats.value(u"api_unauthorized"_s).toInt(), 3);
}

void tst_DevServer::echoReflectsMethodAndBody()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString accessToken = signIn(server).value(u"access_token"_s).toString();

    HttpResult reply = get(server.url(u"/v1/echo"_s), accessToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(reply.json.value(u"path"_s).toString(), u"/v1/echo"_s);
    QCOMPARE(reply.json.value(u"body"_s).toString(), QString());

    reply =
        post(server.url(u"/v1/echo"_s), R"({"hello":"world"})", accessToken, "application/json");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(reply.json.value(u"body"_s).toString(), uR"({"hello":"world"})"_s);

    reply = get(server.url(u"/v1/projects/42/runs"_s), accessToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"path"_s).toString(), u"/v1/projects/42/runs"_s);

    reply = post(server.url(u"/v1/echo"_s), "x");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("WWW-Authenticate"), "Bearer");
    QCOMPARE(server.stats().value(u"api_unauthorized"_s).toInt(), 1);
}

void tst_DevServer::revokeEndsEverySession()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    const QString accessToken = tokens.value(u"access_token"_s).toString();
    QCOMPARE(get(server.url(u"/v1/me"_s), accessToken).status, 200);

    QVERIFY(server.revoke());
    const HttpResult me = get(server.url(u"/v1/me"_s), accessToken);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.error(), u"invalid_token"_s);
    const HttpResult refreshed = refresh(server, tokens.value(u"refresh_token"_s).toString());
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.error(), u"invalid_grant"_s);

    // A new sign-in works again.
    const QJsonObject again = signIn(server);
    QCOMPARE(get(server.url(u"/v1/me"_s), again.value(u"access_token"_s).toString()).status, 200);
}

void tst_DevServer::expireAccessKeepsRefreshWorking()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    const QString accessToken = tokens.value(u"access_token"_s).toString();

    QVERIFY(server.expireAccess());
    const HttpResult rejected = get(server.url(u"/v1/me"_s), accessToken);
    QCOMPARE(rejected.status, 401);
    QCOMPARE(rejected.header("WWW-Authenticate"), R"(Bearer error="invalid_token")");

    const HttpResult refreshed = refresh(server, tokens.value(u"refresh_token"_s).toString());
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(
        get(server.url(u"/v1/me"_s), refreshed.json.value(u"access_token"_s).toString()).status,
        200);
}

void tst_DevServer::verificationPageApproves()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpResult authorization = authorize(server);
    const QString userCode = authorization.json.value(u"user_code"_s).toString();

    const HttpResult page =
        get(QUrl(authorization.json.value(u"verification_uri_complete"_s).toString()));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"<title>Astro — Confirm device</title>"_s));
    QVERIFY(html.contains(u"Confirm that this code matches the one shown on your device"_s));
    QVERIFY(html.contains(uR"(id="user_code" name="user_code" value="%1")"_s.arg(userCode)));
    QVERIFY(html.contains(uR"(id="approve")"_s));
    QVERIFY(html.contains(uR"(id="deny")"_s));
    QVERIFY(html.contains(uR"(<form method="post" action="/device">)"_s));
    QVERIFY(!html.contains(u"http://"_s) && !html.contains(u"https://"_s)); // self-contained

    // People type codes in any case and without the dash.
    const QString typed = userCode.toLower().remove(u'-');
    const HttpResult result = post(
        server.url(u"/device"_s), formBody({{u"user_code"_s, typed}, {u"action"_s, u"approve"_s}}));
    QCOMPARE(result.status, 200);
    QVERIFY(QString::fromUtf8(result.body).contains(uR"(id="result")"_s));
    QVERIFY(result.body.contains("Device approved. You can return to your terminal."));

    QCOMPARE(poll(server, authorization.json.value(u"device_code"_s).toString()).status, 200);
}

void tst_DevServer::verificationPageDeniesAndRejects()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const HttpResult authorization = authorize(server);
    const QString userCode = authorization.json.value(u"user_code"_s).toString();

    HttpResult result = post(server.url(u"/device"_s),
                             formBody({{u"user_code"_s, userCode}, {u"action"_s, u"deny"_s}}));
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.contains("Request denied."));
    QCOMPARE(poll(server, authorization.json.value(u"device_code"_s).toString()).error(),
             u"access_denied"_s);

    result = post(server.url(u"/device"_s),
                  formBody({{u"user_code"_s, u"ZZZZ-ZZZZ"_s}, {u"action"_s, u"approve"_s}}));
    QCOMPARE(result.status, 400);
    QVERIFY(result.body.contains("Unknown or expired code"));
}

void tst_DevServer::verificationPageEscapes()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QUrl url = server.url(u"/device"_s);
    url.setQuery(u"user_code=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"_s);
    const HttpResult page = get(url);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<script>"));
    QVERIFY(page.body.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
}

void tst_DevServer::omitOptional()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--omit-optional"_s, u"--auto-approve-after"_s, u"0"_s}),
             qPrintable(server.errorString()));
    const HttpResult authorization = authorize(server);
    QCOMPARE(authorization.status, 200);
    QVERIFY(!authorization.json.contains(u"verification_uri_complete"_s));
    QVERIFY(!authorization.json.contains(u"interval"_s));
    QVERIFY(authorization.json.contains(u"verification_uri"_s));
    QVERIFY(authorization.json.contains(u"expires_in"_s));

    const HttpResult tokens = poll(server, authorization.json.value(u"device_code"_s).toString());
    QCOMPARE(tokens.status, 200);
    QVERIFY(!tokens.json.contains(u"organization_id"_s));
    QVERIFY(!tokens.json.contains(u"authentication_method"_s));
    const QByteArray jwt = tokens.json.value(u"access_token"_s).toString().toLatin1();
    QVERIFY(!decodeJwtPart(jwt.split('.').value(1)).contains(u"org_id"_s));

    const HttpResult me = get(server.url(u"/v1/me"_s), QString::fromLatin1(jwt));
    QCOMPARE(me.status, 200);
    QVERIFY(me.json.contains(u"account"_s));
}

void tst_DevServer::noInterval()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--no-interval"_s}), qPrintable(server.errorString()));
    const HttpResult authorization = authorize(server);
    QVERIFY(!authorization.json.contains(u"interval"_s));
    QVERIFY(authorization.json.contains(u"verification_uri_complete"_s));
}

void tst_DevServer::authenticateErrorUsesWorkOsShape()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--authenticate-error"_s, u"organization_selection_required"_s,
                           u"--auto-approve-after"_s, u"0"_s}),
             qPrintable(server.errorString()));
    const HttpResult reply =
        poll(server, authorize(server).json.value(u"device_code"_s).toString());
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json.value(u"code"_s).toString(), u"organization_selection_required"_s);
    QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
    QVERIFY(reply.json.contains(u"pending_authentication_token"_s));
    QVERIFY(reply.json.value(u"user"_s).isObject());
    QVERIFY(!reply.json.contains(u"access_token"_s));

    // Switched off at run time, the next sign-in gets tokens.
    QVERIFY(server.configure({{u"authenticate_error"_s, u""_s}}));
    QCOMPARE(poll(server, authorize(server).json.value(u"device_code"_s).toString()).status, 200);
}

void tst_DevServer::failPollsThenSlowDown()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--fail-polls"_s, u"2"_s, u"--slow-down"_s, u"1"_s,
                           u"--auto-approve-after"_s, u"0"_s}),
             qPrintable(server.errorString()));
    const QString deviceCode = authorize(server).json.value(u"device_code"_s).toString();

    for (int i = 0; i < 2; ++i) {
        const HttpResult unavailable = poll(server, deviceCode);
        QCOMPARE(unavailable.status, 503);
        QVERIFY(unavailable.header("Content-Type").startsWith("text/plain"));
        QCOMPARE(unavailable.body, "Service Unavailable");
    }
    const HttpResult slowDown = poll(server, deviceCode);
    QCOMPARE(slowDown.status, 400);
    QCOMPARE(slowDown.error(), u"slow_down"_s);
    QCOMPARE(poll(server, deviceCode).status, 200);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"polls"_s).toInt(), 4);
    QCOMPARE(stats.value(u"poll_intervals_ms"_s).toArray().size(), 3);
    QCOMPARE(stats.value(u"too_early_polls"_s).toInt(), 0);
}

void tst_DevServer::strictIntervalCountsEarlyPolls()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--strict-interval"_s, u"--interval"_s, u"3"_s,
                           u"--auto-approve-after"_s, u"0"_s}),
             qPrintable(server.errorString()));
    const QString deviceCode = authorize(server).json.value(u"device_code"_s).toString();

    // Both polls come well inside the interval (3 s, then 8 s after the first slow_down).
    for (int i = 0; i < 2; ++i) {
        const HttpResult early = poll(server, deviceCode);
        QCOMPARE(early.status, 400);
        QCOMPARE(early.error(), u"slow_down"_s);
    }
    QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"too_early_polls"_s).toInt(), 2);
    QCOMPARE(stats.value(u"polls"_s).toInt(), 2);

    // With a zero interval no poll is early.
    DevServerProcess relaxed;
    QVERIFY2(relaxed.start({u"--strict-interval"_s, u"--interval"_s, u"0"_s,
                            u"--auto-approve-after"_s, u"0"_s}),
             qPrintable(relaxed.errorString()));
    QCOMPARE(poll(relaxed, authorize(relaxed).json.value(u"device_code"_s).toString()).status, 200);
    QCOMPARE(relaxed.stats().value(u"too_early_polls"_s).toInt(), 0);
}

void tst_DevServer::formPlusMeansSpace()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--client-id"_s, u"astro cli"_s}), qPrintable(server.errorString()));
    const QUrl url = server.url(u"/user_management/authorize/device"_s);

    const HttpResult plus = post(url, "client_id=astro+cli");
    QCOMPARE(plus.status, 200);
    const HttpResult encodedPlus = post(url, "client_id=astro%2Bcli");
    QCOMPARE(encodedPlus.status, 400);
    QCOMPARE(encodedPlus.error(), u"invalid_client"_s);

    // A user code typed with a space instead of the dash, sent the way browsers send forms.
    const QString userCode = plus.json.value(u"user_code"_s).toString();
    const QByteArray spaced = userCode.toLatin1().replace('-', '+');
    QCOMPARE(post(server.url(u"/_dev/approve"_s), "user_code=" + spaced).status, 200);
}

void tst_DevServer::badGrantRequests()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QUrl url = server.url(u"/user_management/authenticate"_s);

    HttpResult reply =
        post(url, formBody({{u"grant_type"_s, u"password"_s}, {u"client_id"_s, clientId}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), u"invalid_request"_s); // WorkOS's answer to an unknown grant

    reply = post(url, formBody({{u"client_id"_s, clientId}}));
    QCOMPARE(reply.error(), u"invalid_request"_s);

    reply = post(url, formBody({{u"grant_type"_s, deviceGrant}, {u"client_id"_s, clientId}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), u"invalid_request"_s);

    reply =
        post(url, formBody({{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, clientId}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), u"invalid_request"_s);

    reply = post(
        url,
        formBody({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"whatever"_s}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), u"invalid_request"_s);
}

void tst_DevServer::configureRefreshFailures()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    const QString refreshToken = tokens.value(u"refresh_token"_s).toString();

    QVERIFY(server.configure(
        {{u"refresh_fail_status"_s, 503}, {u"refresh_fail_count"_s, 2}, {u"access_ttl"_s, 60}}));
    for (int i = 0; i < 2; ++i) {
        const HttpResult failed = refresh(server, refreshToken);
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.body, "Service Unavailable");
    }
    // The failures did not rotate anything: the same token still works, once.
    const HttpResult refreshed = refresh(server, refreshToken);
    QCOMPARE(refreshed.status, 200);
    const QByteArray jwt = refreshed.json.value(u"access_token"_s).toString().toLatin1();
    const QJsonObject claims = decodeJwtPart(jwt.split('.').value(1));
    QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 60);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"refresh_requests"_s).toInt(), 3);
    QCOMPARE(stats.value(u"refresh_successes"_s).toInt(), 1);
}

void tst_DevServer::configureRefreshDelay()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    QVERIFY(server.configure({{u"refresh_delay_ms"_s, 400}}));

    QElapsedTimer timer;
    timer.start();
    const HttpResult refreshed = refresh(server, tokens.value(u"refresh_token"_s).toString());
    QCOMPARE(refreshed.status, 200);
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    // Other endpoints are not delayed, and the server still answers after a deferred reply.
    QCOMPARE(
        get(server.url(u"/v1/me"_s), refreshed.json.value(u"access_token"_s).toString()).status,
        200);
}

void tst_DevServer::configureRejectsUnknownSettings()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(!server.configure({{u"no_such_knob"_s, 1}}));
    QVERIFY(!server.configure({{u"access_ttl"_s, u"soon"_s}}));
    QVERIFY(!server.configure({{u"refresh_fail_count"_s, -1}}));

    // Auto approval can be switched on at run time and applies to codes already issued.
    const HttpResult authorization = authorize(server);
    const QString deviceCode = authorization.json.value(u"device_code"_s).toString();
    QCOMPARE(poll(server, deviceCode).error(), u"authorization_pending"_s);
    QVERIFY(server.configure({{u"auto_approve_after"_s, 0}}));
    QCOMPARE(poll(server, deviceCode).status, 200);
}

void tst_DevServer::resetStats()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    QVERIFY(server.resetStats());
    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"polls"_s).toInt(), 0);
    QCOMPARE(stats.value(u"device_authorizations"_s).toInt(), 0);
    QCOMPARE(stats.value(u"poll_intervals_ms"_s).toArray().size(), 0);
    // Issued secrets stay listed so that leak checks still see them.
    QCOMPARE(stats.value(u"issued"_s).toObject().value(u"access_tokens"_s).toArray().size(), 1);
}

void tst_DevServer::unknownRoutes()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(get(server.url(u"/no/such/thing"_s)).status, 404);
    const HttpResult wrongMethod = get(server.url(u"/user_management/authenticate"_s));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), "POST");
}

void tst_DevServer::portInUseFails()
{
    DevServerProcess first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));

    QProcess second;
    second.start(DevServerProcess::program(),
                 {u"--port"_s, QString::number(first.port()), u"--quiet"_s});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(second.readAllStandardOutput().isEmpty());
    const QByteArray error = second.readAllStandardError();
    QVERIFY2(error.contains("cannot listen") && error.contains(QByteArray::number(first.port())),
             error.constData());
}

void tst_DevServer::logsNoSecretsAndExitsOnSigterm()
{
    QProcess process;
    process.start(DevServerProcess::program(),
                  {u"--port"_s, u"0"_s, u"--auto-approve-after"_s, u"0"_s});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith("astro-devserver listening on http://127.0.0.1:"_L1),
             qPrintable(line));
    const QUrl base(line.section(u' ', -1));

    const HttpResult authorization =
        post(base.resolved(QUrl(u"/user_management/authorize/device"_s)),
             formBody({{u"client_id"_s, clientId}}));
    const QString userCode = authorization.json.value(u"user_code"_s).toString();
    get(base.resolved(QUrl(u"/device?user_code="_s + userCode)));
    const HttpResult tokens =
        post(base.resolved(QUrl(u"/user_management/authenticate"_s)),
             formBody({{u"grant_type"_s, deviceGrant},
                       {u"device_code"_s, authorization.json.value(u"device_code"_s).toString()},
                       {u"client_id"_s, clientId}}));
    QCOMPARE(tokens.status, 200);
    const QString accessToken = tokens.json.value(u"access_token"_s).toString();
    QCOMPARE(get(base.resolved(QUrl(u"/v1/me"_s)), accessToken).status, 200);
    const HttpResult refreshed =
        post(base.resolved(QUrl(u"/user_management/authenticate"_s)),
             formBody({{u"grant_type"_s, u"refresh_token"_s},
                       {u"refresh_token"_s, tokens.json.value(u"refresh_token"_s).toString()},
                       {u"client_id"_s, clientId}}));
    QCOMPARE(refreshed.status, 200);

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("POST /user_management/authenticate 200"), log.constData());
    QVERIFY2(log.contains("GET /device 200"), log.constData());
    for (const QString &secret : {authorization.json.value(u"device_code"_s).toString(), userCode,
                                  accessToken, tokens.json.value(u"refresh_token"_s).toString(),
                                  refreshed.json.value(u"access_token"_s).toString(),
                                  refreshed.json.value(u"refresh_token"_s).toString()}) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!log.contains(secret.toLatin1()), "a secret reached the request log");
    }
}

void tst_DevServer::accessTokensAreRs256WithJwks()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--client-id"_s, clientId}), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    const QByteArray jwt = tokens.value(u"access_token"_s).toString().toLatin1();
    QVERIFY(!jwt.isEmpty());

    const HttpResult jwks = get(server.url(u"/sso/jwks/"_s + clientId));
    QCOMPARE(jwks.status, 200);
    const QJsonArray keys = jwks.json.value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value(u"kty"_s).toString(), u"RSA"_s);
    QCOMPARE(key.value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(key.value(u"kid"_s).toString(),
             decodeJwtPart(jwt.split('.').first()).value(u"kid"_s).toString());
    QVERIFY(rs256Valid(jwt, key));
    // A token whose claims were changed no longer verifies, and the API refuses it.
    QList<QByteArray> parts = jwt.split('.');
    QJsonObject claims = decodeJwtPart(parts[1]);
    claims.insert(u"sub"_s, u"user_someone_else"_s);
    parts[1] = QJsonDocument(claims)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray forged = parts.join('.');
    QVERIFY(!rs256Valid(forged, key));
    QCOMPARE(get(server.url(u"/v1/me"_s), QString::fromLatin1(forged)).status, 401);
    QCOMPARE(get(server.url(u"/v1/me"_s), QString::fromLatin1(jwt)).status, 200);

    QCOMPARE(get(server.url(u"/sso/jwks/client_unknown"_s)).status, 404);
}

void tst_DevServer::userObjectCarriesNulls()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject user = signIn(server).value(u"user"_s).toObject();
    for (const QString &field :
         {u"object"_s, u"id"_s, u"email"_s, u"email_verified"_s, u"first_name"_s, u"last_name"_s,
          u"name"_s, u"profile_picture_url"_s, u"external_id"_s, u"last_sign_in_at"_s, u"locale"_s,
          u"metadata"_s, u"created_at"_s, u"updated_at"_s})
        QVERIFY2(user.contains(field), qPrintable(field));
    for (const QString &field :
         {u"name"_s, u"profile_picture_url"_s, u"external_id"_s, u"locale"_s})
        QVERIFY2(user.value(field).isNull(), qPrintable(field));
    QVERIFY(user.value(u"metadata"_s).isObject());
}

void tst_DevServer::userWithoutOrganization()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--identity"_s, u"grace"_s}), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    QVERIFY(tokens.contains(u"organization_id"_s));
    QVERIFY(tokens.value(u"organization_id"_s).isNull()); // null, not absent, not ""
    QCOMPARE(tokens.value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"grace@example.com"_s);
    const QByteArray jwt = tokens.value(u"access_token"_s).toString().toLatin1();
    QVERIFY(!decodeJwtPart(jwt.split('.').value(1)).contains(u"org_id"_s));
    // A refresh keeps the session's user even after the knob changed.
    QVERIFY(server.configure({{u"identity"_s, u"ada"_s}}));
    const HttpResult refreshed = refresh(server, tokens.value(u"refresh_token"_s).toString());
    QCOMPARE(refreshed.json.value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"grace@example.com"_s);
}

void tst_DevServer::sessionLogoutEndsTheSession()
{
    DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject tokens = signIn(server);
    const QJsonObject other = signIn(server); // another session stays alive
    const QString accessToken = tokens.value(u"access_token"_s).toString();
    const QString sessionId =
        decodeJwtPart(accessToken.toLatin1().split('.').value(1)).value(u"sid"_s).toString();
    QVERIFY(!sessionId.isEmpty());

    QUrl url = server.url(u"/user_management/sessions/logout"_s);
    url.setQuery(u"session_id="_s + sessionId);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const HttpResult ended = finish(m_network.get(request)); // public: no Authorization
    QCOMPARE(ended.status, 302);
    QVERIFY(!ended.header("Location").isEmpty());

    const HttpResult refused = refresh(server, tokens.value(u"refresh_token"_s).toString());
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.error(), u"invalid_grant"_s);
    QCOMPARE(get(server.url(u"/v1/me"_s), accessToken).status, 401);
    QCOMPARE(get(server.url(u"/v1/me"_s), other.value(u"access_token"_s).toString()).status, 200);
    QCOMPARE(refresh(server, other.value(u"refresh_token"_s).toString()).status, 200);

    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(u"session_logouts"_s).toInt(), 1);
    QCOMPARE(stats.value(u"ended_sessions"_s).toArray(), QJsonArray {sessionId});
    QCOMPARE(get(server.url(u"/user_management/sessions/logout"_s)).status, 400);
}

void tst_DevServer::deviceFlowDisabledIsAccessDenied()
{
    DevServerProcess server;
    QVERIFY2(server.start({u"--device-flow-disabled"_s}), qPrintable(server.errorString()));
    HttpResult reply = authorize(server);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.error(), u"access_denied"_s);
    QVERIFY(server.configure({{u"device_flow_disabled"_s, false}}));
    QCOMPARE(authorize(server).status, 200);
}

QTEST_GUILESS_MAIN(tst_DevServer)
#include "tst_devserver.moc"
