import QtQml
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window
import Astro.Tray

// "Sign in to Astro": the device code large, a QR code of the complete verification URL, a
// countdown to expiry, and the way out (Cancel); or, signing in without a code, "Finish signing
// in in your browser" with the link and the time left. Driven by SignInController (C++).
// Keyboard: focus starts on "Open browser"; Tab moves between the buttons; Enter presses the
// focused button; Esc cancels; Ctrl+C copies the code. Every data Text is plain text: a code
// or link from the server is shown literally, never as markup.
Window {
    id: window
    required property QtObject controller
    readonly property int phase: controller.phase
    // The browser flow without a code: no code, no QR code, the browser does it all.
    readonly property bool withoutCode: controller.withoutCode
    readonly property bool waiting: phase === SignInController.Waiting
                                    || phase === SignInController.WaitingForBrowser
                                    || phase === SignInController.Saving
    readonly property bool failed: phase === SignInController.Failed
    readonly property bool succeeded: phase === SignInController.Succeeded
    property Theme theme: Theme {}

    width: 460
    height: 730
    minimumWidth: 420
    minimumHeight: 690
    title: qsTr("Sign in to Astro")
    color: theme.background

    onClosing: controller.cancel()

    Shortcut {
        sequences: [StandardKey.Cancel]
        onActivated: window.close()
    }
    Shortcut {
        // Nothing in this window can be selected, so Copy always means the code.
        sequences: [StandardKey.Copy]
        enabled: window.waiting && !window.withoutCode
        onActivated: window.controller.copyCode()
    }

    // The code spelt out, one character at a time, groups separated by a pause.
    function spelled(code) {
        return code.split("-").map(group => group.split("").join(" ")).join(", ")
    }
    // What a new phase means, for a screen reader: the status line's text, or the code
    // when it arrives.
    function announcement() {
        if (window.phase === SignInController.Waiting && window.controller.notice.length === 0)
            return qsTr("Your code is %1. Approve the sign-in in your browser.")
                .arg(window.spelled(window.controller.userCode))
        if (window.phase === SignInController.WaitingForBrowser)
            return qsTr("Finish signing in in your browser.") + " " + status.text
        return status.text
    }
    // Keyboard focus goes to what one would do next, with a visible ring.
    function focusNextAction() {
        const target = window.failed ? tryAgain
                     : window.phase === SignInController.Waiting ? openBrowser
                     : window.phase === SignInController.WaitingForBrowser ? openBrowserAgain
                     : closeButton
        if (target.enabled && target.visible)
            target.forceActiveFocus(Qt.TabFocusReason)
    }
    Component.onCompleted: focusNextAction()

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
            if (window.controller.phase === SignInController.Succeeded)
                closeAfterSuccess.start()
            else if (window.controller.phase === SignInController.Cancelled)
                window.close()
            window.focusNextAction()
            announcer.say(window.announcement())
        }
        // Also emitted when "Copied" comes and goes.
        function onNoticeChanged() {
            if (window.controller.notice.length > 0)
                announcer.say(window.controller.notice)
            else if (window.controller.codeCopied)
                announcer.say(qsTr("The code is on the clipboard."))
        }
    }

    Announcer { id: announcer }

    // For bench/: the first frame that shows the code, with QT_LOGGING_RULES enabling
    // astro.tray.windows.info and %{time boot} in QT_MESSAGE_PATTERN.
    LoggingCategory {
        id: windowsLog
        name: "astro.tray.windows"
        defaultLogLevel: LoggingCategory.Warning
    }
    property bool codeShownLogged: false
    onFrameSwapped: {
        if (!codeShownLogged && controller.userCode.length > 0) {
            codeShownLogged = true
            console.info(windowsLog, "sign-in window shown with the code")
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
                textFormat: Text.PlainText
                color: window.theme.text
                font.pixelSize: 22
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Text {
                Layout.topMargin: 6
                Layout.fillWidth: true
                text: window.succeeded
                      ? qsTr("All set. This window closes by itself.")
                      : window.failed && window.withoutCode
                        ? qsTr("This sign-in did not go through. Try again to open the browser once more.")
                      : window.failed
                        ? qsTr("This sign-in did not go through. Try again to get a new code.")
                      : window.withoutCode
                        ? qsTr("Approve the sign-in on the page that opened in your browser. No code is needed: the browser hands the sign-in back to this computer.")
                        : qsTr("Approve the sign-in in your browser. Check that the browser shows the same code.")
                textFormat: Text.PlainText
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
                visible: !window.withoutCode
                radius: 12
                color: window.theme.accentSoft
                border.color: window.theme.line
                // For screen readers, read-only text: the name spells the code out, the text
                // interface gives the code itself (Qt 6.4 gives a Text item's text interface
                // no text; for any other item with this role it reads the `text` property).
                readonly property string text: window.controller.userCode
                Accessible.role: Accessible.EditableText
                Accessible.readOnly: true
                Accessible.ignored: text.length === 0
                Accessible.name: qsTr("Your code: %1").arg(window.spelled(window.controller.userCode))
                Accessible.description: qsTr("Check that the browser shows the same code.")

                Text {
                    id: codeText
                    objectName: "userCode"
                    anchors.centerIn: parent
                    visible: window.controller.userCode.length > 0
                    text: window.controller.userCode
                    textFormat: Text.PlainText
                    color: window.theme.text
                    opacity: window.failed ? 0.35 : 1.0 // a dead code
                    font.family: window.theme.monospace
                    font.pixelSize: 38
                    font.weight: Font.Bold
                    font.letterSpacing: 3
                    Accessible.ignored: true // the box speaks for it
                }
                RowLayout {
                    anchors.centerIn: parent
                    visible: !codeText.visible
                    spacing: 10
                    BusyIndicator {
                        running: window.phase === SignInController.Starting
                        visible: running
                        Layout.preferredWidth: 22
                        Layout.preferredHeight: 22
                        padding: 0
                        palette.dark: window.theme.accent // the Basic style's dot colour
                        Accessible.ignored: true
                    }
                    Text {
                        text: window.phase === SignInController.Starting ? qsTr("Getting a code…") : "····-····"
                        textFormat: Text.PlainText
                        Accessible.name: window.phase === SignInController.Starting ? text : qsTr("No code")
                        color: window.theme.muted
                        font.pixelSize: window.phase === SignInController.Starting ? 15 : 34
                        font.family: window.phase === SignInController.Starting ? "" : window.theme.monospace
                    }
                }
            }

            RowLayout {
                Layout.topMargin: 12
                Layout.fillWidth: true
                spacing: 10
                visible: !window.withoutCode
                AstroButton {
                    id: copyCode
                    objectName: "copyCode"
                    Layout.fillWidth: true
                    text: window.controller.codeCopied ? qsTr("Copied ✓") : qsTr("Copy code")
                    enabled: window.waiting
                    onClicked: window.controller.copyCode()
                    Accessible.name: qsTr("Copy code")
                    Accessible.description: window.controller.codeCopied
                        ? qsTr("The code is on the clipboard.") : qsTr("Copies the code to the clipboard (Ctrl+C).")
                }
                AstroButton {
                    id: openBrowser
                    objectName: "openBrowser"
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Open browser")
                    enabled: window.waiting
                    onClicked: window.controller.openBrowser()
                    Accessible.description: qsTr("Opens the sign-in page, with the code filled in, in your web browser.")
                }
            }

            // Signing in without a code: the browser does it all; the link in case it did not
            // open, and a way to open it again.
            Rectangle {
                objectName: "browserPanel"
                Layout.topMargin: 20
                Layout.fillWidth: true
                Layout.preferredHeight: browserColumn.implicitHeight + 32
                visible: window.withoutCode
                radius: 12
                color: window.theme.accentSoft
                border.color: window.theme.line
                ColumnLayout {
                    id: browserColumn
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 8
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        BusyIndicator {
                            running: window.phase === SignInController.WaitingForBrowser
                                     || window.phase === SignInController.Starting
                            visible: running
                            Layout.preferredWidth: 22
                            Layout.preferredHeight: 22
                            padding: 0
                            palette.dark: window.theme.accent
                            Accessible.ignored: true
                        }
                        Text {
                            objectName: "browserHeading"
                            Layout.fillWidth: true
                            text: window.phase === SignInController.Starting
                                  ? qsTr("Opening your browser…")
                                  : qsTr("Finish signing in in your browser")
                            textFormat: Text.PlainText
                            color: window.theme.text
                            font.pixelSize: 16
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("If no browser opened, go to:")
                        textFormat: Text.PlainText
                        color: window.theme.muted
                        font.pixelSize: 13
                        visible: window.controller.authorizeUrl.length > 0
                    }
                    Text {
                        // Encoded as the browser gets it, like the verification link.
                        objectName: "authorizeUrl"
                        Layout.fillWidth: true
                        text: window.controller.authorizeUrl
                        textFormat: Text.PlainText
                        color: window.theme.accent
                        font.pixelSize: 13
                        elide: Text.ElideMiddle
                        visible: text.length > 0
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Sign-in link: %1").arg(text)
                    }
                    AstroButton {
                        id: openBrowserAgain
                        objectName: "openBrowserAgain"
                        Layout.topMargin: 4
                        Layout.fillWidth: true
                        primary: true
                        text: qsTr("Open browser again")
                        enabled: window.phase === SignInController.WaitingForBrowser
                        onClicked: window.controller.openBrowser()
                        Accessible.description: qsTr("Opens the sign-in page in your web browser once more.")
                    }
                }
            }

            // Another device: a QR code of the complete URL.
            RowLayout {
                Layout.topMargin: 20
                Layout.fillWidth: true
                spacing: 16
                opacity: window.failed ? 0.3 : 1.0
                visible: !window.withoutCode

                Rectangle {
                    Layout.preferredWidth: 136
                    Layout.preferredHeight: 136
                    radius: 10
                    color: "white" // a QR code reads best dark on light, in both themes
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
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code of the sign-in link")
                        Accessible.description: qsTr("Scan it with a phone to open %1 with the code filled in.")
                            .arg(window.controller.verificationUri)
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("On another device?")
                        textFormat: Text.PlainText
                        color: window.theme.text
                        font.pixelSize: 14
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Scan the code with your phone, or go to:")
                        textFormat: Text.PlainText
                        color: window.theme.muted
                        font.pixelSize: 13
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        // Shown exactly as the controller holds it (punycode, %-escapes):
                        // a look-alike host or a bidi override stays visible as such.
                        objectName: "verificationUri"
                        Layout.fillWidth: true
                        text: window.controller.verificationUri
                        textFormat: Text.PlainText
                        color: window.theme.accent
                        font.pixelSize: 13
                        elide: Text.ElideMiddle
                    }
                }
            }

            // Where the device flow is refused, or one click beats comparing a code.
            AstroButton {
                id: withoutCodeButton
                objectName: "signInWithoutCode"
                Layout.topMargin: 14
                Layout.fillWidth: true
                visible: !window.withoutCode
                text: qsTr("Sign in without a code")
                enabled: window.phase !== SignInController.Saving && !window.succeeded
                onClicked: window.controller.startWithoutCode()
                Accessible.description: qsTr("Signs in in your browser on this computer instead: no code to compare.")
            }

            // Countdown to the code's expiry (or to the end of the browser sign-in).
            ColumnLayout {
                Layout.topMargin: 20
                Layout.fillWidth: true
                spacing: 6
                visible: window.waiting
                RowLayout {
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: (window.withoutCode ? qsTr("%1 min %2 s left to finish in the browser.")
                                                         : qsTr("The code expires in %1 min %2 s."))
                        .arg(Math.floor(Math.max(0, window.controller.secondsLeft) / 60))
                        .arg(Math.max(0, window.controller.secondsLeft) % 60)
                    Text {
                        text: window.withoutCode ? qsTr("Time left") : qsTr("Code expires in")
                        textFormat: Text.PlainText
                        color: window.theme.muted
                        font.pixelSize: 13
                        Accessible.ignored: true
                    }
                    Item { Layout.fillWidth: true }
                    Text {
                        objectName: "countdown"
                        Accessible.ignored: true
                        textFormat: Text.PlainText
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
                    Accessible.ignored: true // the line above says it in words
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
                id: status
                objectName: "status"
                Layout.topMargin: 16
                Layout.fillWidth: true
                kind: window.failed ? "bad"
                    : window.succeeded ? "ok"
                    : window.controller.notice.length > 0 ? "warn" : "info"
                busy: window.phase === SignInController.Waiting && window.controller.notice.length === 0
                      || window.phase === SignInController.Saving
                text: window.failed ? window.controller.errorText
                    : window.succeeded ? qsTr("Signed in as %1.").arg(window.controller.signedInAs)
                    : window.controller.notice.length > 0 ? window.controller.notice
                    : window.phase === SignInController.Waiting ? qsTr("Waiting for you to approve in the browser…")
                    : window.phase === SignInController.WaitingForBrowser ? qsTr("Waiting for the browser to come back…")
                    : window.phase === SignInController.Saving ? qsTr("Approved. Saving your session…")
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
                    textFormat: Text.PlainText
                    color: window.theme.muted
                    font.pixelSize: 12
                    elide: Text.ElideRight
                }
                AstroButton {
                    id: tryAgain
                    objectName: "tryAgain"
                    visible: window.failed
                    primary: true
                    text: qsTr("Try again")
                    onClicked: window.controller.retry()
                    Accessible.description: status.text
                }
                AstroButton {
                    id: closeButton
                    objectName: "cancel"
                    text: window.failed || window.succeeded ? qsTr("Close") : qsTr("Cancel")
                    onClicked: window.close()
                    Accessible.description: window.succeeded ? status.text
                        : window.failed ? "" : qsTr("Stops this sign-in (Esc).")
                }
            }
        }
    }
}
