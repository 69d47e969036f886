// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>

namespace pd::storage {

struct FailedUnlocks;

/// The growing wait after wrong passwords (SECURITY.md: after 5 failures for an account the
/// delays grow). Decided here only; the slot file keeps the counts so that restarting the
/// program does not reset them.
namespace UnlockThrottle {

inline constexpr int kFreeFailures = 5;
inline constexpr std::chrono::seconds kFirstWait{30};
inline constexpr std::chrono::seconds kLongestWait{3600};

/// 0 up to kFreeFailures consecutive failures, then 30 s, doubling with each further one, at most an hour.
std::chrono::seconds waitAfter(int consecutiveFailures);
/// How long the account must still wait at `nowUtc` (0 when it may try).
std::chrono::seconds remainingWait(const FailedUnlocks* failures, const QDateTime& nowUtc);

QDateTime nowUtc();
/// Tests move time forward instead of sleeping. An empty function restores the real clock.
void setClockForTesting(std::function<QDateTime()> clock);

} // namespace UnlockThrottle

} // namespace pd::storage
