import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One line of status in a tinted box: "info" (with a spinner when busy), "ok", "warn", "bad".
// A screen reader reads it as one piece of text; what kind it is goes in the description.
Rectangle {
    id: line
    property Theme theme: Theme {}
    property string kind: "info"
    property string text
    property bool busy: false

    implicitHeight: row.implicitHeight + 20
    radius: theme.radius
    color: kind === "ok" ? theme.okSoft : kind === "warn" ? theme.warnSoft
         : kind === "bad" ? theme.badSoft : theme.subtle
    visible: text.length > 0

    Accessible.role: Accessible.StaticText
    Accessible.name: line.text
    Accessible.description: kind === "ok" ? qsTr("Done") : kind === "warn" ? qsTr("Warning")
                          : kind === "bad" ? qsTr("Error") : busy ? qsTr("In progress") : ""

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 10

        BusyIndicator {
            visible: line.busy
            running: line.busy
            Layout.preferredWidth: 18
            Layout.preferredHeight: 18
            padding: 0
            palette.dark: line.theme.accent // the Basic style draws its dots in this colour
            Accessible.ignored: true
        }
        Rectangle {
            visible: !line.busy
            Layout.preferredWidth: 8
            Layout.preferredHeight: 8
            radius: 4
            color: line.kind === "ok" ? line.theme.ok : line.kind === "warn" ? line.theme.warn
                 : line.kind === "bad" ? line.theme.bad : line.theme.accent
            Accessible.ignored: true
        }
        Text {
            Layout.fillWidth: true
            text: line.text
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: 13
            color: line.kind === "ok" ? line.theme.ok : line.kind === "warn" ? line.theme.warn
                 : line.kind === "bad" ? line.theme.bad : line.theme.text
            Accessible.ignored: true
        }
    }
}
