#include "Settings.h"

#include "BuildConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace ast {

Result<Settings> Settings::fromEnvironment(const QProcessEnvironment &environment)
{
    Settings settings;
    settings.astroHome = environment.value(QStringLiteral("ASTRO_HOME"));
    if (settings.astroHome.isEmpty())
        settings.astroHome = QDir::home().filePath(QStringLiteral(".astro"));
    settings.profile = environment.value(QStringLiteral("ASTRO_PROFILE"), QStringLiteral("default"));
    if (settings.profile.isEmpty())
        settings.profile = QStringLiteral("default");
    settings.serverOverride = environment.value(QStringLiteral("ASTRO_SERVER"));
    settings.authUrl = QUrl(environment.value(QStringLiteral("ASTRO_AUTH_URL"),
                                              QStringLiteral(ASTRO_DEFAULT_AUTH_URL)));
    settings.clientId = environment.value(QStringLiteral("ASTRO_CLIENT_ID"),
                                          QStringLiteral(ASTRO_WORKOS_CLIENT_ID)).trimmed();
    settings.environmentToken = environment.value(QStringLiteral("ASTRO_TOKEN")).trimmed();

    const QString store = environment.value(QStringLiteral("ASTRO_CREDENTIAL_STORE")).toLower();
    if (store.isEmpty() || store == QLatin1String("auto"))
        settings.storeChoice = StoreChoice::Auto;
    else if (store == QLatin1String("keyring"))
        settings.storeChoice = StoreChoice::Keyring;
    else if (store == QLatin1String("file"))
        settings.storeChoice = StoreChoice::File;
    else
        return Error { ErrorKind::InvalidInput, {},
                       QCoreApplication::translate("ast::Settings",
                                                   "ASTRO_CREDENTIAL_STORE must be auto, keyring "
                                                   "or file, not \"%1\"")
                               .arg(store.left(40)) };
    return settings;
}

QUrl Settings::serverFor(const ProfileRecord *record) const
{
    if (!serverOverride.isEmpty())
        return QUrl(serverOverride);
    if (record && !record->server.isEmpty())
        return record->server;
    return defaultServer();
}

QUrl Settings::defaultServer()
{
    return QUrl(QStringLiteral(ASTRO_DEFAULT_SERVER));
}

bool Settings::isValidProfileName(const QString &name)
{
    // Safe as a keyring key, a lock-file name and a JSON key on every platform.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace ast
