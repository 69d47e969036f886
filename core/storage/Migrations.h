// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace pd::storage {

class Database;

/// The numbered schema migrations (PRAGMA user_version). Each runs in one transaction
/// together with its version bump, so a crash leaves the previous version intact.
class Migrations
{
public:
    static int latestVersion();
    /// Migrates up to `targetVersion` (default: latest). Refuses a database newer than this build.
    static Status migrate(Database& db, int targetVersion = -1);
};

/// One category of the purpose register as the society's public notice states it.
struct SeedPurpose
{
    QString category;
    QString purposes;
};
const QList<SeedPurpose>& seedPurposeRegister();

} // namespace pd::storage
