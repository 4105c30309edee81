#pragma once

#include <QString>
#include <QVector>

namespace ast {

// A QR code as a square of dark/light modules (libqrencode, medium error correction), for
// the CLI to draw with block characters and the tray to paint.
class QrCode
{
public:
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }
    bool dark(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules[y * m_size + x];
    }

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace ast
