#include "tray/Icons.h"

#include <QFile>
#include <QImageReader>

namespace ast::tray::Icons {

namespace {
QIcon load(const QString &name)
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    const QString base = QStringLiteral(":/astro/icons/") + name;
    if (svg)
        return QIcon(base + QStringLiteral(".svg"));
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString file = base + u'-' + QString::number(size) + QStringLiteral(".png");
        if (QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    }
    return icon;
}
} // namespace

QIcon tray(Tray state)
{
    switch (state) {
    case Tray::SignedIn:
        return load(QStringLiteral("tray-signed-in"));
    case Tray::Attention:
        return load(QStringLiteral("tray-attention"));
    case Tray::SignedOut:
        break;
    }
    return load(QStringLiteral("tray-signed-out"));
}

QIcon application()
{
    return load(QStringLiteral("astro-tray"));
}

} // namespace ast::tray::Icons
