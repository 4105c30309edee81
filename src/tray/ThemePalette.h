#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QVariantMap>

class QPalette;

namespace ast::tray {

// The colours of the QML windows, light or dark. Follows the desktop (the application
// palette's window colour) unless ASTRO_THEME=light|dark forces one; QML reads `colors` by
// name through Theme.qml. Every text/background pair the windows draw is listed in pairs(),
// so that a test can hold both modes to WCAG AA (docs/tray.md, "Accessibility").
class ThemePalette : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dark READ isDark NOTIFY changed)
    Q_PROPERTY(QVariantMap colors READ colors NOTIFY changed)

public:
    enum class Mode { Light, Dark };

    // A foreground drawn on a background, by colour name, and the contrast it needs.
    struct Pair
    {
        QString foreground;
        QString background;
        double minimumRatio;
    };

    explicit ThemePalette(QObject *parent = nullptr);

    bool isDark() const { return m_mode == Mode::Dark; }
    Mode mode() const { return m_mode; }
    QVariantMap colors() const { return colors(m_mode); }

    static QVariantMap colors(Mode mode);
    static QList<Pair> pairs();
    // WCAG 2 contrast ratio, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);
    // ASTRO_THEME's choice, or the palette's: dark when its window colour is dark.
    static Mode resolve(const QByteArray &forced, const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changed();

private:
    void update();

    Mode m_mode = Mode::Light;
};

} // namespace ast::tray
