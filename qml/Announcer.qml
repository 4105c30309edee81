import QtQuick

// Tells a screen reader about a change it would not otherwise notice (waiting, approved,
// expired, denied, an error). Qt 6.4 has no announcement API: a notification-role item that
// is shown afresh with the message raises AT-SPI "showing", which Orca speaks for
// notifications. Zero-sized, so nothing is drawn.
Item {
    id: announcer
    width: 0
    height: 0
    visible: false
    Accessible.role: Accessible.Notification
    Accessible.name: message
    property string message

    function say(text) {
        if (text.length === 0)
            return
        announcer.visible = false
        announcer.message = text
        announcer.visible = true
    }
}
