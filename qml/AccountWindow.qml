import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window
import Astro.Core

// The account window: who is signed in to which profile, and every action of the tray menu.
// It is also the way in when the desktop has no system tray.
// Keyboard: focus starts on the primary button (Sign in… / Copy access token); Tab visits
// every control; Enter presses the focused button; Esc closes. Data is shown as plain text.
Window {
    id: window
    required property QtObject account
    required property QtObject app
    readonly property int accountState: account.state
    readonly property bool signedIn: accountState === ProfileStatus.SignedIn
    property Theme theme: Theme {}

    width: 440
    height: 560
    minimumWidth: 400
    minimumHeight: 520
    title: qsTr("Astro")
    color: theme.background

    Shortcut {
        sequences: [StandardKey.Cancel]
        onActivated: window.close()
    }
    Component.onCompleted: primaryAction.forceActiveFocus(Qt.TabFocusReason)
    onAccountStateChanged: announcer.say(stateText())

    function stateText() {
        return window.signedIn ? qsTr("Signed in")
             : window.accountState === ProfileStatus.SignedOut ? qsTr("Signed out")
             : window.accountState === ProfileStatus.SessionEnded ? qsTr("Session ended") : qsTr("Problem")
    }
    function who() {
        return window.accountState === ProfileStatus.SignedOut ? qsTr("Not signed in")
             : window.accountState === ProfileStatus.Unreadable ? qsTr("Credentials unreadable")
             : (window.account.displayName || window.account.email)
    }
    Announcer { id: announcer }
    Connections {
        target: window.app
        function onStatusChanged() { announcer.say(window.app.status) }
    }

    function initials() {
        const source = window.account.displayName || window.account.email || "?"
        const words = source.split(/[\s@.]+/).filter(w => w.length > 0)
        return (words.length > 1 ? words[0][0] + words[1][0] : source.substring(0, 2)).toUpperCase()
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: 16
        radius: 16
        color: window.theme.card
        border.color: window.theme.line

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 28
            spacing: 0

            BrandHeader { Layout.fillWidth: true }

            Text {
                Layout.topMargin: 22
                text: qsTr("Your Astro account")
                textFormat: Text.PlainText
                Accessible.role: Accessible.Heading
                color: window.theme.text
                font.pixelSize: 22
                font.weight: Font.DemiBold
            }

            // Who is signed in.
            RowLayout {
                Layout.topMargin: 18
                Layout.fillWidth: true
                spacing: 14
                // Read as one line: "Ada Lovelace, Signed in", then the email.
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%1, %2").arg(window.who()).arg(window.stateText())
                Accessible.description: detail.text
                objectName: "accountState"
                Rectangle {
                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                    radius: 24
                    color: window.signedIn ? window.theme.accent : window.theme.line
                    Accessible.ignored: true
                    Text {
                        anchors.centerIn: parent
                        textFormat: Text.PlainText
                        Accessible.ignored: true
                        text: window.signedIn ? window.initials() : "?"
                        color: window.signedIn ? window.theme.accentText : window.theme.muted
                        font.pixelSize: 17
                        font.weight: Font.DemiBold
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: window.who()
                        textFormat: Text.PlainText
                        Accessible.ignored: true
                        color: window.theme.text
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Text {
                        id: detail
                        Layout.fillWidth: true
                        visible: text.length > 0
                        textFormat: Text.PlainText
                        Accessible.ignored: true
                        text: window.accountState === ProfileStatus.SignedOut ? qsTr("Sign in to use Astro from this computer.")
                            : window.accountState === ProfileStatus.Unreadable ? window.account.problem
                            : window.account.email
                        color: window.theme.muted
                        font.pixelSize: 13
                        wrapMode: Text.WordWrap
                    }
                }
                Rectangle { // state badge
                    Layout.alignment: Qt.AlignTop
                    implicitWidth: badge.implicitWidth + 16
                    implicitHeight: badge.implicitHeight + 8
                    radius: height / 2
                    color: window.signedIn ? window.theme.okSoft
                         : window.accountState === ProfileStatus.SignedOut ? window.theme.subtle : window.theme.warnSoft
                    Accessible.ignored: true
                    Text {
                        id: badge
                        anchors.centerIn: parent
                        textFormat: Text.PlainText
                        Accessible.ignored: true
                        text: window.stateText()
                        color: window.signedIn ? window.theme.ok
                             : window.accountState === ProfileStatus.SignedOut ? window.theme.muted : window.theme.warn
                        font.pixelSize: 12
                        font.weight: Font.DemiBold
                    }
                }
            }

            // Details.
            GridLayout {
                Layout.topMargin: 20
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                rowSpacing: 10
                Text { text: qsTr("Profile"); textFormat: Text.PlainText; color: window.theme.muted; font.pixelSize: 13; Accessible.ignored: true }
                ComboBox {
                    id: profiles
                    objectName: "profiles"
                    Accessible.name: qsTr("Profile")
                    Accessible.description: qsTr("Switches the profile this window and the tray show.")
                    Layout.fillWidth: true
                    model: window.account.profiles
                    currentIndex: model.indexOf(window.account.currentProfile)
                    onActivated: index => window.app.selectProfile(model[index])
                    font.pixelSize: 13
                    implicitHeight: 36
                    // The list and its rows take the theme's colours, in dark mode too.
                    palette.text: window.theme.text
                    palette.buttonText: window.theme.text
                    palette.windowText: window.theme.text
                    palette.base: window.theme.card
                    palette.window: window.theme.card
                    palette.button: window.theme.card
                    palette.light: window.theme.subtle
                    palette.midlight: window.theme.line
                    palette.mid: window.theme.line
                    palette.dark: window.theme.control
                    palette.highlight: window.theme.accent
                    palette.highlightedText: window.theme.accentText
                    // A Text in the theme's colour, not the Basic style's TextField: the
                    // choice is never typed.
                    contentItem: Text {
                        leftPadding: 12
                        rightPadding: profiles.indicator.width + 4
                        text: profiles.displayText
                        textFormat: Text.PlainText
                        font: profiles.font
                        color: window.theme.text
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                        Accessible.ignored: true
                    }
                    delegate: ItemDelegate {
                        required property string modelData
                        required property int index
                        width: profiles.width
                        highlighted: profiles.highlightedIndex === index
                        contentItem: Text {
                            text: parent.modelData
                            textFormat: Text.PlainText
                            font: profiles.font
                            color: parent.highlighted ? window.theme.accentText : window.theme.text
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                        }
                        background: Rectangle {
                            color: parent.highlighted ? window.theme.accent : window.theme.card
                        }
                        Accessible.name: modelData
                    }
                    background: Rectangle {
                        radius: window.theme.radius
                        color: profiles.down ? window.theme.subtle : window.theme.card
                        border.color: profiles.visualFocus ? window.theme.accent : window.theme.control
                        border.width: profiles.visualFocus ? 2 : 1
                    }
                }
                Text { text: qsTr("Server"); textFormat: Text.PlainText; color: window.theme.muted; font.pixelSize: 13; visible: window.account.server.length > 0; Accessible.ignored: true }
                Text {
                    Layout.fillWidth: true
                    visible: window.account.server.length > 0
                    text: window.account.server
                    textFormat: Text.PlainText
                    Accessible.name: qsTr("Server: %1").arg(text)
                    color: window.theme.text
                    font.pixelSize: 13
                    elide: Text.ElideMiddle
                }
                Text { text: qsTr("Organization"); textFormat: Text.PlainText; color: window.theme.muted; font.pixelSize: 13; visible: window.account.organizationId.length > 0; Accessible.ignored: true }
                Text {
                    objectName: "organization"
                    Layout.fillWidth: true
                    visible: window.account.organizationId.length > 0
                    text: window.account.organizationId
                    textFormat: Text.PlainText
                    Accessible.name: qsTr("Organization: %1").arg(text)
                    color: window.theme.text
                    font.family: window.theme.monospace
                    font.pixelSize: 13
                    elide: Text.ElideMiddle
                }
                Text { text: qsTr("Tokens in"); textFormat: Text.PlainText; color: window.theme.muted; font.pixelSize: 13; visible: window.account.storage.length > 0; Accessible.ignored: true }
                Text {
                    Layout.fillWidth: true
                    visible: window.account.storage.length > 0
                    textFormat: Text.PlainText
                    Accessible.name: qsTr("Tokens in: %1").arg(text)
                    text: window.account.storage === "keyring" ? qsTr("System keyring")
                                                                : qsTr("Plain file, readable only by you")
                    color: window.account.storage === "keyring" ? window.theme.text : window.theme.warn
                    font.pixelSize: 13
                }
            }

            RowLayout {
                Layout.topMargin: 22
                Layout.fillWidth: true
                spacing: 10
                AstroButton {
                    id: primaryAction
                    objectName: "primaryAction"
                    Layout.fillWidth: true
                    primary: true
                    text: window.signedIn ? qsTr("Copy access token") : qsTr("Sign in…")
                    enabled: window.accountState !== ProfileStatus.Unreadable
                    onClicked: window.signedIn ? window.app.copyAccessToken() : window.app.signIn()
                }
                AstroButton {
                    objectName: "signOut"
                    Layout.fillWidth: true
                    text: qsTr("Sign out")
                    enabled: window.accountState === ProfileStatus.SignedIn || window.accountState === ProfileStatus.SessionEnded
                    onClicked: window.app.signOut()
                }
            }

            CheckBox {
                id: startAtLogin
                Layout.topMargin: 14
                leftPadding: 0
                text: qsTr("Start Astro at login")
                checked: window.app.startAtLogin
                Accessible.name: text
                onToggled: window.app.setStartAtLogin(checked)
                font.pixelSize: 13
                indicator: Rectangle {
                    x: startAtLogin.leftPadding
                    anchors.verticalCenter: parent.verticalCenter
                    implicitWidth: 18
                    implicitHeight: 18
                    radius: 5
                    color: startAtLogin.checked ? window.theme.accent : window.theme.card
                    border.color: startAtLogin.checked ? window.theme.accent
                                : startAtLogin.visualFocus ? window.theme.accent : window.theme.control
                    border.width: 1.5
                    Text {
                        anchors.centerIn: parent
                        visible: startAtLogin.checked
                        text: "✓"
                        textFormat: Text.PlainText
                        Accessible.ignored: true
                        color: window.theme.accentText
                        font.pixelSize: 13
                        font.weight: Font.Bold
                    }
                }
                contentItem: Text {
                    leftPadding: startAtLogin.indicator.width + 10
                    text: startAtLogin.text
                    textFormat: Text.PlainText
                    Accessible.ignored: true
                    font: startAtLogin.font
                    color: window.theme.text
                    verticalAlignment: Text.AlignVCenter
                }
            }

            StatusLine {
                Layout.topMargin: 12
                Layout.fillWidth: true
                kind: "warn"
                text: window.app.trayAvailable ? "" : qsTr("No system tray was found, so Astro shows this window instead. Closing it quits Astro.")
            }
            StatusLine {
                objectName: "status"
                Layout.topMargin: 8
                Layout.fillWidth: true
                kind: "ok"
                text: window.app.status
            }

            Item { Layout.fillHeight: true }

            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                AstroButton {
                    objectName: "quit"
                    text: qsTr("Quit Astro")
                    onClicked: window.app.quit()
                }
                AstroButton {
                    objectName: "close"
                    primary: true
                    text: qsTr("Close")
                    onClicked: window.close()
                }
            }
        }
    }
}
