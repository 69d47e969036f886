// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pd::storage {

/// Kills the process with SIGKILL when the environment variable PRIVACYDESK_CRASH_POINT names
/// `point`. The crash tests use it to stop a multi-step change (key rotation) exactly between
/// two of its durable steps, which a kill at a random moment rarely hits. Nothing is written,
/// logged or skipped: the effect is the same as a power cut at that moment.
void crashPoint(const char* point);

} // namespace pd::storage
