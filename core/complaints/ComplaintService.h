// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintAttachments.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace pd {

namespace storage {
class Writer;
}

class Session;

/// The complaints desk (苦情, APPI Art. 40): intake, handling, sign-off and closing.
///
/// Rules decided here: officer and staff write (Permission::WriteCases), the auditor only reads;
/// only the privacy officer signs off (責任者確認); status changes follow ComplaintStatus; closed
/// and withdrawn complaints are no longer edited (timeline notes are still added). Every write
/// is one transaction with its audit entries (field names and status keys, never values);
/// opening one complaint is audited as a view; every refusal is audited.
class ComplaintService
{
public:
    static constexpr auto kNumberSeries = "complaint"; // NumberCounters series of 受付番号
    static constexpr int kMaxAnswerDays = 365;

    explicit ComplaintService(Session& session);

    /// Why a 受付番号 format cannot be used: DocumentNumberFormat's rules, plus a fiscal-year
    /// token ({年度} or {年度和暦}), because the running number restarts every 年度.
    static Status validateNumberFormat(const QString& pattern);
    /// 1 to kMaxAnswerDays.
    static Status validateAnswerDays(int days);

    /// Logs a new complaint: status Received, 受付番号 = next number of the fiscal year of
    /// receivedAt (organization's complaint_number_format), target date = received date +
    /// complaint_answer_days unless the draft has one, received by the signed-in account unless
    /// given. Timeline entries of the draft are stored with it. Returns the stored record.
    Result<Complaint> create(const Complaint& draft);
    /// create() with more to store in the same transaction (an email's original and attachments):
    /// `alsoWrite` runs after the complaint is stored, before the commit, with the stored record;
    /// when it fails, nothing is stored and its error is returned.
    using AlsoWrite = std::function<Status(storage::Writer&, const Complaint&)>;
    Result<Complaint> create(const Complaint& draft, const AlsoWrite& alsoWrite);
    /// create() with the files attached to the form before its first save (a FAX taken with it):
    /// stored in the same transaction, with the checks and audit entries of a file attached later
    /// (ComplaintAttachments::storePending). When a file fails, nothing is stored.
    Result<Complaint> createWithFiles(const Complaint& draft, const QList<PendingAttachment>& files);

    /// Stores complete records (any status; sign-off included) in one transaction: demo data and
    /// the import of an existing ledger. Numbers are assigned in order of receivedAt; `complaints`
    /// gets ids, numbers and target dates. Nothing is stored unless every record is valid.
    /// Records carrying a sign-off need the officer.
    Status createMany(QList<Complaint>& complaints);

    /// Saves the editable fields. Fails with Conflict when someone saved in the meantime
    /// (`complaint.revision` is the one that was read). Number, status, sign-off and timeline are
    /// not changed here; changing the result or prevention after sign-off withdraws the sign-off.
    Result<Complaint> update(const Complaint& complaint);

    /// Appends to the 対応経過. `at` defaults to now.
    Result<ComplaintTimelineEntry> addTimelineEntry(qint64 complaintId, const QString& text, const QDateTime& at = {});

    /// Moves to `to` (see ComplaintStatus), records the step in the timeline with `note`, and sets
    /// the completion date when the complaint is closed or withdrawn.
    Result<Complaint> transition(
        qint64 complaintId, qint64 expectedRevision, ComplaintStatus to, const QString& note = {});

    /// 責任者確認: the privacy officer confirms the handling. Needs the result (処理結果).
    Result<Complaint> signOff(qint64 complaintId, qint64 expectedRevision);

    /// One complaint with timeline; audited as a view.
    Result<Complaint> find(qint64 id);
    Result<Complaint> findByNumber(const QString& number);

    /// Merges the search index into one b-tree, so that searches read fewer pages. Worth running
    /// after a bulk load (demo data, an import); FTS4 keeps the index in shape on its own otherwise.
    Status optimizeSearchIndex();

    /// Records that a document about the complaint was printed (e.g. "complaint_answer").
    Status recordPrint(qint64 complaintId, const QString& document);

    /// The fields of the answer letter (苦情への回答書, template complaint_answer) that come from
    /// the complaint: 受付番号, 申出日 (ISO date), 申出内容, 宛先氏名, 宛先郵便番号, 宛先住所, 回答内容
    /// (the result), 再発防止策, お詫び, 担当者氏名. The letter service adds the organization's.
    static QVariantMap letterFields(const Complaint& complaint);

private:
    Status requireOfficer(const QString& what, qint64 recordId);
    Status validateDraft(const Complaint& complaint, const QSet<qint64>& purposeCategories);
    Result<Complaint> load(qint64 id);

    Session& m_session;
};

} // namespace pd
