#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <optional>

namespace astro::devserver {

// Pending device authorizations (RFC 8628): issuing codes, the user's decision, expiry and
// the per-code polling rules. Times come from a monotonic clock so that a test's clock
// changes cannot expire codes.
class DeviceAuthorizations
{
public:
    enum class Decision { Pending, Approved, Denied };
    enum class DecideResult { Ok, Unknown, AlreadyDecided };

    struct Authorization
    {
        QString deviceCode;
        QString userCode;
        qint64 issuedMs = 0;
        qint64 lifetimeMs = 0;
        int intervalSecs = 5; // grows by 5 with every slow_down (RFC 8628 3.5)
        std::optional<qint64> lastPollMs;
        int countedPolls = 0; // polls that were not too early
        Decision decision = Decision::Pending;
        bool exchanged = false;
    };

    struct PollRules
    {
        bool strictInterval = false;
        int failPolls = 0;
        int slowDownPolls = 0;
        std::optional<qint64> autoApproveAfterMs;
    };

    enum class PollOutcome {
        UnknownCode,
        Expired,
        TooEarly,
        Unavailable,
        SlowDown,
        Pending,
        Denied,
        Approved // the code is used up now
    };

    struct PollResult
    {
        PollOutcome outcome = PollOutcome::UnknownCode;
        std::optional<qint64> sinceLastPollMs;
        std::optional<qint64> sinceIssuedMs; // only on a code's first poll
    };

    DeviceAuthorizations();

    const Authorization &create(int expiresInSecs, int intervalSecs);
    PollResult poll(const QString &deviceCode, const PollRules &rules);
    // Matches user codes the way people type them: any case, with or without dash or spaces.
    DecideResult decide(const QString &userCode, Decision decision);

private:
    static QString normalized(const QString &userCode);
    bool isExpired(const Authorization &authorization) const;

    QElapsedTimer m_clock;
    QHash<QString, Authorization> m_byDeviceCode;
    QHash<QString, QString> m_deviceCodeByUserCode; // keyed by normalized user code
};

} // namespace astro::devserver
