// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/organization/PurposeRegisterPage.h"

#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/DateFormat.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PaddedItemDelegate.h"
#include "ui/organization/PurposeRegisterModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

PurposeRegisterPage::PurposeRegisterPage(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_validFrom(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_view(new QTableView(this))
    , m_model(new PurposeRegisterModel(this))
{
    setObjectName(QStringLiteral("purposeRegisterPage"));
    m_view->setObjectName(QStringLiteral("purposeTable"));
    m_validFrom->setObjectName(QStringLiteral("validFromLabel"));

    auto* title = new QLabel(tr("Purpose Register"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("The purposes for which the society uses each category of personal information, as "
                                "published in its public notice. Personal information is not used for any other "
                                "purpose without the person's consent."),
                             this);
    intro->setWordWrap(true);
    m_validFrom->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new PaddedItemDelegate(4, m_view));
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PurposeRegisterModel::NumberColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PurposeRegisterModel::CategoryColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(PurposeRegisterModel::PurposesColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_view->viewport()->installEventFilter(this);

    // Row heights follow the column widths; recomputing once after a burst of resizes is enough.
    m_rowFit.setSingleShot(true);
    m_rowFit.setInterval(0);
    connect(&m_rowFit, &QTimer::timeout, m_view, &QTableView::resizeRowsToContents);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, &m_rowFit, qOverload<>(&QTimer::start));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_validFrom);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(&m_context, &SessionContext::aboutToClose, this, &PurposeRegisterPage::clear);
    connect(&m_context, &SessionContext::sessionChanged, this, &PurposeRegisterPage::reload);
}

void PurposeRegisterPage::clear()
{
    m_model->clear();
    m_validFrom->clear();
    m_error->clearError();
}

void PurposeRegisterPage::reload()
{
    clear();
    Session* session = m_context.session();
    if (!session)
        return;
    auto categories = OrganizationService(*session).purposeRegister();
    if (!categories) {
        m_error->showError(categories.error().message());
        return;
    }
    m_model->setCategories(*categories);
    QDate validFrom;
    for (const PurposeCategory& category : *categories)
        if (category.validFrom.isValid() && (!validFrom.isValid() || category.validFrom > validFrom))
            validFrom = category.validFrom;
    if (validFrom.isValid())
        m_validFrom->setText(tr("In force since %1.").arg(displayDate(validFrom)));
    fitColumns();
}

bool PurposeRegisterPage::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport's own resize, not the page's: a page hidden in the stack gets its
    // resize events late, and only the viewport knows the width the columns share.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void PurposeRegisterPage::fitColumns()
{
    // Categories take about a third of the width; the purposes column stretches.
    const int available = m_view->viewport()->width() - m_view->columnWidth(PurposeRegisterModel::NumberColumn);
    m_view->setColumnWidth(PurposeRegisterModel::CategoryColumn, qMax(160, available * 36 / 100));
    m_rowFit.start();
}

} // namespace pd::ui
