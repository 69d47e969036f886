// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/RecordLettersWidget.h"

#include "core/render/LetterService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/letters/ArchivedLetterButtons.h"
#include "ui/common/PaddedItemDelegate.h"
#include "ui/letters/IssuedLetterTableModel.h"
#include "ui/letters/LetterEvents.h"
#include "ui/letters/LetterOutput.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

RecordLettersWidget::RecordLettersWidget(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new IssuedLetterTableModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("No letter has been issued for this record yet."), this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("recordLettersWidget"));
    m_view->setObjectName(QStringLiteral("recordLettersTable"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new PaddedItemDelegate(6, 3, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IssuedLetterTableModel::TitleColumn, QHeaderView::Stretch);
    // The record is known here: its number would repeat in every row.
    m_view->hideColumn(IssuedLetterTableModel::RecordColumn);

    m_letterButtons = new ArchivedLetterButtons(m_context, this, m_error, [this] { return selectedLetterId(); });
    auto* buttons = new QHBoxLayout;
    m_letterButtons->addTo(buttons);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_view, &QTableView::activated, this, &RecordLettersWidget::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordLettersWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordLettersWidget::updateActions);
    connect(&m_context, &SessionContext::aboutToClose, this, &RecordLettersWidget::clear);
    connect(&m_context, &SessionContext::sessionChanged, this, &RecordLettersWidget::reload);
    connect(LetterEvents::of(m_context), &LetterEvents::letterIssued, this, &RecordLettersWidget::reload);
    updateActions();
}

void RecordLettersWidget::setRecord(const QString& recordType, qint64 recordId)
{
    m_recordType = recordType;
    m_recordId = recordId;
    reload();
}

void RecordLettersWidget::clear()
{
    m_model->clear();
    m_error->clearError();
}

void RecordLettersWidget::reload()
{
    const qint64 selected = selectedLetterId();
    clear();
    Session* session = m_context.session();
    if (!session || m_recordType.isEmpty())
        return;
    auto letters = LetterService(*session).lettersFor(m_recordType, m_recordId);
    if (!letters) {
        m_error->showError(LetterOutput::errorText(letters.error()));
        return;
    }
    m_model->setLetters(*letters);
    if (!selectLetter(selected) && m_model->rowCount() > 0)
        m_view->selectRow(0);
}

qint64 RecordLettersWidget::selectedLetterId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->letterAt(rows.first().row()).id;
}

bool RecordLettersWidget::selectLetter(qint64 letterId)
{
    const int row = letterId ? m_model->rowOf(letterId) : -1;
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void RecordLettersWidget::updateActions()
{
    m_letterButtons->update();
    m_empty->setVisible(m_context.session() && m_model->rowCount() == 0);
}

void RecordLettersWidget::openSelected()
{
    m_letterButtons->openSelected();
}

void RecordLettersWidget::reprintSelected()
{
    m_letterButtons->reprintSelected();
}

void RecordLettersWidget::saveSelectedPdf()
{
    m_letterButtons->saveSelectedPdf();
}

bool RecordLettersWidget::saveSelectedPdfTo(const QString& path)
{
    return m_letterButtons->saveSelectedPdfTo(path);
}

} // namespace pd::ui
