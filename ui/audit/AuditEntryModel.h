// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace pd::ui {

/// Audit entries, newest first, for the review screen. A reading of the whole trail is paged:
/// the view fetches the next page as it scrolls (canFetchMore/fetchMore), so a million entries
/// cost one page at a time. An anomaly view hands over its (short) list whole.
class AuditEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, TimeColumn, AccountColumn, RoleColumn, ActionColumn, TargetColumn, ResultColumn,
                  DetailColumn, ColumnCount };
    /// The stored key behind a display name (role, action, "complaint #12", result): for
    /// filtering and tests, which must not depend on the language of the screen.
    static constexpr int KeyRole = Qt::UserRole;
    static constexpr int kPageSize = 200;

    /// Reads `limit` entries after skipping `offset` (newest first).
    using PageReader = std::function<Result<QList<storage::AuditEntry>>(qint64 offset, int limit)>;

    explicit AuditEntryModel(QObject* parent = nullptr);

    /// Starts a paged reading of `total` entries; the first page is read at once.
    Status showPaged(qint64 total, PageReader reader);
    /// Shows `entries` (oldest first, as core returns them) newest first.
    void showList(QList<storage::AuditEntry> entries);
    /// Drops every entry (the session is closing).
    void clear();

    qint64 totalCount() const { return m_total; }
    const storage::AuditEntry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// How an entry's time is shown: Japan time, to the second.
    static QString timeText(const storage::AuditEntry& entry);
    /// "Complaint #12" in the language of the screen.
    static QString targetText(const storage::AuditEntry& entry);

signals:
    /// A page could not be read; the model keeps what it has.
    void readFailed(const pd::Error& error);

private:
    QList<storage::AuditEntry> m_entries;
    qint64 m_total = 0;
    PageReader m_reader;
};

} // namespace pd::ui
