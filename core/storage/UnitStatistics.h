// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace pd::storage {

class Database;

/// What a unit holds, in counts: shown before a restore and compared after one.
struct UnitStatistics
{
    qint64 complaints = 0;
    qint64 issuedLetters = 0;
    qint64 accounts = 0;
    qint64 auditEntries = 0;

    static Result<UnitStatistics> read(Database& db);
    friend bool operator==(const UnitStatistics&, const UnitStatistics&) = default;
};

} // namespace pd::storage
