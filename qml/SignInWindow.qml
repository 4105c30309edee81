import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window

// "Sign in to Astro": the device code large, a QR code of the complete verification URL, a
// countdown to expiry, and the way out (Cancel). Driven by SignInController (C++).
Window {
    id: window
    required property QtObject controller
    readonly property string phase: controller.phaseName
    readonly property bool waiting: phase === "waiting" || phase === "saving"
    property Theme theme: Theme {}

    width: 460
    height: 690
    minimumWidth: 420
    minimumHeight: 650
    title: qsTr("Sign in to Astro")
    color: theme.background

    onClosing: controller.cancel()

    Shortcut {
        sequences: [StandardKey.Cancel]
        onActivated: window.close()
    }

    function clock(seconds) {
        const s = Math.max(0, seconds)
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }

    Timer {
        id: closeAfterSuccess
        interval: 1800
        onTriggered: window.close()
    }
    Connections {
        target: window.controller
        function onPhaseChanged() {
            if (window.controller.phaseName === "succeeded")
                closeAfterSuccess.start()
            else if (window.controller.phaseName === "cancelled")
                window.close()
        }
    }

    Rectangle {
        id: card
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
                Layout.fillWidth: true
                text: qsTr("Sign in to Astro")
                color: window.theme.text
                font.pixelSize: 22
                font.weight: Font.DemiBold
            }
            Text {
                Layout.topMargin: 6
                Layout.fillWidth: true
                text: window.phase === "succeeded"
                      ? qsTr("All set. This window closes by itself.")
                      : window.phase === "failed"
                        ? qsTr("This sign-in did not go through. Try again to get a new code.")
                        : qsTr("Approve the sign-in in your browser. Check that the browser shows the same code.")
                color: window.theme.muted
                font.pixelSize: 14
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }

            // The user code: large, monospace, easy to compare with the browser.
            Rectangle {
                Layout.topMargin: 20
                Layout.fillWidth: true
                Layout.preferredHeight: 84
                radius: 12
                color: window.theme.accentSoft
                border.color: Qt.rgba(0.29, 0.29, 0.91, 0.25)

                Text {
                    id: codeText
                    anchors.centerIn: parent
                    visible: window.controller.userCode.length > 0
                    text: window.controller.userCode
                    color: window.theme.text
                    opacity: window.phase === "failed" ? 0.35 : 1.0 // a dead code
                    font.family: window.theme.monospace
                    font.pixelSize: 38
                    font.weight: Font.Bold
                    font.letterSpacing: 3
                    Accessible.name: qsTr("Your code: %1").arg(window.controller.userCode.split("").join(" "))
                }
                RowLayout {
                    anchors.centerIn: parent
                    visible: !codeText.visible
                    spacing: 10
                    BusyIndicator {
                        running: window.phase === "starting"
                        visible: running
                        Layout.preferredWidth: 22
                        Layout.preferredHeight: 22
                        padding: 0
                    }
                    Text {
                        text: window.phase === "starting" ? qsTr("Getting a code…") : "····-····"
                        color: window.theme.muted
                        font.pixelSize: window.phase === "starting" ? 15 : 34
                        font.family: window.phase === "starting" ? "" : window.theme.monospace
                    }
                }
            }

            RowLayout {
                Layout.topMargin: 12
                Layout.fillWidth: true
                spacing: 10
                AstroButton {
                    Layout.fillWidth: true
                    text: window.controller.codeCopied ? qsTr("Copied ✓") : qsTr("Copy code")
                    enabled: window.waiting
                    onClicked: window.controller.copyCode()
                }
                AstroButton {
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Open browser")
                    enabled: window.waiting
                    onClicked: window.controller.openBrowser()
                }
            }

            // Another device: a QR code of the complete URL.
            RowLayout {
                Layout.topMargin: 20
                Layout.fillWidth: true
                spacing: 16
                opacity: window.phase === "failed" ? 0.3 : 1.0

                Rectangle {
                    Layout.preferredWidth: 136
                    Layout.preferredHeight: 136
                    radius: 10
                    color: "white"
                    border.color: window.theme.line
                    Image {
                        anchors.centerIn: parent
                        width: 128
                        height: 128
                        source: window.controller.qrSource
                        // Drawn at its final size, whole pixels per module: sharp, never scaled.
                        sourceSize: Qt.size(width * Screen.devicePixelRatio,
                                            height * Screen.devicePixelRatio)
                        smooth: false
                        fillMode: Image.PreserveAspectFit
                        visible: source.toString().length > 0
                        Accessible.name: qsTr("QR code of the sign-in link")
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("On another device?")
                        color: window.theme.text
                        font.pixelSize: 14
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Scan the code with your phone, or go to:")
                        color: window.theme.muted
                        font.pixelSize: 13
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: window.controller.verificationUri
                        color: window.theme.accent
                        font.pixelSize: 13
                        elide: Text.ElideMiddle
                    }
                }
            }

            // Countdown to the code's expiry.
            ColumnLayout {
                Layout.topMargin: 20
                Layout.fillWidth: true
                spacing: 6
                visible: window.waiting
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        text: qsTr("Code expires in")
                        color: window.theme.muted
                        font.pixelSize: 13
                    }
                    Item { Layout.fillWidth: true }
                    Text {
                        text: window.clock(window.controller.secondsLeft)
                        color: window.controller.secondsLeft < 60 ? window.theme.warn : window.theme.text
                        font.family: window.theme.monospace
                        font.pixelSize: 13
                        font.weight: Font.DemiBold
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 4
                    radius: 2
                    color: window.theme.line
                    Rectangle {
                        width: parent.width * (window.controller.totalSeconds > 0
                               ? Math.min(1, window.controller.secondsLeft / window.controller.totalSeconds) : 0)
                        height: parent.height
                        radius: 2
                        color: window.controller.secondsLeft < 60 ? window.theme.warn : window.theme.accent
                        Behavior on width { NumberAnimation { duration: 300 } }
                    }
                }
            }

            StatusLine {
                Layout.topMargin: 16
                Layout.fillWidth: true
                kind: window.phase === "failed" ? "bad"
                    : window.phase === "succeeded" ? "ok"
                    : window.controller.notice.length > 0 ? "warn" : "info"
                busy: window.phase === "waiting" && window.controller.notice.length === 0
                      || window.phase === "saving"
                text: window.phase === "failed" ? window.controller.errorText
                    : window.phase === "succeeded" ? qsTr("Signed in as %1.").arg(window.controller.signedInAs)
                    : window.controller.notice.length > 0 ? window.controller.notice
                    : window.phase === "waiting" ? qsTr("Waiting for you to approve in the browser…")
                    : window.phase === "saving" ? qsTr("Approved. Saving your session…")
                    : ""
            }

            Item { Layout.fillHeight: true; Layout.minimumHeight: 16 }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 1
                Layout.bottomMargin: 16
                color: window.theme.line
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Profile: %1").arg(window.controller.profile)
                    color: window.theme.muted
                    font.pixelSize: 12
                    elide: Text.ElideRight
                }
                AstroButton {
                    visible: window.phase === "failed"
                    primary: true
                    text: qsTr("Try again")
                    onClicked: window.controller.start()
                }
                AstroButton {
                    text: window.phase === "failed" || window.phase === "succeeded" ? qsTr("Close") : qsTr("Cancel")
                    onClicked: window.close()
                }
            }
        }
    }
}
