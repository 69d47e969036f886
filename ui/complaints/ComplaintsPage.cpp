// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintsPage.h"

#include "core/complaints/ComplaintExport.h"
#include "core/complaints/ComplaintStatus.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/DateFormat.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PaddedItemDelegate.h"
#include "ui/complaints/ComplaintFilterBar.h"
#include "ui/complaints/ComplaintListModel.h"
#include "ui/complaints/RegisterPrintDialog.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// Only the header's layout (which columns, their order and widths): never personal data.
constexpr auto kHeaderStateKey = "complaintList/headerState";
constexpr auto kHeaderColumnsKey = "complaintList/columnCount";

bool sameConditions(const ComplaintFilter& a, const ComplaintFilter& b)
{
    return a.statuses == b.statuses && a.channels == b.channels && a.categories == b.categories
        && a.assigneeId == b.assigneeId && a.fiscalYear == b.fiscalYear && a.receivedFrom == b.receivedFrom
        && a.receivedTo == b.receivedTo && a.overdueOnly == b.overdueOnly && a.dueWithinDays == b.dueWithinDays
        && a.possibleBreachOnly == b.possibleBreachOnly && a.searchText == b.searchText;
}

/// Esc empties the search box (a second Esc is left to the window), Down moves into the list.
class SearchKeys : public QObject
{
public:
    SearchKeys(QLineEdit* field, QTableView* view)
        : QObject(field)
        , m_field(field)
        , m_view(view)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_field || event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_view->model()->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_view->model()->index(0, 0));
            m_view->selectRow(m_view->currentIndex().row());
            return true;
        }
        return false;
    }

private:
    QLineEdit* m_field;
    QTableView* m_view;
};
} // namespace

ComplaintsPage::ComplaintsPage(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ComplaintListModel(context, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_filterBar(new ComplaintFilterBar(this))
    , m_count(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("complaintsPage"));
    m_view->setObjectName(QStringLiteral("complaintTable"));
    m_search->setObjectName(QStringLiteral("complaintSearchField"));
    m_count->setObjectName(QStringLiteral("complaintCountLabel"));

    auto* title = new QLabel(tr("Complaints"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    createActions();

    m_newButton = new QPushButton(m_newAction->icon(), tr("&New Complaint…"), this);
    m_newButton->setObjectName(QStringLiteral("newComplaintButton"));
    m_newButton->setToolTip(m_newAction->toolTip());
    connect(m_newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    m_importButton = new QPushButton(tr("&Import CSV…"), this);
    m_importButton->setObjectName(QStringLiteral("importComplaintsButton"));
    m_importButton->setToolTip(m_importAction->toolTip());
    connect(m_importButton, &QPushButton::clicked, m_importAction, &QAction::trigger);
    m_exportMenu = new QMenu(this);
    m_exportMenu->addAction(m_exportCsvAction);
    m_exportMenu->addAction(m_exportExcelAction);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportComplaintsButton"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setToolTip(tr("Save the list as it is filtered and sorted, as CSV or Excel"));
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_registerButton = new QPushButton(m_printRegisterAction->icon(), tr("&Print Register…"), this);
    m_registerButton->setObjectName(QStringLiteral("printComplaintRegisterButton"));
    m_registerButton->setToolTip(m_printRegisterAction->toolTip());
    connect(m_registerButton, &QPushButton::clicked, m_printRegisterAction, &QAction::trigger);
    m_columnsMenu = new QMenu(tr("Co&lumns"), this);
    m_columnsMenu->setObjectName(QStringLiteral("complaintColumnsMenu"));
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setObjectName(QStringLiteral("complaintColumnsButton"));
    m_columnsButton->setText(tr("Co&lumns"));
    m_columnsButton->setToolTip(tr("Choose the columns of the list (also from the header's context menu)"));
    m_columnsButton->setMenu(m_columnsMenu);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_search->setPlaceholderText(tr("Names, readings, contents and timeline (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search complaints"));
    m_search->setToolTip(tr("Finds every word typed, in any order. Half-width and full-width characters are "
                            "the same (ｶﾀｶﾅ = カタカナ, １２ = 12)."));
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->installEventFilter(new SearchKeys(m_search, m_view));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new PaddedItemDelegate(6, 3, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Complaints"));
    // Fixed row heights: the view never measures rows, so it never reads pages it does not show.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    setDefaultColumnWidths();
    header->setSortIndicator(ComplaintListModel::ReceivedColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    restoreColumns();

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_importButton);
    toolbar->addWidget(m_exportButton);
    toolbar->addWidget(m_registerButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_columnsButton);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addLayout(toolbar);
    layout->addSpacing(4);
    layout->addLayout(searchRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_error);
    layout->addLayout(countRow);
    layout->addWidget(m_view, 1);

    setTabOrder(m_search, m_filterBar->firstInTabOrder());
    setTabOrder(m_filterBar->lastInTabOrder(), m_view);
    setTabOrder(m_view, m_newButton);
    setTabOrder(m_newButton, m_importButton);
    setTabOrder(m_importButton, m_exportButton);
    setTabOrder(m_exportButton, m_registerButton);
    setTabOrder(m_registerButton, m_columnsButton);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_model->rowCount() > 0) {
            m_view->setFocus(Qt::OtherFocusReason);
            m_view->setCurrentIndex(m_model->index(0, 0));
            m_view->selectRow(0);
        }
    });
    connect(m_searchTimer, &QTimer::timeout, this, &ComplaintsPage::searchNow);
    connect(m_filterBar, &ComplaintFilterBar::filterChanged, this, &ComplaintsPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &ComplaintsPage::openCurrent);
    connect(header, &QHeaderView::customContextMenuRequested, this,
        [this, header](const QPoint& position) { m_columnsMenu->popup(header->mapToGlobal(position)); });
    connect(header, &QHeaderView::sectionMoved, this, &ComplaintsPage::saveColumns);
    connect(m_model, &ComplaintListModel::modelAboutToBeReset, this, &ComplaintsPage::rememberSelection);
    connect(m_model, &ComplaintListModel::modelReset, this, &ComplaintsPage::restoreSelection);
    connect(m_model, &ComplaintListModel::countChanged, this, &ComplaintsPage::updateCount);
    connect(m_model, &ComplaintListModel::loadFailed, m_error, &ErrorLabel::showError);
    connect(&m_context, &SessionContext::aboutToClose, this, &ComplaintsPage::clear);
    connect(&m_context, &SessionContext::sessionChanged, this, &ComplaintsPage::sessionChanged);
    connect(&m_context, &SessionContext::accountsChanged, this,
        [this] { m_filterBar->loadAssignees(m_context.session()); });
    sessionChanged();
}

ComplaintsPage::~ComplaintsPage()
{
    saveColumns(); // widths changed by dragging are kept too
}

void ComplaintsPage::createActions()
{
    m_findAction = new QAction(tr("Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &ComplaintsPage::focusSearch);
    addAction(m_findAction);

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Complaint…"), this);
    m_newAction->setObjectName(QStringLiteral("newComplaintPageAction"));
    m_newAction->setToolTip(tr("Log a complaint that has just come in (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &ComplaintsPage::newComplaintRequested);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import CSV…"), this);
    m_importAction->setObjectName(QStringLiteral("importComplaintsAction"));
    m_importAction->setToolTip(tr("Take over complaints from an existing ledger (CSV)"));
    connect(m_importAction, &QAction::triggered, this, &ComplaintsPage::importRequested);

    m_exportCsvAction = new QAction(tr("Export &CSV…"), this);
    m_exportCsvAction->setObjectName(QStringLiteral("exportComplaintsCsvAction"));
    m_exportCsvAction->setToolTip(tr("The list as filtered and sorted, as CSV (UTF-8) for Excel and other programs"));
    connect(m_exportCsvAction, &QAction::triggered, this, &ComplaintsPage::exportCsv);

    m_exportExcelAction = new QAction(tr("Export E&xcel…"), this);
    m_exportExcelAction->setObjectName(QStringLiteral("exportComplaintsExcelAction"));
    m_exportExcelAction->setToolTip(tr("The list as filtered and sorted, as an Excel workbook (.xlsx)"));
    connect(m_exportExcelAction, &QAction::triggered, this, &ComplaintsPage::exportExcel);

    m_printRegisterAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("Print Register of &Complaints…"), this);
    m_printRegisterAction->setObjectName(QStringLiteral("printComplaintRegisterAction"));
    m_printRegisterAction->setToolTip(
        tr("The register of complaints (苦情受付簿) for a period, to print or save as PDF"));
    connect(m_printRegisterAction, &QAction::triggered, this, &ComplaintsPage::printRegister);

    for (int column = 0; column < ComplaintListModel::ColumnCount; ++column) {
        if (column == ComplaintListModel::NumberColumn)
            continue; // the number identifies the line: always shown
        auto* action = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), this);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_view->horizontalHeader()->setSectionHidden(column, !shown);
            saveColumns();
        });
        m_columnActions.append(action);
    }
}

void ComplaintsPage::setDefaultColumnWidths()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    QHeaderView* header = m_view->horizontalHeader();
    // Samples of the widest usual content, dates as this language writes them; the header text
    // may be wider in some languages. The number leaves room for the possible-breach icon.
    const QDate longDate(2028, 12, 30);
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 6;
    const auto longest = [&metrics](const auto& values, auto name) {
        QString widest;
        for (const auto value : values)
            if (metrics.horizontalAdvance(name(value)) > metrics.horizontalAdvance(widest))
                widest = name(value);
        return widest;
    };
    const QList<std::pair<int, QString>> samples = {
        { ComplaintListModel::NumberColumn, QStringLiteral("苦-2025-00000") },
        { ComplaintListModel::ReceivedColumn, displayDate(longDate) + QStringLiteral(" 23:59") },
        { ComplaintListModel::ChannelColumn, longest(kComplaintChannels, channelDisplayName) },
        { ComplaintListModel::ComplainantColumn, QStringLiteral("長谷川　由紀子") },
        { ComplaintListModel::KanaColumn, QStringLiteral("ハセガワ　ユキコ") },
        { ComplaintListModel::CategoryColumn, longest(kComplaintCategories, categoryDisplayName) },
        { ComplaintListModel::StatusColumn, longest(kComplaintStatuses, statusDisplayName) },
        { ComplaintListModel::AssigneeColumn, QStringLiteral("佐藤　次郎") },
        { ComplaintListModel::TargetDateColumn, displayDate(longDate) },
        { ComplaintListModel::DueColumn, tr("%n day(s) overdue", nullptr, 100) },
    };
    for (const auto& [column, sample] : samples) {
        const QString head = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
            std::max(width(sample), width(head) + 16) + (column == ComplaintListModel::NumberColumn ? icon : 0));
    }
    header->setSectionHidden(ComplaintListModel::KanaColumn, true);
}

void ComplaintsPage::restoreColumns()
{
    const QSettings settings;
    QHeaderView* header = m_view->horizontalHeader();
    const QByteArray state = settings.value(QLatin1String(kHeaderStateKey)).toByteArray();
    // A state saved with another set of columns would put widths on the wrong columns.
    if (!state.isEmpty() && settings.value(QLatin1String(kHeaderColumnsKey)).toInt() == ComplaintListModel::ColumnCount)
        header->restoreState(state);
    header->setSectionHidden(ComplaintListModel::NumberColumn, false);
    for (QAction* action : std::as_const(m_columnActions)) {
        const QSignalBlocker block(action);
        action->setChecked(!header->isSectionHidden(action->data().toInt()));
    }
    m_columnsMenu->clear();
    m_columnsMenu->addActions(m_columnActions);
    m_columnsMenu->addSeparator();
    QAction* defaults = m_columnsMenu->addAction(tr("&Default Columns"));
    defaults->setObjectName(QStringLiteral("defaultColumnsAction"));
    connect(defaults, &QAction::triggered, this, [this] {
        QHeaderView* header = m_view->horizontalHeader();
        for (int visual = 0; visual < ComplaintListModel::ColumnCount; ++visual)
            header->moveSection(header->visualIndex(visual), visual);
        for (int column = 0; column < ComplaintListModel::ColumnCount; ++column)
            header->setSectionHidden(column, false);
        setDefaultColumnWidths();
        for (QAction* action : std::as_const(m_columnActions)) {
            const QSignalBlocker block(action);
            action->setChecked(!header->isSectionHidden(action->data().toInt()));
        }
        saveColumns();
    });
    // The sort is the model's, whatever the saved header says.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void ComplaintsPage::saveColumns()
{
    QSettings settings;
    settings.setValue(QLatin1String(kHeaderStateKey), m_view->horizontalHeader()->saveState());
    settings.setValue(QLatin1String(kHeaderColumnsKey), int(ComplaintListModel::ColumnCount));
}

ComplaintFilter ComplaintsPage::filter() const
{
    ComplaintFilter filter = m_filterBar->filter();
    filter.searchText = m_search->text().trimmed();
    return filter;
}

void ComplaintsPage::setFilter(const ComplaintFilter& filter)
{
    m_filterBar->setFilter(filter);
    {
        const QSignalBlocker block(m_search);
        m_search->setText(filter.searchText);
    }
    m_searchTimer->stop();
    applyFilter();
}

void ComplaintsPage::showPreset(ComplaintListPreset preset)
{
    ComplaintFilter filter;
    switch (preset) {
    case ComplaintListPreset::All:
        break;
    case ComplaintListPreset::Overdue:
        filter.overdueOnly = true;
        break;
    case ComplaintListPreset::DueThisWeek:
        filter.dueWithinDays = ComplaintListModel::kDueSoonDays;
        break;
    }
    setFilter(filter);
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->selectRow(0);
    }
}

void ComplaintsPage::applyFilter()
{
    m_error->clearError();
    m_model->setFilter(filter());
}

void ComplaintsPage::searchNow()
{
    m_searchTimer->stop();
    // Typing a space, or the same word again, asks nothing new.
    if (sameConditions(filter(), m_model->filter()))
        return;
    applyFilter();
}

void ComplaintsPage::reload()
{
    m_error->clearError();
    m_model->reload();
}

void ComplaintsPage::clear()
{
    m_searchTimer->stop();
    m_model->clear();
    m_error->clearError();
    m_count->clear();
    m_selectedId = 0;
    m_selectedRow = -1;
    updateActions();
}

void ComplaintsPage::sessionChanged()
{
    m_filterBar->loadAssignees(m_context.session());
    updateActions();
    if (m_context.session())
        reload();
    else
        clear();
}

void ComplaintsPage::updateActions()
{
    Session* session = m_context.session();
    const bool write = session && session->may(Permission::WriteCases);
    const bool output = session && session->may(Permission::PrintAndExport);
    m_newAction->setEnabled(write);
    m_importAction->setEnabled(write);
    m_exportCsvAction->setEnabled(output);
    m_exportExcelAction->setEnabled(output);
    m_printRegisterAction->setEnabled(output);
    m_newButton->setEnabled(write);
    m_importButton->setEnabled(write);
    m_exportButton->setEnabled(output);
    m_registerButton->setEnabled(output);
    m_search->setEnabled(session != nullptr);
    m_filterBar->setEnabled(session != nullptr);
}

void ComplaintsPage::updateCount(int count)
{
    if (!m_context.session()) {
        m_count->clear();
        return;
    }
    const ComplaintFilter current = m_model->filter();
    const bool narrowed = !sameConditions(current, ComplaintFilter());
    if (count == 0)
        m_count->setText(narrowed ? tr("No complaint matches.") : tr("No complaints yet."));
    else
        m_count->setText(
            narrowed ? tr("%n complaint(s) match", nullptr, count) : tr("%n complaint(s)", nullptr, count));
}

qint64 ComplaintsPage::currentComplaintId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->idAt(current.row());
}

void ComplaintsPage::openCurrent()
{
    if (const qint64 id = currentComplaintId())
        emit openComplaintRequested(id);
}

void ComplaintsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ComplaintsPage::rememberSelection()
{
    m_selectedId = currentComplaintId();
    m_selectedRow = m_view->currentIndex().row();
    m_scrollValue = m_view->verticalScrollBar()->value();
}

void ComplaintsPage::restoreSelection()
{
    // A new filter or sort starts from the top. A refresh (a complaint changed, Reload) keeps
    // the place and the selected complaint, if it is still listed near where it was.
    const bool refresh = sameConditions(m_shownFilter, m_model->filter())
        && m_shownSort.column == m_model->complaintSort().column && m_shownSort.order == m_model->complaintSort().order;
    m_shownFilter = m_model->filter();
    m_shownSort = m_model->complaintSort();
    if (!refresh) {
        m_view->scrollToTop();
        return;
    }
    m_view->verticalScrollBar()->setValue(m_scrollValue);
    const int row = m_model->rowOfId(m_selectedId, m_selectedRow);
    if (row >= 0) {
        const int column = m_view->horizontalHeader()->logicalIndexAt(0);
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, std::max(0, column)), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

bool ComplaintsPage::exportTo(const QString& path, ComplaintExportFormat format)
{
    Session* session = m_context.session();
    if (!session)
        return false;
    ComplaintExport exporter(*session);
    auto written = exporter.exportTo(path, filter(), m_model->complaintSort(), format);
    if (!written) {
        MessageBox::error(this, tr("Export"), written.error());
        return false;
    }
    m_count->setText(tr("%n complaint(s) exported to %1", nullptr, *written)
                         .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
    return true;
}

void ComplaintsPage::exportCsv()
{
    if (m_exportCsvAction->isEnabled())
        askExportPath(ComplaintExportFormat::Csv);
}

void ComplaintsPage::exportExcel()
{
    if (m_exportExcelAction->isEnabled())
        askExportPath(ComplaintExportFormat::Xlsx);
}

void ComplaintsPage::askExportPath(ComplaintExportFormat format)
{
    const bool csv = format == ComplaintExportFormat::Csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("complaints") + QLatin1Char('_') + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))
        + (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx"));
    auto* dialog = new QFileDialog(this, csv ? tr("Export CSV") : tr("Export Excel"), QDir(folder).filePath(name),
        csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    dialog->setObjectName(QStringLiteral("complaintExportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("xlsx"));
    // The filter of the moment, not the one when the file is finally chosen: what the user saw.
    const ComplaintFilter shown = filter();
    connect(dialog, &QFileDialog::fileSelected, this, [this, format, shown](const QString& path) {
        if (!sameConditions(shown, filter()))
            setFilter(shown);
        exportTo(path, format);
    });
    dialog->open();
}

void ComplaintsPage::printRegister()
{
    Session* session = m_context.session();
    if (!session || !m_printRegisterAction->isEnabled())
        return;
    if (!m_registerDialog) {
        m_registerDialog = new RegisterPrintDialog(m_context, this);
        m_registerDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // The period the list shows, when it shows one.
    const ComplaintFilter current = m_model->filter();
    if (current.fiscalYear)
        m_registerDialog->setFiscalYear(*current.fiscalYear);
    else if (current.receivedFrom.isValid() || current.receivedTo.isValid())
        m_registerDialog->setPeriod(current.receivedFrom, current.receivedTo);
    m_registerDialog->show();
    m_registerDialog->raise();
    m_registerDialog->activateWindow();
}

} // namespace pd::ui
