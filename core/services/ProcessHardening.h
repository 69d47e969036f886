// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd {

/// Start-up measures that keep keys and personal data out of core dumps and shared temp
/// folders. Call first thing in main(), before any data is loaded.
class ProcessHardening
{
public:
    /// Disables core dumps and ptrace attach by other processes of the same user.
    static bool disableCoreDumps();
    /// Points TMPDIR and SQLITE_TMPDIR at a private 0700 directory (the print spool writes there).
    static QString usePrivateTempDirectory();
    static void removePrivateTempDirectory();
    /// Gives Qt a private XDG_RUNTIME_DIR when the session has none (cron jobs, ssh), instead of
    /// Qt's warning and its shared default.
    static void ensureRuntimeDirectory();
};

} // namespace pd
