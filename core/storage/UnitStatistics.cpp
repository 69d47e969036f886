// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/UnitStatistics.h"

#include "core/storage/Database.h"

namespace pd::storage {

Result<UnitStatistics> UnitStatistics::read(Database& db)
{
    auto statement = db.prepare("SELECT (SELECT count(*) FROM complaints), (SELECT count(*) FROM issued_letters), "
                                "(SELECT count(*) FROM accounts), (SELECT count(*) FROM audit_log)");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    UnitStatistics statistics;
    statistics.complaints = statement->integer(0);
    statistics.issuedLetters = statement->integer(1);
    statistics.accounts = statement->integer(2);
    statistics.auditEntries = statement->integer(3);
    return statistics;
}

} // namespace pd::storage
