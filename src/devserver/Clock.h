#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace astro::devserver {

// Monotonic milliseconds that a test can move forward (POST /_dev/advance-clock), so that
// ten-minute lifetimes are tested without waiting. A wall-clock change cannot move it.
class Clock
{
public:
    Clock() { m_elapsed.start(); }
    qint64 nowMs() const { return m_elapsed.elapsed() + m_offsetMs; }
    void advance(qint64 ms) { m_offsetMs += ms; }

private:
    QElapsedTimer m_elapsed;
    qint64 m_offsetMs = 0;
};

} // namespace astro::devserver
