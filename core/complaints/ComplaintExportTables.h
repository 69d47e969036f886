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

/// Holds one read transaction while the export reads its pages, so that a complaint saved by
/// another user in the meantime can neither shift a page (a row twice or not at all) nor appear
/// half-way: the register is the database as of one moment. Ends when destroyed.
/// Nothing may be written on the connection meanwhile (the audit entry comes after).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    Status begin();

private:
    Database& m_db;
    bool m_active = false;
};
} // namespace ComplaintExportTable

} // namespace pd::storage
