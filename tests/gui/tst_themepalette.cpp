// ThemePalette: both modes hold every text/background pair the windows draw to WCAG AA, and
// the mode follows ASTRO_THEME first, then the desktop's palette.
#include "ThemePalette.h"

#include <QPalette>
#include <QTest>

using ast::tray::ThemePalette;

class TestThemePalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contrastRatioMatchesWcag();
    void everyPairIsReadable_data();
    void everyPairIsReadable();
    void modesDiffer();
    void resolvesForcedThenPlatform();
};

void TestThemePalette::contrastRatioMatchesWcag()
{
    QCOMPARE(ThemePalette::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(ThemePalette::contrastRatio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
    QVERIFY(qAbs(ThemePalette::contrastRatio(QColor("#767676"), Qt::white) - 4.54) < 0.01);
}

void TestThemePalette::everyPairIsReadable_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("foreground");
    QTest::addColumn<QString>("background");
    QTest::addColumn<double>("minimum");
    for (const auto mode : {ThemePalette::Mode::Light, ThemePalette::Mode::Dark}) {
        const char *modeName = mode == ThemePalette::Mode::Dark ? "dark" : "light";
        for (const ThemePalette::Pair &pair : ThemePalette::pairs())
            QTest::addRow("%s %s on %s", modeName, qPrintable(pair.foreground),
                          qPrintable(pair.background))
                << int(mode) << pair.foreground << pair.background << pair.minimumRatio;
    }
}

void TestThemePalette::everyPairIsReadable()
{
    QFETCH(int, mode);
    QFETCH(QString, foreground);
    QFETCH(QString, background);
    QFETCH(double, minimum);
    const QVariantMap colors = ThemePalette::colors(ThemePalette::Mode(mode));
    QVERIFY2(colors.contains(foreground), qPrintable(foreground));
    QVERIFY2(colors.contains(background), qPrintable(background));
    const QColor fg = colors.value(foreground).value<QColor>();
    const QColor bg = colors.value(background).value<QColor>();
    QVERIFY(fg.isValid() && bg.isValid());
    const double ratio = ThemePalette::contrastRatio(fg, bg);
    QVERIFY2(ratio >= minimum,
             qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                            .arg(fg.name(), bg.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(minimum)));
}

void TestThemePalette::modesDiffer()
{
    const QVariantMap light = ThemePalette::colors(ThemePalette::Mode::Light);
    const QVariantMap dark = ThemePalette::colors(ThemePalette::Mode::Dark);
    QCOMPARE(light.keys(), dark.keys());
    // A dark theme is dark where it counts: the window and the card.
    QVERIFY(dark.value(QStringLiteral("background")).value<QColor>().lightness() < 64);
    QVERIFY(dark.value(QStringLiteral("card")).value<QColor>().lightness() < 64);
    QVERIFY(light.value(QStringLiteral("card")).value<QColor>().lightness() > 192);
}

void TestThemePalette::resolvesForcedThenPlatform()
{
    QPalette darkDesktop;
    darkDesktop.setColor(QPalette::Window, QColor("#202124"));
    QPalette lightDesktop;
    lightDesktop.setColor(QPalette::Window, QColor("#efefef"));

    QCOMPARE(ThemePalette::resolve({}, darkDesktop), ThemePalette::Mode::Dark);
    QCOMPARE(ThemePalette::resolve({}, lightDesktop), ThemePalette::Mode::Light);
    QCOMPARE(ThemePalette::resolve("light", darkDesktop), ThemePalette::Mode::Light);
    QCOMPARE(ThemePalette::resolve("dark", lightDesktop), ThemePalette::Mode::Dark);
    QCOMPARE(ThemePalette::resolve("bogus", lightDesktop), ThemePalette::Mode::Light);
}

QTEST_MAIN(TestThemePalette)
#include "tst_themepalette.moc"
