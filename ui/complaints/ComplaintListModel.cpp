// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintListModel.h"

#include "core/complaints/ComplaintStatus.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/DateFormat.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace pd::ui {

namespace {
// Fixed colours with a dark text of their own, so that the rows read the same in a light and in a
// dark theme. Red for overdue, amber for due this week, as on paper ledgers' stamps.
const QColor kOverdueBackground(0xfd, 0xe2, 0xe1);
const QColor kOverdueText(0x8a, 0x1c, 0x12);
const QColor kDueSoonBackground(0xff, 0xf1, 0xc7);
const QColor kDueSoonText(0x5c, 0x44, 0x00);

QIcon breachIcon()
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("dialog-warning"));
    return themed.isNull() ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : themed;
}
} // namespace

ComplaintListModel::ComplaintListModel(SessionContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(&m_context, &SessionContext::aboutToClose, this, &ComplaintListModel::clear);
    connect(&m_context, &SessionContext::complaintsChanged, this, &ComplaintListModel::reload);
}

void ComplaintListModel::setFilter(const ComplaintFilter& filter)
{
    m_filter = filter;
    reload();
}

void ComplaintListModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

QDate ComplaintListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void ComplaintListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_errorText.clear();
    m_count = 0;
    if (Session* session = m_context.session()) {
        ComplaintQuery query(*session);
        query.setToday(today());
        if (auto counted = query.count(m_filter))
            m_count = *counted;
        else
            m_errorText = counted.error().message();
    }
    endResetModel();
    if (!m_errorText.isEmpty())
        emit loadFailed(m_errorText);
    emit countChanged(m_count);
}

void ComplaintListModel::clear()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_errorText.clear();
    m_count = 0;
    endResetModel();
    emit countChanged(0);
}

const QList<ComplaintListModel::Line>* ComplaintListModel::page(int pageIndex) const
{
    if (auto it = m_pages.constFind(pageIndex); it != m_pages.cend()) {
        if (m_recentPages.constLast() != pageIndex) {
            m_recentPages.removeOne(pageIndex);
            m_recentPages.append(pageIndex);
        }
        return &*it;
    }
    Session* session = m_context.session();
    if (!session)
        return nullptr;
    ComplaintQuery query(*session);
    query.setToday(today());
    const int offset = pageIndex * kPageSize;
    const int limit = std::max(0, std::min(kPageSize, m_count - offset));
    // SQLite steps over every row before OFFSET: a page past the middle is read from the other end,
    // in the reverse order, so that the end of the list costs what its start costs. Ties are broken
    // by id in the same direction, so the reverse order is exactly the reverse.
    const bool fromEnd = offset > m_count / 2;
    ComplaintSort sort = m_sort;
    if (fromEnd)
        sort.order = m_sort.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    auto rows = query.page(m_filter, sort, fromEnd ? m_count - offset - limit : offset, limit);
    QList<Line> loaded;
    if (rows) {
        if (fromEnd)
            std::reverse(rows->begin(), rows->end());
        const QDate day = today();
        loaded.reserve(rows->size());
        for (ComplaintListRow& row : *rows) {
            Line line;
            line.received = row.receivedAt.isValid() ? displayDate(row.receivedAt.date()) + QLatin1Char(' ')
                    + row.receivedAt.time().toString(QStringLiteral("HH:mm"))
                                                     : QString();
            line.target = displayDate(row.targetDate);
            line.due = dueState(row, day);
            line.row = std::move(row);
            loaded.append(std::move(line));
        }
        // Fewer rows than counted: someone (another process) deleted or changed complaints since
        // the count. Count again once the view has finished asking, rather than show holes.
        if (loaded.size() < limit && !m_reloadScheduled) {
            m_reloadScheduled = true;
            auto* self = const_cast<ComplaintListModel*>(this);
            QTimer::singleShot(0, self, [self] {
                self->m_reloadScheduled = false;
                self->reload();
            });
        }
    } else {
        // Remembered as empty, so that painting does not query (and log a refusal) again and again.
        reportError(rows.error().message());
    }
    while (m_recentPages.size() >= kMaxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    m_recentPages.append(pageIndex);
    return &*m_pages.insert(pageIndex, std::move(loaded));
}

const ComplaintListModel::Line* ComplaintListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<Line>* lines = page(row / kPageSize);
    const int inPage = row % kPageSize;
    return lines && inPage < lines->size() ? &lines->at(inPage) : nullptr;
}

void ComplaintListModel::reportError(const QString& message) const
{
    m_errorText = message;
    // Not from inside data(): a view painting must not be told to change its widgets.
    auto* self = const_cast<ComplaintListModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
}

qint64 ComplaintListModel::idAt(int row) const
{
    const Line* line = rowAt(row);
    return line ? line->row.id : 0;
}

int ComplaintListModel::rowOfId(qint64 id, int hintRow) const
{
    if (id <= 0)
        return -1;
    const auto findIn = [id](int pageIndex, const QList<Line>& lines) {
        for (int i = 0; i < lines.size(); ++i)
            if (lines.at(i).row.id == id)
                return pageIndex * kPageSize + i;
        return -1;
    };
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (const int row = findIn(it.key(), it.value()); row >= 0)
            return row;
    if (hintRow < 0 || m_count == 0)
        return -1;
    const int hintPage = std::min(hintRow, m_count - 1) / kPageSize;
    const int lastPage = (m_count - 1) / kPageSize;
    for (const int pageIndex : { hintPage, hintPage - 1, hintPage + 1 }) {
        if (pageIndex < 0 || pageIndex > lastPage || m_pages.contains(pageIndex))
            continue;
        if (const QList<Line>* lines = page(pageIndex))
            if (const int row = findIn(pageIndex, *lines); row >= 0)
                return row;
    }
    return -1;
}

ComplaintListModel::DueState ComplaintListModel::dueState(const ComplaintListRow& row, QDate today)
{
    if (!awaitsAnswer(row.status) || !row.targetDate.isValid())
        return DueState::None;
    if (row.overdue || row.targetDate < today)
        return DueState::Overdue;
    return row.targetDate <= today.addDays(kDueSoonDays) ? DueState::DueThisWeek : DueState::None;
}

ComplaintSortColumn ComplaintListModel::sortColumnFor(int column)
{
    switch (Column(column)) {
    case NumberColumn:
        return ComplaintSortColumn::Number;
    case ReceivedColumn:
        return ComplaintSortColumn::ReceivedAt;
    case ChannelColumn:
        return ComplaintSortColumn::Channel;
    case ComplainantColumn:
    case KanaColumn: // names sort by their reading either way
        return ComplaintSortColumn::Complainant;
    case CategoryColumn:
        return ComplaintSortColumn::Category;
    case StatusColumn:
        return ComplaintSortColumn::Status;
    case AssigneeColumn:
        return ComplaintSortColumn::Assignee;
    case TargetDateColumn:
    case DueColumn:
        return ComplaintSortColumn::TargetDate;
    case ColumnCount:
        break;
    }
    return ComplaintSortColumn::ReceivedAt;
}

int ComplaintListModel::columnFor(ComplaintSortColumn column)
{
    switch (column) {
    case ComplaintSortColumn::Number:
        return NumberColumn;
    case ComplaintSortColumn::ReceivedAt:
        return ReceivedColumn;
    case ComplaintSortColumn::Channel:
        return ChannelColumn;
    case ComplaintSortColumn::Complainant:
        return ComplainantColumn;
    case ComplaintSortColumn::Category:
        return CategoryColumn;
    case ComplaintSortColumn::Status:
        return StatusColumn;
    case ComplaintSortColumn::Assignee:
        return AssigneeColumn;
    case ComplaintSortColumn::TargetDate:
        return TargetDateColumn;
    }
    return ReceivedColumn;
}

int ComplaintListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ComplaintListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::displayText(const Line& line, int column) const
{
    const ComplaintListRow& row = line.row;
    switch (Column(column)) {
    case NumberColumn:
        return row.number;
    case ReceivedColumn:
        return line.received;
    case ChannelColumn:
        return channelDisplayName(row.channel);
    case ComplainantColumn:
        return row.complainantName.isEmpty() ? tr("(no name)") : row.complainantName;
    case KanaColumn:
        return row.complainantKana;
    case CategoryColumn:
        return categoryDisplayName(row.category);
    case StatusColumn:
        return statusDisplayName(row.status);
    case AssigneeColumn:
        return row.assigneeId != 0 ? row.assigneeName : tr("Unassigned");
    case TargetDateColumn:
        return line.target;
    case DueColumn: {
        if (line.due == DueState::None)
            return QString();
        const qint64 days = today().daysTo(row.targetDate);
        if (days < 0)
            return tr("%n day(s) overdue", nullptr, int(-days));
        if (days == 0)
            return tr("Due today");
        return tr("Due in %n day(s)", nullptr, int(days));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplaintListModel::toolTip(const Line& line, int column) const
{
    const ComplaintListRow& row = line.row;
    QStringList lines;
    switch (line.due) {
    case DueState::Overdue:
        lines.append(tr("Overdue: the answer was due on %1.").arg(line.target));
        break;
    case DueState::DueThisWeek:
        lines.append(tr("Due this week: answer by %1.").arg(line.target));
        break;
    case DueState::None:
        break;
    }
    if (row.possibleBreach && column == NumberColumn)
        lines.append(tr("Possible breach: handle as an incident."));
    if (column == ComplainantColumn && !row.complainantKana.isEmpty())
        lines.append(row.complainantKana);
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
}

QVariant ComplaintListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::DecorationRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
    case IdRole:
    case DueStateRole:
        break;
    default:
        return {}; // roles the list never answers must not read a page
    }
    const Line* line = rowAt(index.row());
    if (!line)
        return {};
    const ComplaintListRow* row = &line->row;
    const int column = index.column();
    const DueState due = line->due;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*line, column);
    case Qt::ToolTipRole:
        return toolTip(*line, column);
    case Qt::DecorationRole:
        if (column == NumberColumn && row->possibleBreach) {
            if (m_breachIcon.isNull())
                m_breachIcon = breachIcon(); // looked up in the theme once, not per painted cell
            return m_breachIcon;
        }
        return {};
    case Qt::BackgroundRole:
        if (due == DueState::Overdue)
            return kOverdueBackground;
        if (due == DueState::DueThisWeek)
            return kDueSoonBackground;
        return {};
    case Qt::ForegroundRole:
        if (due == DueState::Overdue)
            return kOverdueText;
        if (due == DueState::DueThisWeek)
            return kDueSoonText;
        if ((column == ComplainantColumn && row->complainantName.isEmpty())
            || (column == AssigneeColumn && row->assigneeId == 0))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (column == DueColumn && due == DueState::Overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return row->id;
    case DueStateRole:
        return int(due);
    }
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case NumberColumn:
            return tr("Number");
        case ReceivedColumn:
            return tr("Received");
        case ChannelColumn:
            return tr("Channel");
        case ComplainantColumn:
            return tr("Complainant");
        case KanaColumn:
            return tr("Reading");
        case CategoryColumn:
            return tr("Category");
        case StatusColumn:
            return tr("Status");
        case AssigneeColumn:
            return tr("In charge");
        case TargetDateColumn:
            return tr("Answer by");
        case DueColumn:
            return tr("Due");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case NumberColumn:
            return tr("Reception number; a warning sign marks a possible breach");
        case KanaColumn:
            return tr("The complainant's name in kana");
        case TargetDateColumn:
            return tr("The target date for the answer");
        case DueColumn:
            return tr("Days left until the answer is due, or days past it");
        default:
            break;
        }
    }
    return {};
}

void ComplaintListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const ComplaintSort wanted { sortColumnFor(column), order };
    if (wanted.column == m_sort.column && wanted.order == m_sort.order)
        return;
    m_sort = wanted;
    reload();
}

} // namespace pd::ui
