#pragma once

#include <QString>

namespace ast {
struct Settings;
}

namespace ast::tray {

// Which profile the tray shows, remembered across restarts (QSettings, per ASTRO_HOME since
// profile names only mean something within one credentials file). ASTRO_PROFILE, when set,
// wins at start so that `ASTRO_PROFILE=work astro-tray` does what it says.
class ProfileChoice
{
public:
    explicit ProfileChoice(const QString &astroHome);

    // The profile to show at start: ASTRO_PROFILE when set (Settings has checked the name),
    // else the remembered one, else Settings' default.
    QString initial(const Settings &settings) const;
    void remember(const QString &profile);

private:
    QString m_key;
};

} // namespace ast::tray
