#pragma once

#include <QString>

namespace ast::tray {

// Which profile the tray shows, remembered across restarts (QSettings, per ASTRO_HOME since
// profile names only mean something within one credentials file). ASTRO_PROFILE, when set,
// wins at start so that `ASTRO_PROFILE=work astro-tray` does what it says.
class ProfileChoice
{
public:
    explicit ProfileChoice(const QString &astroHome);

    // `fromEnvironment`: the ASTRO_PROFILE value, empty when unset.
    QString initial(const QString &fromEnvironment, const QString &fallback) const;
    void remember(const QString &profile);

private:
    QString m_key;
};

} // namespace ast::tray
