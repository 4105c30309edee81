#include "Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ast::Pkce;

class tst_Pkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void generatedValuesHaveTheRightShape();
    void generatedValuesDiffer();
};

// RFC 7636 appendix B: the verifier of the example and its S256 challenge.
void tst_Pkce::rfc7636AppendixB()
{
    QCOMPARE(Pkce::challengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
             u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    QCOMPARE(Pkce::Method, QLatin1String("S256"));
}

void tst_Pkce::generatedValuesHaveTheRightShape()
{
    const Pkce pkce = Pkce::generate();
    static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]+$"_s);
    // 32 bytes -> 43 characters without padding (RFC 7636 4.1 allows 43..128).
    QCOMPARE(pkce.verifier.size(), 43);
    QVERIFY(base64Url.match(pkce.verifier).hasMatch());
    QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
    QCOMPARE(pkce.challenge.size(), 43);
    // 128 bits -> 22 characters.
    QCOMPARE(pkce.state.size(), 22);
    QVERIFY(base64Url.match(pkce.state).hasMatch());
}

void tst_Pkce::generatedValuesDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const Pkce pkce = Pkce::generate();
        seen.insert(pkce.verifier);
        seen.insert(pkce.state);
    }
    QCOMPARE(seen.size(), 200);
}

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
