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
    /// Makes the C library overwrite every heap block when it is freed, so that a record a model
    /// held does not stay readable in freed memory after a lock. glibc does this (M_PERTURB) only
    /// for blocks that bypass its per-thread cache, so the process re-executes itself once with
    /// that cache turned off (GLIBC_TUNABLES is read only at start). Call first in main().
    static void wipeFreedHeapMemory(char** argv);
    /// Empties the private temp folder (after a print job, at a lock) without removing it.
    static void emptyPrivateTempDirectory();
    /// Gives Qt a private XDG_RUNTIME_DIR when the session has none (cron jobs, ssh), instead of
    /// Qt's warning and its shared default.
    static void ensureRuntimeDirectory();
};

} // namespace pd
