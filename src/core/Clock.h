#pragma once

#include <QDateTime>
#include <QObject>
#include <chrono>
#include <functional>

namespace ast {

// Time as the flow and the session see it. Injected so that tests advance time instead of
// sleeping; production code uses Clock::system().
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Runs `action` once after `delay`, on the event loop, unless `context` is gone by then.
    virtual void callAfter(std::chrono::milliseconds delay, QObject *context,
                           std::function<void()> action) = 0;

    static Clock *system();
};

} // namespace ast
