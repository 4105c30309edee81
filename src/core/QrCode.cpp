#include "core/QrCode.h"

#include <qrencode.h>

namespace ast {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    QRcode *encoded = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!encoded)
        return code;
    code.m_size = encoded->width;
    code.m_modules.resize(encoded->width * encoded->width);
    for (int i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = encoded->data[i] & 1; // bit 0: dark module
    QRcode_free(encoded);
    return code;
}

} // namespace ast
