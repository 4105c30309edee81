#include "core/Clock.h"

#include <QTimer>

namespace ast {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    void callAfter(std::chrono::milliseconds delay, QObject *context,
                   std::function<void()> action) override
    {
        QTimer::singleShot(delay, Qt::PreciseTimer, context, std::move(action));
    }
};
} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace ast
