#include "devserver/DeviceAuthorizations.h"

#include "devserver/Random.h"

namespace astro::devserver {

namespace {
constexpr qint64 earlyPollToleranceMs = 200;
constexpr int slowDownStepSecs = 5;
} // namespace

DeviceAuthorizations::DeviceAuthorizations()
{
    m_clock.start();
}

const DeviceAuthorizations::Authorization &DeviceAuthorizations::create(int expiresInSecs,
                                                                        int intervalSecs)
{
    Authorization authorization;
    authorization.deviceCode = Random::urlSafeToken(32);
    do {
        authorization.userCode = Random::userCode();
    } while (m_deviceCodeByUserCode.contains(normalized(authorization.userCode)));
    authorization.issuedMs = m_clock.elapsed();
    authorization.lifetimeMs = qint64(expiresInSecs) * 1000;
    authorization.intervalSecs = intervalSecs;

    m_deviceCodeByUserCode.insert(normalized(authorization.userCode), authorization.deviceCode);
    return *m_byDeviceCode.insert(authorization.deviceCode, authorization);
}

DeviceAuthorizations::PollResult DeviceAuthorizations::poll(const QString &deviceCode,
                                                            const PollRules &rules)
{
    PollResult result;
    const auto it = m_byDeviceCode.find(deviceCode);
    if (it == m_byDeviceCode.end() || it->exchanged)
        return result;
    Authorization &code = *it;
    if (isExpired(code)) {
        result.outcome = PollOutcome::Expired;
        return result;
    }

    const qint64 now = m_clock.elapsed();
    const qint64 reference = code.lastPollMs.value_or(code.issuedMs);
    if (code.lastPollMs)
        result.sinceLastPollMs = now - *code.lastPollMs;
    else
        result.sinceIssuedMs = now - code.issuedMs;
    code.lastPollMs = now;

    if (rules.strictInterval
        && now - reference < qint64(code.intervalSecs) * 1000 - earlyPollToleranceMs) {
        code.intervalSecs += slowDownStepSecs;
        result.outcome = PollOutcome::TooEarly;
        return result;
    }

    ++code.countedPolls;
    if (code.countedPolls <= rules.failPolls) {
        result.outcome = PollOutcome::Unavailable;
        return result;
    }
    if (code.countedPolls <= rules.failPolls + rules.slowDownPolls) {
        code.intervalSecs += slowDownStepSecs;
        result.outcome = PollOutcome::SlowDown;
        return result;
    }

    if (code.decision == Decision::Pending && rules.autoApproveAfterMs
        && now - code.issuedMs >= *rules.autoApproveAfterMs) {
        code.decision = Decision::Approved;
    }
    switch (code.decision) {
    case Decision::Pending:
        result.outcome = PollOutcome::Pending;
        break;
    case Decision::Denied:
        result.outcome = PollOutcome::Denied;
        break;
    case Decision::Approved:
        code.exchanged = true;
        result.outcome = PollOutcome::Approved;
        break;
    }
    return result;
}

DeviceAuthorizations::DecideResult DeviceAuthorizations::decide(const QString &userCode,
                                                                Decision decision)
{
    const auto deviceCode = m_deviceCodeByUserCode.constFind(normalized(userCode));
    if (deviceCode == m_deviceCodeByUserCode.cend())
        return DecideResult::Unknown;
    Authorization &code = m_byDeviceCode[*deviceCode];
    if (isExpired(code))
        return DecideResult::Unknown;
    if (code.exchanged || (code.decision != Decision::Pending && code.decision != decision))
        return DecideResult::AlreadyDecided;
    code.decision = decision;
    return DecideResult::Ok;
}

QString DeviceAuthorizations::normalized(const QString &userCode)
{
    QString result;
    for (const QChar c : userCode) {
        if (c.isLetterOrNumber())
            result += c.toUpper();
    }
    return result;
}

bool DeviceAuthorizations::isExpired(const Authorization &authorization) const
{
    return m_clock.elapsed() - authorization.issuedMs >= authorization.lifetimeMs;
}

} // namespace astro::devserver
