import QtQuick

// Colours and sizes shared by the windows. The colours come from ThemePalette (C++, the
// engine's `astroTheme`): light or dark after the desktop, or ASTRO_THEME; each text and
// background pair is held to WCAG AA by a unit test (docs/tray.md).
QtObject {
    readonly property var colors: astroTheme.colors
    readonly property bool dark: astroTheme.dark
    readonly property color background: colors.background
    readonly property color card: colors.card
    readonly property color text: colors.text
    readonly property color muted: colors.muted
    readonly property color line: colors.line
    readonly property color control: colors.control
    readonly property color subtle: colors.subtle
    readonly property color accent: colors.accent
    readonly property color accentPressed: colors.accentPressed
    readonly property color accentText: colors.accentText
    readonly property color accentSoft: colors.accentSoft
    readonly property color ok: colors.ok
    readonly property color okSoft: colors.okSoft
    readonly property color bad: colors.bad
    readonly property color badSoft: colors.badSoft
    readonly property color warn: colors.warn
    readonly property color warnSoft: colors.warnSoft
    readonly property int radius: 10
    readonly property int gap: 16
    readonly property string monospace: "DejaVu Sans Mono, Menlo, Consolas, monospace"
}
