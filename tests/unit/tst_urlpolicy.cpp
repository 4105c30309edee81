#include "TestHelpers.h"
#include "UrlPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ast::UrlPolicy;

class tst_UrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void refusedInEveryRole();
    void messageHidesPathAndQuery();
    void loopbackHosts_data();
    void loopbackHosts();
};

void tst_UrlPolicy::accepted_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("https") << u"https://api.workos.com"_s;
    QTest::newRow("https with path") << u"https://api.workos.com/user_management"_s;
    QTest::newRow("https upper-case scheme") << u"HTTPS://api.example.com/"_s;
    QTest::newRow("https with port") << u"https://example.com:8443/x"_s;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3/"_s;
    QTest::newRow("http 127.255.255.254") << u"http://127.255.255.254:1/"_s;
    QTest::newRow("http [::1]") << u"http://[::1]:9000/device"_s;
    QTest::newRow("http localhost") << u"http://localhost:5000/"_s;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/"_s;
}

void tst_UrlPolicy::accepted()
{
    QFETCH(QString, url);
    for (auto role :
         {UrlPolicy::Role::Server, UrlPolicy::Role::AuthUrl, UrlPolicy::Role::VerificationUrl}) {
        const ast::Status status = UrlPolicy::check(QUrl(url), role);
        QVERIFY2(!status, qPrintable(status ? status->detail : QString()));
    }
}

void tst_UrlPolicy::refused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s;
    QTest::newRow("ftp") << u"ftp://example.com/file"_s;
    QTest::newRow("remote http") << u"http://example.com/device"_s;
    QTest::newRow("remote http by IP") << u"http://10.0.0.1/"_s;
    QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0/"_s;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/"_s;
    QTest::newRow("http localhost lookalike") << u"http://localhost.evil.example/"_s;
    QTest::newRow("http 127.0.0.1 lookalike") << u"http://127.0.0.1.evil.example/"_s;
    QTest::newRow("http ipv4-mapped public") << u"http://[::ffff:8.8.8.8]/"_s;
    QTest::newRow("https userinfo") << u"https://user:pass@example.com/"_s;
    QTest::newRow("https user only") << u"https://user@example.com/"_s;
    QTest::newRow("http loopback userinfo") << u"http://user@127.0.0.1/"_s;
    QTest::newRow("https no host") << u"https:///path"_s;
    QTest::newRow("no scheme") << u"example.com/path"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("ws") << u"ws://127.0.0.1/"_s;
    QTest::newRow("mailto") << u"mailto:a@example.com"_s;
}

void tst_UrlPolicy::refused()
{
    QFETCH(QString, url);
    const ast::Status status = UrlPolicy::check(QUrl(url), UrlPolicy::Role::VerificationUrl);
    QVERIFY(status);
    QCOMPARE(status->kind, ast::ErrorKind::UrlRefused);
    QVERIFY(!status->detail.isEmpty());
    QCOMPARE(ast::userMessage(*status), status->detail);
}

void tst_UrlPolicy::refusedInEveryRole()
{
    const QUrl url(u"http://example.com/"_s);
    const ast::Status server = UrlPolicy::check(url, UrlPolicy::Role::Server);
    const ast::Status auth = UrlPolicy::check(url, UrlPolicy::Role::AuthUrl);
    const ast::Status verification = UrlPolicy::check(url, UrlPolicy::Role::VerificationUrl);
    QVERIFY(server && auth && verification);
    QVERIFY(server->detail.contains(u"server URL"_s));
    QVERIFY(auth->detail.contains(u"auth URL"_s));
    QVERIFY(verification->detail.contains(u"verification URL"_s));
}

void tst_UrlPolicy::messageHidesPathAndQuery()
{
    const QUrl url(u"http://evil.example/steal?device_code=SECRET123#frag"_s);
    const ast::Status status = UrlPolicy::check(url, UrlPolicy::Role::VerificationUrl);
    QVERIFY(status);
    QVERIFY(status->detail.contains(u"evil.example"_s));
    QVERIFY(!status->detail.contains(u"SECRET123"_s));
    QVERIFY(!status->detail.contains(u"steal"_s));

    const QUrl userInfo(u"https://alice:hunter2@example.com/"_s);
    const ast::Status refused = UrlPolicy::check(userInfo, UrlPolicy::Role::Server);
    QVERIFY(refused);
    QVERIFY(!refused->detail.contains(u"hunter2"_s));
}

void tst_UrlPolicy::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.9.9.9") << u"127.9.9.9"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("Localhost") << u"Localhost"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("example.com") << u"example.com"_s << false;
    QTest::newRow("192.168.1.1") << u"192.168.1.1"_s << false;
    QTest::newRow("::2") << u"::2"_s << false;
    QTest::newRow("localhost.") << u"localhost.example"_s << false;
}

void tst_UrlPolicy::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(UrlPolicy::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(tst_UrlPolicy)
#include "tst_urlpolicy.moc"
