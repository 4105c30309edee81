#include "tray/ResumeWatcher.h"

#include <QDBusConnection>
#include <QLoggingCategory>
#include <QNetworkInformation>

namespace ast::tray {

Q_LOGGING_CATEGORY(lcResume, "astro.tray.resume", QtWarningMsg)

ResumeWatcher::ResumeWatcher(QObject *parent)
    : QObject(parent)
{
#if defined(Q_OS_LINUX)
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        const bool ok = system.connect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            this, SLOT(onPrepareForSleep(bool)));
        qCDebug(lcResume) << "watching logind for resume:" << ok;
    }
#endif
    watchNetwork();
}

void ResumeWatcher::onPrepareForSleep(bool sleeping)
{
    if (!sleeping)
        Q_EMIT resumed();
}

void ResumeWatcher::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCDebug(lcResume) << "no network information backend";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    qCDebug(lcResume) << "network information backend" << info->backendName();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this, last = info->reachability()](QNetworkInformation::Reachability now) mutable {
                // Unknown -> Online is the backend starting up, not the network returning.
                const bool cameBack = now == QNetworkInformation::Reachability::Online
                    && last != QNetworkInformation::Reachability::Online
                    && last != QNetworkInformation::Reachability::Unknown;
                last = now;
                if (cameBack)
                    Q_EMIT networkOnline();
            });
}

} // namespace ast::tray
