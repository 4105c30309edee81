#pragma once

#include <QString>

namespace ast::cli {

// Draws a QR code with Unicode half blocks: two modules per character cell, dark on light
// with a quiet zone, so phones read it from any terminal theme.
class TerminalQrCode
{
public:
    static QString render(const QString &text);
};

} // namespace ast::cli
