#include "QrCode.h"
#include "TestHelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ast::QrCode;

namespace {
// The 7x7 finder pattern of a QR code: dark ring, light ring, dark 3x3 centre.
bool hasFinderAt(const QrCode &code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.dark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}
} // namespace

class tst_QrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesUrl();
    void longerTextNeedsLargerCode();
    void outsideIsLight();
    void defaultIsNull();
};

void tst_QrCode::encodesUrl()
{
    const QrCode code = QrCode::encode(u"https://auth.example.com/device?user_code=ABCD-EFGH"_s);
    QVERIFY(!code.isNull());
    QVERIFY(code.size() >= 21);
    QCOMPARE((code.size() - 17) % 4, 0); // version v has 17 + 4v modules a side
    QVERIFY(hasFinderAt(code, 0, 0));
    QVERIFY(hasFinderAt(code, code.size() - 7, 0));
    QVERIFY(hasFinderAt(code, 0, code.size() - 7));
    QVERIFY(!hasFinderAt(code, code.size() - 7, code.size() - 7));
}

void tst_QrCode::longerTextNeedsLargerCode()
{
    const QrCode small = QrCode::encode(u"https://a.example/d"_s);
    const QrCode large =
        QrCode::encode(u"https://auth.example.com/device?user_code="_s + QString(200, u'X'));
    QVERIFY(!small.isNull());
    QVERIFY(!large.isNull());
    QVERIFY(large.size() > small.size());
}

void tst_QrCode::outsideIsLight()
{
    const QrCode code = QrCode::encode(u"x"_s);
    QVERIFY(code.dark(0, 0));
    QVERIFY(!code.dark(-1, 0));
    QVERIFY(!code.dark(0, -1));
    QVERIFY(!code.dark(code.size(), 0));
    QVERIFY(!code.dark(0, code.size()));
}

void tst_QrCode::defaultIsNull()
{
    const QrCode code;
    QVERIFY(code.isNull());
    QCOMPARE(code.size(), 0);
    QVERIFY(!code.dark(0, 0));
}

QTEST_GUILESS_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
