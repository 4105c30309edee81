#pragma once

#include <QObject>

namespace ast::cli {

// Turns SIGINT/SIGTERM into a Qt signal on the event loop (self-pipe), so that Ctrl-C can
// cancel cleanly instead of killing the process mid-write.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    // SIGINT or SIGTERM (on other platforms, SIGINT only).
    void interrupted(int signalNumber);
};

} // namespace ast::cli
