#include "cli/TerminalQrCode.h"

#include "core/QrCode.h"

namespace ast::cli {

QString TerminalQrCode::render(const QString &text)
{
    const QrCode code = QrCode::encode(text);
    if (code.isNull())
        return {};
    constexpr int Quiet = 2;
    QString out;
    // Characters are drawn as *light* areas, so the code is dark-on-light on dark terminals
    // and light-on-dark on light terminals; phone scanners accept both.
    for (int y = -Quiet; y < code.size() + Quiet; y += 2) {
        for (int x = -Quiet; x < code.size() + Quiet; ++x) {
            const bool top = !code.dark(x, y);
            const bool bottom = y + 1 < code.size() + Quiet && !code.dark(x, y + 1);
            out += top && bottom ? u'█' : top ? u'▀' : bottom ? u'▄' : u' ';
        }
        out += u'\n';
    }
    out.chop(1);
    return out;
}

} // namespace ast::cli
