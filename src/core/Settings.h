#pragma once

#include "core/ProfileRecord.h"
#include "core/Result.h"

#include <QProcessEnvironment>
#include <QUrl>

namespace ast {

// Where credentials go (ASTRO_CREDENTIAL_STORE).
enum class StoreChoice { Auto, Keyring, File };

// Everything the environment and the build decide (README), read once at start-up so that
// ast and astro-tray always agree on the same profiles.
struct Settings
{
    QString astroHome; // ASTRO_HOME, default ~/.astro
    QString profile; // ASTRO_PROFILE, default "default"
    bool profileFromEnvironment = false; // ASTRO_PROFILE was set, not defaulted
    QString serverOverride; // ASTRO_SERVER (--server wins over it)
    QUrl authUrl; // ASTRO_AUTH_URL, default build's / https://api.workos.com
    QString clientId; // ASTRO_CLIENT_ID, default from the build
    QString environmentToken; // ASTRO_TOKEN: use it, read and store nothing
    StoreChoice storeChoice = StoreChoice::Auto;

    static Result<Settings> fromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // --server / ASTRO_SERVER, else the profile's saved server, else the build default.
    QUrl serverFor(const ProfileRecord *record) const;

    static bool isValidProfileName(const QString &name);
    // InvalidInput when `profile` (ASTRO_PROFILE, or what replaced it) is not a valid name:
    // it becomes a file name and a keyring key.
    Status validateProfile() const;
    static QUrl defaultServer();
};

} // namespace ast
