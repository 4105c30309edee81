#pragma once

#include <QByteArray>
#include <QObject>
#include <chrono>

class QClipboard;

namespace ast {
class Clock;
}

namespace ast::tray {

// Puts a secret (the access token) on the clipboard the way password managers do: with the
// platform's "secret, keep out of history" hints (x-kde-passwordManagerHint on X11/Wayland,
// the clipboard-history and cloud-clipboard exclusions on Windows, ConcealedType on macOS),
// and takes it off again after clearDelay() if the clipboard still holds it, or when the
// application quits. Only a hash of the secret is kept, to recognise it.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds DefaultClearDelay {30};

    SecretClipboard(QClipboard *clipboard, Clock *clock, QObject *parent = nullptr);
    ~SecretClipboard() override;

    std::chrono::milliseconds clearDelay() const { return m_clearDelay; }
    void setClearDelay(std::chrono::milliseconds delay) { m_clearDelay = delay; }

    void copy(const QString &secret);
    // Clears the clipboard now if it still holds the last secret copied.
    void clearIfStillCopied();

private:
    static QByteArray fingerprint(const QString &text);

    QClipboard *m_clipboard;
    Clock *m_clock;
    std::chrono::milliseconds m_clearDelay {DefaultClearDelay};
    QByteArray m_copied; // SHA-256 of the secret on the clipboard; empty when none
    quint64 m_generation = 0; // a later copy makes the timers of earlier ones moot
};

} // namespace ast::tray
