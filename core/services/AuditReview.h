// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Organization.h"
#include "core/storage/AuditLog.h"
#include "core/storage/AuditQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTime>

#include <optional>

namespace pd {

class Session;

enum class AuditView { All, FailedLogins, OutsideOfficeHours, BulkViewing };

/// The anomaly views as pure functions over entries (oldest first), so that they can be
/// tested with crafted times; AuditReview reads the entries and applies them.
namespace AuditAnomalies {
/// Wrong passwords, refused sign-ins (disabled account) and actions refused for the role.
bool isFailedLogin(const storage::AuditEntry& entry);
QList<storage::AuditEntry> failedLogins(const QList<storage::AuditEntry>& entries);
QList<storage::AuditEntry> outsideOfficeHours(const QList<storage::AuditEntry>& entries, const OfficeHours& hours);
/// The "view" entries of every burst: each returned entry belongs to a run of views by the same
/// account within rule.windowMinutes that covers at least rule.minimumViews different records.
/// Opening one record again and again is work on that record, not bulk viewing.
QList<storage::AuditEntry> bulkViewing(const QList<storage::AuditEntry>& entries, const BulkViewingRule& rule);
} // namespace AuditAnomalies

/// What a reading of the trail starts with: how many entries match, up to which entry.
/// A record as the review's filter names it: a type, a number, or both (empty type, no id: any).
struct AuditRecordFilter
{
    QString recordType;
    std::optional<qint64> recordId;
};

struct AuditSnapshot
{
    qint64 count = 0;
    qint64 upToSeq = 0; // pass on to page() so that new entries do not shift the pages
};

/// The mark "this period has been reviewed", written into the chain itself.
struct AuditReviewMark
{
    QDateTime fromUtc;
    QDateTime untilUtc;
    storage::ChainHead head; // the chain as it stood when the period was marked
    qint64 entryCount = 0;
};

/// The content of a signed checkpoint file.
struct AuditCheckpoint
{
    static constexpr auto kFormat = "privacydesk-audit-checkpoint/1";

    QString databaseId;
    QDateTime fromUtc;
    QDateTime untilUtc;
    QString reviewedBy; // login
    QDateTime createdUtc;
    storage::ChainHead head;
    qint64 entryCount = 0;
    QByteArray mac;

    /// Length-prefixed fields in a fixed order: what the MAC covers.
    QByteArray canonical() const;
    QByteArray toJson() const;
    static Result<AuditCheckpoint> fromJson(const QByteArray& json);
};

/// Reading the audit trail (監査用アクセス記録): the officer and the auditor only
/// (Permission::ReviewAuditLog), and the reading is itself recorded. Review marks and
/// checkpoints are the only things an auditor writes (Permission::WriteAuditFindings).
class AuditReview
{
    Q_DECLARE_TR_FUNCTIONS(AuditReview)

public:
    explicit AuditReview(Session& session);

    /// Entries with fromUtc <= time < untilUtc (either may be invalid: open-ended), oldest first.
    Result<QList<storage::AuditEntry>> entries(const QDateTime& fromUtc, const QDateTime& untilUtc, int limit = 1'000'000);

    /// Starts a reading: counts the matches and fixes the last entry. The reading is audited here,
    /// once, with the names of the conditions used (never their values).
    Result<AuditSnapshot> open(const storage::AuditQuery& query);
    /// Newest first; query.upToSeq should come from open().
    Result<QList<storage::AuditEntry>> page(const storage::AuditQuery& query, qint64 offset, int limit);
    /// Every entry of `query` that `view` shows, oldest first, under the society's stored policy. Audited.
    Result<QList<storage::AuditEntry>> view(const storage::AuditQuery& query, AuditView view);
    /// The office hours and the bulk-viewing rule the views apply: the society's, as saved with the
    /// organization (Settings ▸ Organization ▸ Audit review).
    Result<AuditPolicy> policy();
    Result<QStringList> actions();
    Result<QList<storage::AuditAccount>> accounts();

    /// Walks the whole chain (keyed hashes); audited.
    Result<storage::ChainHead> verifyChain();

    /// Records in the chain that [fromUtc, untilUtc) has been reviewed, with the head at this
    /// moment and the reviewer's note.
    Result<AuditReviewMark> markReviewed(const QDateTime& fromUtc, const QDateTime& untilUtc, const QString& note);
    /// The review marks written so far, newest first.
    Result<QList<storage::AuditEntry>> reviewMarks();

    /// A signed checkpoint of the chain for [fromUtc, untilUtc), as JSON. Audited as an export.
    Result<QByteArray> exportCheckpoint(const QDateTime& fromUtc, const QDateTime& untilUtc);
    /// Checks a checkpoint against this database: its MAC under this database's key, the same
    /// database, and the entry it names still in the chain with the same hash (an older copy of
    /// the database or an altered trail fails here). Each failure says which check failed.
    Result<AuditCheckpoint> verifyCheckpoint(const QByteArray& json);

    static QString reviewDetail(const AuditReviewMark& mark, const QString& note);
    /// How the screen and the print name an action ("view" → "Viewed"); unknown keys as they are.
    static QString actionDisplayName(const QString& action);
    /// How the screen and the print name a record type ("complaint" → "Complaint"); unknown keys as they are.
    static QString recordTypeDisplayName(const QString& recordType);
    /// "Complaint #12"; the type alone for an entry about no single record (id 0).
    static QString targetDisplayName(const QString& recordType, qint64 recordId);
    /// The stored form of a target, "complaint #12": what the filter also takes and the details show.
    static QString targetKey(const QString& recordType, qint64 recordId);
    /// How the screen and the print name a result ("ok" → "Succeeded", "refused: disabled" →
    /// "Refused: account disabled"); an unknown result or reason as it is.
    static QString resultDisplayName(const QString& result);
    /// Reads the record filter as a reviewer writes it: a type by its stored key or its display
    /// name, a number, or both ("complaint #12", "Complaint 12", "#12"; full-width forms too).
    /// A failure says how to write it (translated).
    static Result<AuditRecordFilter> parseRecordFilter(const QString& text);
    /// The role recorded in an entry, as the screen names it.
    static QString roleDisplayName(const QString& roleKey);
    static QString viewDisplayName(AuditView view);
    /// The rule of a view in a sentence, for the screen and the print; empty for views without one.
    static QString viewRuleText(AuditView view, const AuditPolicy& policy);
    /// "Outside 8:30–18:00 on working days, and all day on weekends, national holidays and 29 Dec – 3 Jan."
    static QString officeHoursText(const OfficeHours& hours);
    static QString bulkViewingText(const BulkViewingRule& rule);

    static constexpr int kMinBulkViews = 2; // one view is no burst
    static constexpr int kMaxBulkViews = 10'000;
    static constexpr int kMinBulkWindowMinutes = 1;
    static constexpr int kMaxBulkWindowMinutes = 24 * 60;
    /// What a policy must satisfy to be saved; the failure says which field and why (translated).
    static Status validatePolicy(const AuditPolicy& policy);

private:
    Status requireReading();
    Session& m_session;
};

} // namespace pd
