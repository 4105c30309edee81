#pragma once

#include <chrono>

namespace ast::tray {

// Delays between retries of a failed background refresh: 30 s, 60 s, 120 s, ... capped at
// 10 min, so an offline laptop costs one request every 10 minutes, never a storm.
class Backoff
{
public:
    static constexpr std::chrono::seconds First {30};
    static constexpr std::chrono::seconds Cap {600};

    std::chrono::milliseconds next();
    void reset() { m_failures = 0; }
    bool isActive() const { return m_failures > 0; }
    int failures() const { return m_failures; }

private:
    int m_failures = 0;
};

} // namespace ast::tray
