import QtQuick
import QtQuick.Controls.Basic

// A button in the Astro style: filled accent when `primary`, outlined otherwise. Takes
// keyboard focus by Tab, shows a focus ring, and is pressed by Space, Enter or Return.
Button {
    id: control
    property bool primary: false
    property Theme theme: Theme {}

    implicitHeight: 40
    leftPadding: 18
    rightPadding: 18
    font.pixelSize: 14
    font.weight: Font.DemiBold
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    // AT-SPI doAction("Press"): Qt Quick Controls 6.4 does not wire it to the button itself.
    Accessible.onPressAction: if (control.enabled) control.clicked()

    Keys.onReturnPressed: event => { if (control.enabled) control.clicked(); event.accepted = true }
    Keys.onEnterPressed: event => { if (control.enabled) control.clicked(); event.accepted = true }

    contentItem: Text {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: control.primary ? control.theme.accentText : control.theme.text
        opacity: control.enabled ? 1.0 : 0.45
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        Accessible.ignored: true // the button speaks for itself
    }
    background: Rectangle {
        radius: control.theme.radius
        color: control.primary
               ? (control.down ? control.theme.accentPressed : control.theme.accent)
               : (control.down || control.hovered ? control.theme.subtle : "transparent")
        border.width: control.primary ? 0 : 1
        border.color: control.theme.control
        opacity: control.enabled ? 1.0 : 0.6
        Rectangle { // keyboard focus ring
            anchors.fill: parent
            anchors.margins: -4
            radius: parent.radius + 4
            color: "transparent"
            border.color: control.theme.accent
            border.width: 2
            visible: control.visualFocus
        }
    }
}
