#pragma once

#include <QObject>

class QSocketNotifier;

namespace astro::devserver {

// Turns SIGTERM and SIGINT into a Qt signal. The handler only writes a byte to a socket pair
// (async-signal-safe); the event loop reads it and emits shutdownRequested().
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace astro::devserver
