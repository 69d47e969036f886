// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintQuery.h"
#include "core/storage/SqlStatement.h"

#include <QList>
#include <QSet>

#include <optional>

namespace pd::storage {

class Database;
class Writer;

// The SQL of the complaints module: the only code here that speaks SQL. Services decide; these
// functions read and write rows. Every write goes through a Writer (one transaction, audited),
// and every write that touches searchable text keeps the search index in step before it returns.
//
// Schema (migration v4): complaints, complaint_timeline, complaint_categories (→ purpose_categories),
// complaint_search (the token document per complaint, see ComplaintSearch) and complaint_fts, an
// FTS4 index whose content table is complaint_search. FTS4 removes a document by re-reading its
// tokens from complaint_search, so the order is always: delete from complaint_fts, then change
// complaint_search. Never run FTS4's 'rebuild' on other content than complaint_search.
//
// List queries pick their index themselves (INDEXED BY / NOT INDEXED and unary +) instead of
// leaving it to SQLite's planner, which without statistics chose plans 50 times slower at 100,000
// complaints; tests/bench/bench_complaint_list prints the plan and time of each query shape.

namespace ComplaintTable {
/// Inserts the row, its purpose categories, its timeline entries (each audited) and its search
/// document. The caller has assigned number, fiscal year and sequence.
Result<qint64> insert(Writer& writer, const Complaint& complaint);
/// Writes the fields that differ between `before` (as stored) and `after`: the editable ones
/// and the sign-off (the service decides about both). Fails with Conflict when the stored
/// revision is no longer `before.revision`. The audit entry names the changed fields only.
Status update(Writer& writer, const Complaint& before, const Complaint& after);
Status setStatus(Writer& writer, qint64 id, qint64 expectedRevision, ComplaintStatus status, QDate completedOn);
Status setSignOff(Writer& writer, qint64 id, qint64 expectedRevision, qint64 officerId, const QDateTime& atUtc);
/// With timeline, purpose categories and account names.
Result<std::optional<Complaint>> find(Database& db, qint64 id);
Result<std::optional<Complaint>> findByNumber(Database& db, const QString& number);
/// Recomputes the search document from the stored record; a no-op when it has not changed.
Status refreshSearch(Writer& writer, qint64 id);
/// The ids of every category of the purpose register, current and past (for validating links).
Result<QSet<qint64>> purposeCategoryIds(Database& db);
/// Merges the search index into one segment: after a bulk load, so that searches read one b-tree.
Status optimizeSearchIndex(Writer& writer);
} // namespace ComplaintTable

namespace ComplaintTimelineTable {
Result<qint64> insert(Writer& writer, const ComplaintTimelineEntry& entry);
/// In time order (then in the order written).
Result<QList<ComplaintTimelineEntry>> forComplaint(Database& db, qint64 complaintId);
} // namespace ComplaintTimelineTable

namespace ComplaintListTable {
Result<int> count(Database& db, const ComplaintFilter& filter, QDate today);
Result<QList<ComplaintListRow>> page(
    Database& db, const ComplaintFilter& filter, const ComplaintSort& sort, int offset, int limit, QDate today);
Result<ComplaintDueSummary> dueSummary(Database& db, QDate today);
Result<QStringList> explainPage(Database& db, const ComplaintFilter& filter, const ComplaintSort& sort, QDate today);
} // namespace ComplaintListTable

/// Inserts complete complaints in bulk (demo data, ledger import) inside the caller's write
/// transaction: statements are prepared once, and each complaint gets one audit entry
/// ("create", with counts, never values) covering its row, timeline and categories.
///
/// The FTS4 index is written last, by finish(): FTS4 flushes its pending terms into a new index
/// segment at every statement savepoint, and other writes in the transaction (the number counter,
/// for one) open such savepoints. Interleaved, 500 complaints would make 500 tiny segments and
/// merges; written last, they make one.
class ComplaintBulkWriter
{
public:
    explicit ComplaintBulkWriter(Writer& writer);
    Result<qint64> insert(const Complaint& complaint);
    /// Indexes what insert() stored. Call once, after the last insert and before the commit.
    Status finish();

private:
    Status prepare();

    Writer& m_writer;
    bool m_prepared = false;
    SqlStatement m_complaint;
    SqlStatement m_timeline;
    SqlStatement m_category;
    SqlStatement m_search;
    SqlStatement m_index;
    QList<std::pair<qint64, QString>> m_pendingIndex;
};

} // namespace pd::storage
