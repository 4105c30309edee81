#include "tray/ThemePalette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <cmath>

namespace ast::tray {

namespace {
// Text needs 4.5:1 (WCAG 2 AA, 1.4.3); borders and focus rings that identify a control 3:1
// (1.4.11).
constexpr double TextRatio = 4.5;
constexpr double ControlRatio = 3.0;

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}
} // namespace

ThemePalette::ThemePalette(QObject *parent)
    : QObject(parent)
{
    update();
    // The desktop switching between light and dark reaches Qt as a palette change.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ThemePalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance()
        && event->type() == QEvent::ApplicationPaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

void ThemePalette::update()
{
    const Mode mode = resolve(qgetenv("ASTRO_THEME"), QGuiApplication::palette());
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT changed();
}

ThemePalette::Mode ThemePalette::resolve(const QByteArray &forced, const QPalette &palette)
{
    if (forced == "dark")
        return Mode::Dark;
    if (forced == "light")
        return Mode::Light;
    return palette.color(QPalette::Window).lightness() < 128 ? Mode::Dark : Mode::Light;
}

QVariantMap ThemePalette::colors(Mode mode)
{
    const bool dark = mode == Mode::Dark;
    const auto pick = [dark](const char *light, const char *darkColor) {
        return QColor(QLatin1String(dark ? darkColor : light));
    };
    return {
        {QStringLiteral("background"), pick("#f4f5f8", "#121318")},
        {QStringLiteral("card"), pick("#ffffff", "#1c1e26")},
        {QStringLiteral("text"), pick("#1b1d24", "#eceef4")},
        {QStringLiteral("muted"), pick("#5d6271", "#a9aebd")},
        {QStringLiteral("line"), pick("#dfe2ea", "#3a3d4b")},
        {QStringLiteral("control"), pick("#848a9a", "#7d8294")},
        {QStringLiteral("subtle"), pick("#f7f7fb", "#262833")},
        {QStringLiteral("accent"), pick("#4b49e8", "#9d9bff")},
        {QStringLiteral("accentPressed"), pick("#3b39c9", "#b7b5ff")},
        {QStringLiteral("accentText"), pick("#ffffff", "#12122a")},
        {QStringLiteral("accentSoft"), pick("#ecebfd", "#2b2a55")},
        {QStringLiteral("ok"), pick("#16794c", "#5fd39a")},
        {QStringLiteral("okSoft"), pick("#e7f5ee", "#16301f")},
        {QStringLiteral("bad"), pick("#b42318", "#ff8f85")},
        {QStringLiteral("badSoft"), pick("#fdecea", "#3d1c1b")},
        {QStringLiteral("warn"), pick("#9a5b00", "#f2b654")},
        {QStringLiteral("warnSoft"), pick("#fff5e0", "#3a2b10")},
    };
}

QList<ThemePalette::Pair> ThemePalette::pairs()
{
    // Keep in step with the QML: every `color:` of a Text against what lies under it.
    return {
        {QStringLiteral("text"), QStringLiteral("card"), TextRatio},
        {QStringLiteral("text"), QStringLiteral("background"), TextRatio},
        {QStringLiteral("muted"), QStringLiteral("card"), TextRatio},
        {QStringLiteral("accent"), QStringLiteral("card"), TextRatio}, // the sign-in link
        {QStringLiteral("warn"), QStringLiteral("card"), TextRatio}, // countdown, plain file
        {QStringLiteral("accentText"), QStringLiteral("accent"), TextRatio}, // primary button
        {QStringLiteral("accentText"), QStringLiteral("accentPressed"), TextRatio},
        {QStringLiteral("text"), QStringLiteral("accentSoft"), TextRatio}, // the code
        {QStringLiteral("muted"), QStringLiteral("accentSoft"), TextRatio}, // "Getting a code…"
        {QStringLiteral("text"), QStringLiteral("subtle"), TextRatio}, // info status, hover
        {QStringLiteral("muted"), QStringLiteral("subtle"), TextRatio}, // "Signed out" badge
        {QStringLiteral("muted"), QStringLiteral("line"), TextRatio}, // "?" avatar
        {QStringLiteral("ok"), QStringLiteral("okSoft"), TextRatio},
        {QStringLiteral("warn"), QStringLiteral("warnSoft"), TextRatio},
        {QStringLiteral("bad"), QStringLiteral("badSoft"), TextRatio},
        {QStringLiteral("accent"), QStringLiteral("card"), ControlRatio}, // focus ring
        {QStringLiteral("accent"), QStringLiteral("subtle"), ControlRatio}, // spinner
        {QStringLiteral("accent"), QStringLiteral("accentSoft"), ControlRatio}, // spinner
        {QStringLiteral("control"), QStringLiteral("card"), ControlRatio}, // check box border
    };
}

double ThemePalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ast::tray
