import QtQuick

// Colours and sizes shared by the windows; the same palette as the verification page.
QtObject {
    readonly property color background: "#f4f5f8"
    readonly property color card: "#ffffff"
    readonly property color text: "#1b1d24"
    readonly property color muted: "#5d6271"
    readonly property color line: "#dfe2ea"
    readonly property color subtle: "#f7f7fb"
    readonly property color accent: "#4b49e8"
    readonly property color accentPressed: "#3b39c9"
    readonly property color accentText: "#ffffff"
    readonly property color accentSoft: "#ecebfd"
    readonly property color ok: "#16794c"
    readonly property color okSoft: "#e7f5ee"
    readonly property color bad: "#b42318"
    readonly property color badSoft: "#fdecea"
    readonly property color warn: "#9a5b00"
    readonly property color warnSoft: "#fff5e0"
    readonly property int radius: 10
    readonly property int gap: 16
    readonly property string monospace: "DejaVu Sans Mono, Menlo, Consolas, monospace"
}
