import QtQuick
import QtQuick.Controls.Basic

// A button in the Astro style: filled accent when `primary`, outlined otherwise.
Button {
    id: control
    property bool primary: false
    property Theme theme: Theme {}

    implicitHeight: 40
    leftPadding: 18
    rightPadding: 18
    font.pixelSize: 14
    font.weight: Font.DemiBold

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? control.theme.accentText : control.theme.text
        opacity: control.enabled ? 1.0 : 0.45
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: control.theme.radius
        color: control.primary
               ? (control.down ? control.theme.accentPressed : control.theme.accent)
               : (control.down || control.hovered ? control.theme.subtle : "transparent")
        border.width: control.primary ? 0 : 1
        border.color: control.theme.line
        opacity: control.enabled ? 1.0 : 0.6
        Rectangle { // keyboard focus ring
            anchors.fill: parent
            anchors.margins: -3
            radius: parent.radius + 3
            color: "transparent"
            border.color: control.theme.accent
            border.width: 2
            visible: control.visualFocus
        }
    }
}
