#pragma once

#include <QObject>

namespace ast::tray {

// Tells when a due refresh may have been missed or may now succeed: after a resume from sleep
// (logind's PrepareForSleep(false) on the system bus; timers stand still during sleep) and
// when the network comes back (QNetworkInformation). Either source may be missing (no system
// bus, no backend): then that signal never fires, which is harmless.
class ResumeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ResumeWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void resumed();
    void networkOnline();

private Q_SLOTS:
    void onPrepareForSleep(bool sleeping);

private:
    void watchNetwork();
};

} // namespace ast::tray
