#pragma once

#include <QObject>
#include <QTimer>

namespace ast::tray {

// Waits for a system tray to appear: at login the panel often starts after its apps. Checks
// every 500 ms for about 10 s, then gives up so the app can show a window instead (the tray
// must never be the only way in).
class TrayAvailability : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 500;
    static constexpr int Attempts = 20;

    explicit TrayAvailability(QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void available();
    void unavailable();

private:
    void check();

    QTimer m_timer;
    int m_attempts = 0;
};

} // namespace ast::tray
