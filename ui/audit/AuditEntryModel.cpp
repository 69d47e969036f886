// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditEntryModel.h"

#include "core/services/AuditReview.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace pd::ui {

AuditEntryModel::AuditEntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

Status AuditEntryModel::showPaged(qint64 total, PageReader reader)
{
    auto first = reader(0, kPageSize);
    if (!first)
        return std::unexpected(first.error());
    beginResetModel();
    m_reader = std::move(reader);
    m_total = total;
    m_entries = std::move(*first);
    endResetModel();
    return {};
}

void AuditEntryModel::showList(QList<storage::AuditEntry> entries)
{
    beginResetModel();
    m_reader = nullptr;
    std::reverse(entries.begin(), entries.end());
    m_entries = std::move(entries);
    m_total = m_entries.size();
    endResetModel();
}

void AuditEntryModel::clear()
{
    beginResetModel();
    m_reader = nullptr;
    m_entries.clear();
    m_entries.squeeze();
    m_total = 0;
    endResetModel();
}

int AuditEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditEntryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_reader && m_entries.size() < m_total;
}

void AuditEntryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_reader(m_entries.size(), kPageSize);
    if (!page) {
        // Stop asking: a view would otherwise call fetchMore again at once, forever.
        m_total = m_entries.size();
        emit readFailed(page.error());
        return;
    }
    if (page->isEmpty()) {
        m_total = m_entries.size();
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries.append(*page);
    endInsertRows();
}

QString AuditEntryModel::timeText(const storage::AuditEntry& entry)
{
    return OfficeHours::toJapanTime(entry.atUtc).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditEntryModel::targetText(const storage::AuditEntry& entry)
{
    return AuditReview::targetDisplayName(entry.recordType, entry.recordId);
}

QVariant AuditEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const storage::AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeqColumn:
            return entry.seq;
        case TimeColumn:
            return timeText(entry);
        case AccountColumn:
            return entry.login.isEmpty() ? tr("(unknown)") : entry.login;
        case RoleColumn:
            return AuditReview::roleDisplayName(entry.role);
        case ActionColumn:
            return AuditReview::actionDisplayName(entry.action);
        case TargetColumn:
            return targetText(entry);
        case ResultColumn:
            return AuditReview::resultDisplayName(entry.result);
        case DetailColumn:
            return entry.detail;
        }
    }
    if (role == KeyRole) {
        switch (index.column()) {
        case RoleColumn:
            return entry.role;
        case ActionColumn:
            return entry.action;
        case TargetColumn:
            return AuditReview::targetKey(entry.recordType, entry.recordId);
        case ResultColumn:
            return entry.result;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Refusals stand out: they are what a reviewer looks for first.
    if (role == Qt::ForegroundRole && entry.result != QLatin1String("ok"))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    return {};
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Date and Time (JST)");
    case AccountColumn:
        return tr("Account");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace pd::ui
