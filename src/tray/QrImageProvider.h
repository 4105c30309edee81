#pragma once

#include <QQuickImageProvider>

namespace ast::tray {

// Serves "image://qr/<base64url text>" to QML: the text as a QR code (core QrCode), drawn
// module by module with a quiet zone, so the code stays sharp at any size.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The picture itself, for tests and screenshots.
    static QImage render(const QString &text, int pixels);
};

} // namespace ast::tray
