#include "tray/TrayAvailability.h"

#include <QSystemTrayIcon>

namespace ast::tray {

TrayAvailability::TrayAvailability(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TrayAvailability::check);
}

void TrayAvailability::start()
{
    m_attempts = 0;
    check();
}

void TrayAvailability::check()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_timer.stop();
        Q_EMIT available();
        return;
    }
    if (++m_attempts >= Attempts) {
        m_timer.stop();
        Q_EMIT unavailable();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

} // namespace ast::tray
