// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace pd {

struct Complaint;

/// Where a complaint (苦情) stands: 受付 → 対応中 → 回答済 → 完了, or 取下げ before it is closed.
enum class ComplaintStatus {
    Received, // 受付
    InProgress, // 対応中
    Answered, // 回答済
    Closed, // 完了
    Withdrawn, // 取下げ
};

/// Every status in workflow order (for menus, filters and sorting).
inline constexpr std::array kComplaintStatuses { ComplaintStatus::Received, ComplaintStatus::InProgress,
    ComplaintStatus::Answered, ComplaintStatus::Closed, ComplaintStatus::Withdrawn };

// The status machine. This is the one place that decides which status may follow which and
// what a record must hold to reach a status; services, imports and the UI all ask here.

/// The statuses `status` may move to, in workflow order; empty for Closed and Withdrawn.
QList<ComplaintStatus> validFollowStates(ComplaintStatus status);
bool canTransition(ComplaintStatus from, ComplaintStatus to);

/// Whether `complaint` may move to `to` now: the step must be legal and the record must hold
/// what `to` requires (see checkRecordForStatus). InvalidInput with a translated reason otherwise.
Status checkTransition(const Complaint& complaint, ComplaintStatus to);

/// What a record in its current status must hold: Answered needs the answer method and date;
/// Closed also needs the result (処理結果), the officer's sign-off (責任者確認) and the completion
/// date; Withdrawn needs the completion date. Used for transitions and for records that arrive
/// complete (demo data, the ledger import). InvalidInput with a translated reason otherwise.
Status checkRecordForStatus(const Complaint& complaint);

/// Still waiting for an answer: counts towards overdue and due-soon lists.
bool awaitsAnswer(ComplaintStatus status);
/// No further status and no more edits (timeline notes are still allowed).
bool isFinal(ComplaintStatus status);

QString statusKey(ComplaintStatus status);
std::optional<ComplaintStatus> statusFromKey(const QString& key);
QString statusDisplayName(ComplaintStatus status);

} // namespace pd
