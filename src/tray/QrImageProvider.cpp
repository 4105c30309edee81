#include "tray/QrImageProvider.h"

#include "core/QrCode.h"

#include <QPainter>

namespace ast::tray {

namespace {
constexpr int QuietZoneModules = 4; // ISO/IEC 18004 asks for 4 modules of margin
constexpr int DefaultPixels = 256;
} // namespace

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QString::fromUtf8(QByteArray::fromBase64(
        id.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const int pixels = requestedSize.isValid()
        ? std::max(64, std::min(requestedSize.width(), requestedSize.height()))
        : DefaultPixels;
    const QImage image = render(text, pixels);
    if (size)
        *size = image.size();
    return image;
}

QImage QrImageProvider::render(const QString &text, int pixels)
{
    QImage image(pixels, pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QrCode code = QrCode::encode(text);
    if (code.isNull())
        return image;
    // Whole pixels per module: a blurred edge makes phone cameras struggle.
    const int modules = code.size() + 2 * QuietZoneModules;
    const int scale = std::max(1, pixels / modules);
    const int offset = (pixels - scale * code.size()) / 2;
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1b, 0x1d, 0x24));
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.dark(x, y))
                painter.drawRect(offset + x * scale, offset + y * scale, scale, scale);
        }
    }
    return image;
}

} // namespace ast::tray
