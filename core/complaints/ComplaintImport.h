// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/CsvReader.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace pd {

class Session;

/// The columns of the complaint register (苦情受付簿) as it is exported, and what an imported
/// ledger column can be taken as. Ignore leaves a column out.
enum class ComplaintLedgerField {
    Ignore,
    Number, // 受付番号: a new number is assigned; the ledger's is kept in the timeline
    ReceivedAt, // 受付日時
    Channel, // 受付方法
    ComplainantName, // 申出人
    ComplainantKana, // フリガナ
    Relation, // 関係
    Category, // 分類
    Content, // 申出内容
    Status, // 状況
    Assignee, // 担当者
    TargetDate, // 回答目標日
    AnsweredOn, // 回答日
    AnswerMethod, // 回答方法
    Result, // 処理結果
    Prevention, // 再発防止策
    CompletedOn, // 完了日
    PossibleBreach, // 漏えい等のおそれ
    Phone,
    Email,
    PostalCode,
    Address,
};

/// The register's columns in the order of the printed 苦情受付簿 (the export writes these).
inline constexpr std::array kComplaintRegisterColumns { ComplaintLedgerField::Number,
    ComplaintLedgerField::ReceivedAt, ComplaintLedgerField::Channel, ComplaintLedgerField::ComplainantName,
    ComplaintLedgerField::ComplainantKana, ComplaintLedgerField::Relation, ComplaintLedgerField::Category,
    ComplaintLedgerField::Content, ComplaintLedgerField::Status, ComplaintLedgerField::Assignee,
    ComplaintLedgerField::TargetDate, ComplaintLedgerField::AnsweredOn, ComplaintLedgerField::AnswerMethod,
    ComplaintLedgerField::Result, ComplaintLedgerField::Prevention, ComplaintLedgerField::CompletedOn,
    ComplaintLedgerField::PossibleBreach };

/// Every field a column can be mapped to, Ignore first (for the mapping combos).
inline constexpr std::array kComplaintLedgerFields { ComplaintLedgerField::Ignore, ComplaintLedgerField::Number,
    ComplaintLedgerField::ReceivedAt, ComplaintLedgerField::Channel, ComplaintLedgerField::ComplainantName,
    ComplaintLedgerField::ComplainantKana, ComplaintLedgerField::Relation, ComplaintLedgerField::Category,
    ComplaintLedgerField::Content, ComplaintLedgerField::Status, ComplaintLedgerField::Assignee,
    ComplaintLedgerField::TargetDate, ComplaintLedgerField::AnsweredOn, ComplaintLedgerField::AnswerMethod,
    ComplaintLedgerField::Result, ComplaintLedgerField::Prevention, ComplaintLedgerField::CompletedOn,
    ComplaintLedgerField::PossibleBreach, ComplaintLedgerField::Phone, ComplaintLedgerField::Email,
    ComplaintLedgerField::PostalCode, ComplaintLedgerField::Address };

/// The translated column title (the export's header, the mapping step's choices).
QString ledgerFieldName(ComplaintLedgerField field);
/// How the register writes a yes/no column (漏えい等のおそれ): "Yes" in the UI language, or nothing.
QString ledgerFlagText(bool value);

/// A data row that cannot be imported: its line in the file (a quoted field may span lines, so
/// this is where the row begins) and every reason, in words for the user.
struct ComplaintImportProblem
{
    int line = 0;
    QString reason;
};

struct ComplaintImportRow
{
    int line = 0;
    Complaint complaint;
};

/// The outcome of checking every row: nothing is written yet.
struct ComplaintImportPlan
{
    QList<ComplaintImportRow> valid;
    QList<ComplaintImportProblem> rejected;
    int rowCount() const { return int(valid.size() + rejected.size()); }
};

/// Takes over the office's existing complaint ledger (Excel saved as CSV).
///
/// Every row is checked first, against the same rules as a complaint entered at the desk; the
/// rows that pass are then stored in one transaction (ComplaintService::createMany), so an import
/// either happens completely or not at all. Numbers are assigned anew in order of reception, and
/// the ledger's own number is kept as the first timeline note. A closed (完了) row needs the
/// officer's sign-off: only the privacy officer can import one, and the import records it as
/// theirs. Values are read as the ledger writes them: 2025/4/1, 2025-04-01 10:30, 令和7年4月1日,
/// full-width digits; channel, relation, category and status by Japanese name or key.
class ComplaintImport
{
public:
    explicit ComplaintImport(Session& session);

    /// A field per header column, guessed from its title; each field is given to one column at most.
    static QList<ComplaintLedgerField> guessMapping(const QStringList& header);
    /// Why `mapping` cannot be used (a required field not mapped, a field mapped twice).
    static Status checkMapping(const QList<ComplaintLedgerField>& mapping);

    /// A date with optional time as ledgers write it; nothing when it is not one.
    static std::optional<QDateTime> parseDateTime(const QString& text);
    static std::optional<QDate> parseDate(const QString& text);

    /// Checks every row of `table` read through `mapping` (one field per header column).
    /// Needs Permission::WriteCases. `today` bounds dates in the future (default: the current date).
    Result<ComplaintImportPlan> check(const CsvTable& table, const QList<ComplaintLedgerField>& mapping,
        QDate today = {});

    /// Stores the valid rows of `plan` in one transaction and re-packs the search index.
    /// Returns how many complaints were stored; `rejectedCount` goes into the audit entry.
    Result<int> import(const ComplaintImportPlan& plan);

private:
    Session& m_session;
};

} // namespace pd
