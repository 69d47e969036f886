// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/Complaint.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pd {

class Session;

/// One line of the 苦情受付簿: what the paper ledger has in its columns.
struct ComplaintRegisterEntry
{
    qint64 id = 0;
    QString number; // 受付番号
    QDate receivedOn; // 受付日
    ComplaintChannel channel = ComplaintChannel::Phone; // 方法
    QString complainantName; // 申出人
    ComplaintCategory category = ComplaintCategory::Other; // 分類
    QString summary; // 概要: the start of 申出内容
    ComplaintStatus status = ComplaintStatus::Received; // 状況
    QString assigneeName; // 担当
    QDate answeredOn; // 回答日
    QDate completedOn; // 完了日
    bool possibleBreach = false;
};

/// The complaints received in a period, in the order of their numbers.
struct ComplaintRegisterData
{
    QDate from; // inclusive
    QDate until; // inclusive
    QString organizationName;
    QList<ComplaintRegisterEntry> entries;
};

/// Where the register went; each is one audit action.
enum class ComplaintRegisterOutput {
    Preview, // shown on screen: "view"
    Print, // sent to a printer: "print"
    SavePdf, // written to a file the user chose: "save_pdf"
};

/// Loads the 苦情受付簿 (register of complaints) for a period and records where it was output.
/// The register leaves the program on paper or as a file, so even loading it needs
/// Permission::PrintAndExport; refusals are audited by the session. Audit entries carry the period
/// and counts, never a name or a number.
class ComplaintRegisterSource
{
public:
    static constexpr auto kRecordType = "complaint_register";
    /// 概要 on paper: the first characters of 申出内容, so that a line stays one or two lines high.
    static constexpr int kSummaryLength = 40;

    explicit ComplaintRegisterSource(Session& session);

    /// The complaints received from `from` to `until` (both inclusive). InvalidInput when the
    /// period ends before it begins.
    Result<ComplaintRegisterData> load(QDate from, QDate until);

    /// Records that `data` was previewed, printed or saved (`pages` as painted).
    Status recordOutput(const ComplaintRegisterData& data, ComplaintRegisterOutput output, int pages);

    /// The start of `content` on one line: line breaks and runs of spaces become one space,
    /// and text beyond kSummaryLength ends in "…".
    static QString summaryOf(const QString& content);

private:
    Session& m_session;
};

} // namespace pd
