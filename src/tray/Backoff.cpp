#include "tray/Backoff.h"

#include <algorithm>

namespace ast::tray {

std::chrono::milliseconds Backoff::next()
{
    const int doublings = std::min(m_failures, 10); // 30 s * 2^5 already passes the cap
    ++m_failures;
    return std::min<std::chrono::milliseconds>(First * (1LL << doublings), Cap);
}

} // namespace ast::tray
