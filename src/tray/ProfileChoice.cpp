#include "tray/ProfileChoice.h"

#include "core/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace ast::tray {

ProfileChoice::ProfileChoice(const QString &astroHome)
{
    const QByteArray home = QDir::cleanPath(QDir(astroHome).absolutePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex();
    m_key = QStringLiteral("profiles/%1/current").arg(QString::fromLatin1(hash.left(16)));
}

QString ProfileChoice::initial(const Settings &settings) const
{
    if (settings.profileFromEnvironment)
        return settings.profile;
    const QString remembered = QSettings().value(m_key).toString();
    return Settings::isValidProfileName(remembered) ? remembered : settings.profile;
}

void ProfileChoice::remember(const QString &profile)
{
    QSettings().setValue(m_key, profile);
}

} // namespace ast::tray
