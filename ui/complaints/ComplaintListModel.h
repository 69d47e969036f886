// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QIcon>
#include <QList>

namespace pd::ui {

class SessionContext;

/// The complaint list, lazy: the row count comes from one COUNT query, and rows are read a page
/// at a time when the view first asks for them. Only the pages seen last stay in memory, so
/// a list of 100,000 complaints costs what a few hundred rows cost, the scroll bar shows the
/// whole length from the start, and jumping to the end reads one page, not every page before it.
///
/// Filtering, sorting and searching all happen in SQL (ComplaintQuery); every change of them
/// resets the model. The model drops its rows when the session is about to close and reloads
/// when a complaint changes.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ReceivedColumn,
        ChannelColumn,
        ComplainantColumn,
        KanaColumn,
        CategoryColumn,
        StatusColumn,
        AssigneeColumn,
        TargetDateColumn,
        DueColumn,
        ColumnCount
    };

    enum DataRole {
        IdRole = Qt::UserRole, // qint64 id of the complaint
        DueStateRole, // int(DueState)
    };

    /// How urgent an answer is. Only complaints that still await an answer have one.
    enum class DueState { None, DueThisWeek, Overdue };

    /// Rows read per query. A page fills a few screens, so that scrolling line by line reads
    /// rarely, and stays cheap to read: the first screen waits for the whole page.
    static constexpr int kPageSize = 100;
    /// Pages kept in memory; the least recently used one goes first.
    static constexpr int kMaxCachedPages = 12;
    /// "Due this week": the target date is today or within the next six days (as on the start page).
    static constexpr int kDueSoonDays = 6;

    explicit ComplaintListModel(SessionContext& context, QObject* parent = nullptr);

    const ComplaintFilter& filter() const { return m_filter; }
    /// Applies the filter and reloads from the first row.
    void setFilter(const ComplaintFilter& filter);
    const ComplaintSort& complaintSort() const { return m_sort; }

    /// "Today" for overdue and due-this-week; the current date unless set (tests).
    void setToday(QDate today);
    QDate today() const;

    /// Counts again and forgets every row read so far (after a change, or another process's save).
    void reload();
    /// Empties the list (the session is closing); nothing is read until reload().
    void clear();

    /// The id of the complaint at `row`, 0 when there is none (or it could not be read).
    qint64 idAt(int row) const;
    /// The row of complaint `id`: looked up in the pages in memory, then in the page of `hintRow`
    /// and its neighbours. -1 when it is not there (filtered out, or moved far away by a sort).
    int rowOfId(qint64 id, int hintRow = -1) const;
    /// Pages read and still held: how lazy the model is (tests, benchmarks).
    int cachedPageCount() const { return int(m_pages.size()); }
    /// The last read error as a sentence for the user; empty when the last read succeeded.
    QString errorText() const { return m_errorText; }

    static ComplaintSortColumn sortColumnFor(int column);
    static int columnFor(ComplaintSortColumn column);
    static DueState dueState(const ComplaintListRow& row, QDate today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// A count or a page could not be read; `message` is for the user.
    void loadFailed(const QString& message);
    /// The number of complaints that match changed (after every reset).
    void countChanged(int count);

private:
    /// A row with what painting asks for again and again, worked out once when it is read.
    struct Line
    {
        ComplaintListRow row;
        QString received;
        QString target;
        DueState due = DueState::None;
    };

    const Line* rowAt(int row) const;
    const QList<Line>* page(int pageIndex) const;
    void reportError(const QString& message) const;
    QVariant displayText(const Line& line, int column) const;
    QVariant toolTip(const Line& line, int column) const;

    SessionContext& m_context;
    ComplaintFilter m_filter;
    ComplaintSort m_sort;
    QDate m_today;
    int m_count = 0;
    // The page cache is filled from const data(): reading is how a lazy model answers.
    mutable QHash<int, QList<Line>> m_pages;
    mutable QList<int> m_recentPages; // most recent last
    mutable QString m_errorText;
    mutable bool m_reloadScheduled = false;
    mutable QIcon m_breachIcon;
};

} // namespace pd::ui
