#include "tray/SecretClipboard.h"

#include "core/Clock.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>

namespace ast::tray {

namespace {
QMimeData *secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
#if defined(Q_OS_MACOS)
    // The nspasteboard.org convention (org.nspasteboard.ConcealedType).
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
#elif defined(Q_OS_WIN)
    // Named clipboard formats that keep the entry out of clipboard monitors, the clipboard
    // history and the cloud clipboard (a DWORD 0 means "no").
    const QByteArray no(4, '\0');
    mime->setData(
        QStringLiteral(
            "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
        QByteArray(1, '\0'));
    mime->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), no);
    mime->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), no);
#else
    // KDE Klipper and other X11/Wayland clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return mime;
}
} // namespace

SecretClipboard::SecretClipboard(QClipboard *clipboard, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_clock(clock)
{
    // A quitting tray takes its secret with it (X11 would otherwise drop it anyway, but a
    // clipboard manager may already have taken it over).
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            &SecretClipboard::clearIfStillCopied);
}

SecretClipboard::~SecretClipboard()
{
    clearIfStillCopied();
}

QByteArray SecretClipboard::fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void SecretClipboard::copy(const QString &secret)
{
    // Clipboard only: the X11 primary selection would hand the token to any middle click.
    m_clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    m_copied = fingerprint(secret);
    const quint64 generation = ++m_generation;
    m_clock->callAfter(m_clearDelay, this, [this, generation] {
        if (generation == m_generation)
            clearIfStillCopied();
    });
}

void SecretClipboard::clearIfStillCopied()
{
    if (m_copied.isEmpty())
        return;
    // Something copied since then belongs to the user: leave it alone.
    if (fingerprint(m_clipboard->text(QClipboard::Clipboard)) == m_copied)
        m_clipboard->clear(QClipboard::Clipboard);
    m_copied.clear();
}

} // namespace ast::tray
