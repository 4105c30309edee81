#include "core/Settings.h"

#include "BuildConfig.h"

#include <QCoreApplication>
#include <QDir>

namespace ast {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::Settings)
};
} // namespace

Result<Settings> Settings::fromEnvironment(const QProcessEnvironment &environment)
{
    Settings settings;
    settings.astroHome = environment.value(QStringLiteral("ASTRO_HOME"));
    if (settings.astroHome.isEmpty())
        settings.astroHome = QDir::home().filePath(QStringLiteral(".astro"));
    settings.profile =
        environment.value(QStringLiteral("ASTRO_PROFILE"), QStringLiteral("default"));
    settings.profileFromEnvironment = !environment.value(QStringLiteral("ASTRO_PROFILE")).isEmpty();
    if (settings.profile.isEmpty())
        settings.profile = QStringLiteral("default");
    settings.serverOverride = environment.value(QStringLiteral("ASTRO_SERVER"));
    settings.authUrl = QUrl(environment.value(QStringLiteral("ASTRO_AUTH_URL"),
                                              QStringLiteral(ASTRO_DEFAULT_AUTH_URL)));
    settings.clientId =
        environment.value(QStringLiteral("ASTRO_CLIENT_ID"), QStringLiteral(ASTRO_WORKOS_CLIENT_ID))
            .trimmed();
    settings.environmentToken = environment.value(QStringLiteral("ASTRO_TOKEN")).trimmed();

    const QString store = environment.value(QStringLiteral("ASTRO_CREDENTIAL_STORE")).toLower();
    if (store.isEmpty() || store == QLatin1String("auto"))
        settings.storeChoice = StoreChoice::Auto;
    else if (store == QLatin1String("keyring"))
        settings.storeChoice = StoreChoice::Keyring;
    else if (store == QLatin1String("file"))
        settings.storeChoice = StoreChoice::File;
    else
        return Error {ErrorKind::InvalidInput,
                      {},
                      Tr::tr("ASTRO_CREDENTIAL_STORE must be auto, keyring "
                             "or file, not \"%1\"")
                          .arg(store.left(40))};
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

Status Settings::validateProfile() const
{
    if (isValidProfileName(profile))
        return std::nullopt;
    return Error {ErrorKind::InvalidInput,
                  {},
                  Tr::tr("invalid profile name \"%1\": use letters, "
                         "digits, '.', '_' or '-'")
                      .arg(profile.left(64))};
}

bool Settings::isValidProfileName(const QString &name)
{
    // Safe as a keyring key, a lock-file name and a JSON key on every platform:
    // ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$. By hand, not QRegularExpression: compiling (and
    // JIT-compiling) the pattern was a measurable part of `ast token`.
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool alnum =
            (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'.' && c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

} // namespace ast
