// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/UnlockThrottle.h"

#include "core/storage/KeySlotFile.h"

#include <algorithm>

namespace pd::storage::UnlockThrottle {

namespace {
std::function<QDateTime()>& testClock()
{
    static std::function<QDateTime()> clock;
    return clock;
}
} // namespace

std::chrono::seconds waitAfter(int consecutiveFailures)
{
    if (consecutiveFailures < kFreeFailures)
        return std::chrono::seconds(0);
    // Capped before shifting: 2^7 * 30 s already exceeds the hour.
    const int doublings = std::min(consecutiveFailures - kFreeFailures, 7);
    return std::min(kFirstWait * (1 << doublings), kLongestWait);
}

std::chrono::seconds remainingWait(const FailedUnlocks* failures, const QDateTime& nowUtc)
{
    if (!failures || !failures->lastUtc.isValid())
        return std::chrono::seconds(0);
    const QDateTime allowedFrom = failures->lastUtc.addSecs(waitAfter(failures->count).count());
    if (nowUtc >= allowedFrom)
        return std::chrono::seconds(0);
    // Rounded up, so that "wait 0 seconds" is never shown while still refused.
    return std::chrono::seconds((nowUtc.msecsTo(allowedFrom) + 999) / 1000);
}

QDateTime nowUtc()
{
    if (testClock())
        return testClock()();
    return QDateTime::currentDateTimeUtc();
}

void setClockForTesting(std::function<QDateTime()> clock)
{
    testClock() = std::move(clock);
}

} // namespace pd::storage::UnlockThrottle
