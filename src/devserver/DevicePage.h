#pragma once

#include <QByteArray>
#include <QString>

namespace astro::devserver {

// The verification page a person opens in the browser (verification_uri). Self-contained
// HTML and CSS: no external assets, so it renders the same offline and in headless tests.
class DevicePage
{
public:
    enum class Outcome { Approved, Denied, UnknownCode, AlreadyUsed, NoAction };

    // The code entry / confirmation form, prefilled with `userCode` (from ?user_code=).
    static QByteArray form(const QString &userCode);
    // The page shown after the form was sent; the sentence is in the element id="result".
    static QByteArray result(Outcome outcome);
    // A whole page in the common look around `body` (HTML; the caller escapes what it echoes).
    static QByteArray document(const QString &title, const QString &body);
};

} // namespace astro::devserver
