// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/Complaint.h"

#include <QList>

namespace pd::storage {

class Database;

// The SQL of the complaint register export (苦情受付簿). The order and the filter come from the
// list queries (ComplaintListTable::page); this reads the register's columns for a page of ids.

namespace ComplaintExportTable {
/// The register's fields of the complaints with `ids`, in the order of `ids` (ids that no longer
/// exist are left out). Timeline and purpose categories are not read. At most kMaxIds at once.
Result<QList<Complaint>> registerRows(Database& db, const QList<qint64>& ids);
/// SQLite 3.15 binds at most 999 values in one statement.
inline constexpr qsizetype kMaxIds = 500;
} // namespace ComplaintExportTable

} // namespace pd::storage
