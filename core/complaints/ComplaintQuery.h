// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/Complaint.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class Session;

/// What the complaint list shows. Every condition is optional; all given ones must hold.
struct ComplaintFilter
{
    QList<ComplaintStatus> statuses; // empty: any
    QList<ComplaintChannel> channels; // empty: any
    QList<ComplaintCategory> categories; // empty: any
    std::optional<qint64> assigneeId; // 0: unassigned
    std::optional<int> fiscalYear; // start year of the 年度
    QDate receivedFrom; // inclusive, local date
    QDate receivedTo; // inclusive, local date
    bool overdueOnly = false; // awaiting an answer and past the target date
    std::optional<int> dueWithinDays; // awaiting an answer, target date from today to today + N
    bool possibleBreachOnly = false;
    QString searchText; // see ComplaintSearch for the matching rules
};

enum class ComplaintSortColumn { Number, ReceivedAt, Channel, Complainant, Category, Status, Assignee, TargetDate };

struct ComplaintSort
{
    ComplaintSortColumn column = ComplaintSortColumn::ReceivedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
};

/// One line of the list: only what the columns show, so that a page stays cheap.
struct ComplaintListRow
{
    qint64 id = 0;
    QString number;
    QDateTime receivedAt;
    ComplaintChannel channel = ComplaintChannel::Phone;
    QString complainantName;
    QString complainantKana;
    ComplaintCategory category = ComplaintCategory::Other;
    ComplaintStatus status = ComplaintStatus::Received;
    qint64 assigneeId = 0;
    QString assigneeName;
    QDate targetDate;
    bool overdue = false;
    bool possibleBreach = false;
};

/// For the start page.
struct ComplaintDueSummary
{
    int overdue = 0; // awaiting an answer, target date before today
    int dueThisWeek = 0; // awaiting an answer, target date today or within the next 6 days
};

/// The list queries behind the lazy list model: counts and pages, all filtering and sorting in SQL.
/// Reading lists needs Permission::ReadAll; opening one complaint (ComplaintService::find) is
/// what the audit log records as a view.
class ComplaintQuery
{
public:
    explicit ComplaintQuery(Session& session);

    /// "Today" for overdue and due-soon: the current date unless set (tests, reports as of a date).
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    Result<int> count(const ComplaintFilter& filter);
    /// Rows [offset, offset + limit) in `sort` order; ties are broken by id, so pages never overlap.
    Result<QList<ComplaintListRow>> page(
        const ComplaintFilter& filter, const ComplaintSort& sort, int offset, int limit);
    Result<ComplaintDueSummary> dueSummary(QDate today);
    /// SQLite's plan for page(), for benchmarks and for finding a missing index.
    Result<QStringList> explainPage(const ComplaintFilter& filter, const ComplaintSort& sort);

private:
    Session& m_session;
    QDate m_today;
};

} // namespace pd
