import QtQuick
import QtQuick.Layouts

// The Astro mark and name at the top of every window. Decoration: a screen reader already
// has the window's title.
RowLayout {
    id: header
    property Theme theme: Theme {}
    spacing: 10
    Accessible.ignored: true

    Rectangle {
        Layout.preferredWidth: 28
        Layout.preferredHeight: 28
        radius: 8
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "#4b49e8" }
            GradientStop { position: 1.0; color: "#c05cf0" }
        }
        // A ringed planet, as in the tray icon.
        Rectangle {
            anchors.centerIn: parent
            width: 10; height: 10; radius: 5
            color: "white"
        }
        Rectangle {
            anchors.centerIn: parent
            width: 20; height: 7; radius: 3.5
            color: "transparent"
            border.color: "white"
            border.width: 1.5
            rotation: -25
        }
    }
    Text {
        text: "Astro"
        textFormat: Text.PlainText
        color: header.theme.text
        font.pixelSize: 15
        font.weight: Font.DemiBold
        Accessible.ignored: true
    }
    Item { Layout.fillWidth: true }
}
