// The one sanitiser for text that reaches a terminal: every control the review found
// (title, line overwrite, hidden text, OSC 52, bidi override) is gone, nothing else is lost.
#include "TerminalText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
namespace TerminalText = ast::TerminalText;

class tst_TerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesControls_data();
    void removesControls();
    void keepsOrdinaryText_data();
    void keepsOrdinaryText();
    void nothingUnsafeSurvives();
    void capsLength();
    void linesKeepNewlinesOnly();
    void jsonStaysExactAndSafe();
};

void tst_TerminalText::removesControls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("window title (OSC 0, BEL)") << u"\x1b]0;pwned\x07"
                                                  "Ada"_s
                                               << u"Ada"_s;
    QTest::newRow("OSC 52 clipboard (ST)") << u"A\x1b]52;c;cm0gLXJmIH4=\x1b\\da"_s << u"Ada"_s;
    QTest::newRow("erase line, carriage return") << u"\x1b[2K\rAda"_s << u"Ada"_s;
    QTest::newRow("hidden text (SGR 8)") << u"\x1b[8mAda\x1b[0m"_s << u"Ada"_s;
    QTest::newRow("CSI with intermediates") << u"A\x1b[?25ld\x1b[1;31;42ma"_s << u"Ada"_s;
    QTest::newRow("charset switch (ESC ( 0)") << u"\x1b(0Ada"_s << u"Ada"_s;
    QTest::newRow("8-bit CSI") << u"Ada\u009b31m"_s << u"Ada"_s;
    QTest::newRow("8-bit OSC with 8-bit ST") << u"\u009d0;x\u009cAda"_s << u"Ada"_s;
    QTest::newRow("DCS") << u"\x1bPq#0;2;0;0;0\x1b\\Ada"_s << u"Ada"_s;
    QTest::newRow("unterminated OSC eats the rest") << u"Ada\x1b]0;title"_s << u"Ada"_s;
    QTest::newRow("lone ESC at the end") << u"Ada\x1b"_s << u"Ada"_s;
    QTest::newRow("C0 controls") << u"A\x00\x01\x08\x7f"
                                    "da"_s
                                 << u"Ada"_s;
    QTest::newRow("C1 controls") << u"A\u0085\u0084\u0099da"_s << u"Ada"_s;
    QTest::newRow("8-bit DCS and its string") << u"A\u0090q#1\u009cda"_s << u"Ada"_s;
    QTest::newRow("tab and newline become spaces") << u"Ada\tL.\nX"_s << u"Ada L. X"_s;
    QTest::newRow("RLO") << u"invoice\u202Egpj.exe"_s << u"invoicegpj.exe"_s;
    QTest::newRow("LRE PDF") << u"\u202AAda\u202C"_s << u"Ada"_s;
    QTest::newRow("isolates") << u"\u2066A\u2067d\u2068a\u2069"_s << u"Ada"_s;
    QTest::newRow("marks") << u"A\u200Ed\u200Fa\u061C"_s << u"Ada"_s;
    QTest::newRow("zero-width and format characters")
        << u"A\u200Bd\u2060a\uFEFF\U000E0041"_s << u"Ada"_s;
    QTest::newRow("unassigned and private use") << u"A\u20CBd\uE000a\U000F0000"_s << u"Ada"_s;
    QTest::newRow("lone surrogate") << QString(u"A"_s + QChar(0xd800) + u"da"_s) << u"A\uFFFDda"_s;
}

void tst_TerminalText::removesControls()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TerminalText::sanitized(input), expected);
}

void tst_TerminalText::keepsOrdinaryText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"ada@example.com (Ada Lovelace) [pro] {x} ~!#$%^&*"_s;
    QTest::newRow("accents") << u"Zoë Ångström-Łukasz"_s;
    QTest::newRow("CJK") << u"山田太郎"_s;
    QTest::newRow("Arabic (RTL by itself is fine)") << u"محمد"_s;
    QTest::newRow("emoji (surrogate pair)") << u"Ada 🚀"_s;
}

void tst_TerminalText::keepsOrdinaryText()
{
    QFETCH(QString, text);
    QCOMPARE(TerminalText::sanitized(text), text);
}

void tst_TerminalText::nothingUnsafeSurvives()
{
    // Every code point from 0 to U+206F in one string: no unsafe one may come out.
    QString all;
    for (char32_t c = 0; c < 0x2070; ++c)
        all += QString::fromUcs4(&c, 1);
    const QString clean = TerminalText::sanitized(all, all.size());
    for (const QChar c : clean)
        QVERIFY2(!TerminalText::isUnsafe(c.unicode()),
                 qPrintable(QString::number(c.unicode(), 16)));
    QVERIFY(!clean.contains(QChar(0x1b)));
}

void tst_TerminalText::capsLength()
{
    const QString cut = TerminalText::sanitized(QString(1000, u'x'), 10);
    QCOMPARE(cut.size(), 10);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QCOMPARE(TerminalText::sanitized(QString(300, u'x')).size(), 300); // the default cap
    QCOMPARE(TerminalText::sanitized(QString(301, u'x')).size(), 300);
    // A cut never splits a surrogate pair.
    const QString emoji = TerminalText::sanitized(u"🚀🚀🚀🚀"_s, 3);
    QCOMPARE(emoji, u"🚀🚀\u2026"_s);
}

void tst_TerminalText::linesKeepNewlinesOnly()
{
    QCOMPARE(TerminalText::sanitizedLines(u"line 1\n\x1b[2Kline 2\r\n"_s), u"line 1\nline 2\n"_s);
}

void tst_TerminalText::jsonStaysExactAndSafe()
{
    const QString hostile = u"\x1b]52;c;eA==\x07"
                            "Ada\u202E\u009b31m"_s;
    const QJsonObject object {{u"name"_s, hostile}};
    const QByteArray printed = TerminalText::terminalSafeJson(QJsonDocument(object));
    // Nothing a terminal acts on...
    for (const QChar c : QString::fromUtf8(printed))
        QVERIFY2(c == u'\n' || !TerminalText::isUnsafe(c.unicode()),
                 qPrintable(QString::number(c.unicode(), 16)));
    QVERIFY(printed.contains("\\u202e"));
    // ...and exactly the same value for a JSON reader.
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(printed, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(u"name"_s).toString(), hostile);
}

QTEST_GUILESS_MAIN(tst_TerminalText)
#include "tst_terminaltext.moc"
