// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/IssuedLettersPage.h"

#include "core/letters/JapaneseDate.h"
#include "core/model/FiscalYear.h"
#include "core/render/LetterService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/letters/ArchivedLetterButtons.h"
#include "ui/common/PaddedItemDelegate.h"
#include "ui/letters/IssuedLetterTableModel.h"
#include "ui/letters/FiscalPeriodCombo.h"
#include "ui/letters/JapaneseDateEdit.h"
#include "ui/letters/LetterEvents.h"
#include "ui/letters/LetterOutput.h"
#include "ui/letters/PdfViewerDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr int kYearsOffered = 10;
} // namespace

IssuedLettersPage::IssuedLettersPage(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_period(new FiscalPeriodCombo(kYearsOffered, this))
    , m_from(new JapaneseDateEdit(false, this))
    , m_until(new JapaneseDateEdit(false, this))
    , m_count(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_view(new QTableView(this))
    , m_model(new IssuedLetterTableModel(this))
{
    setObjectName(QStringLiteral("issuedLettersPage"));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_until->setObjectName(QStringLiteral("untilDateEdit"));
    m_view->setObjectName(QStringLiteral("issuedLettersTable"));
    m_count->setObjectName(QStringLiteral("letterCountLabel"));

    auto* title = new QLabel(tr("Letters"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("The register of issued documents: every letter the office has issued, with its "
                                "document number and an exact copy of what was sent."),
                             this);
    intro->setWordWrap(true);

    m_newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Letter…"), this);
    m_newButton->setObjectName(QStringLiteral("newLetterButton"));
    m_newButton->setToolTip(tr("Write a letter that answers no record (Ctrl+Shift+L)"));
    m_registerButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("Print Re&gister…"), this);
    m_registerButton->setObjectName(QStringLiteral("printRegisterButton"));
    m_registerButton->setToolTip(tr("The register of issued documents for the period shown, as a PDF to print"));

    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from->dateEdit());
    auto* untilLabel = new QLabel(tr("&To:"), this);
    untilLabel->setBuddy(m_until->dateEdit());
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new PaddedItemDelegate(6, 4, m_view));
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

    m_letterButtons = new ArchivedLetterButtons(m_context, this, m_error, [this] { return selectedLetterId(); });

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_registerButton);
    toolbar->addStretch(1);

    auto* period = new QHBoxLayout;
    period->addWidget(periodLabel);
    period->addWidget(m_period);
    period->addSpacing(12);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(untilLabel);
    period->addWidget(m_until);
    period->addStretch(1);
    period->addWidget(m_count);

    auto* actions = new QHBoxLayout;
    m_letterButtons->addTo(actions);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addSpacing(4);
    layout->addLayout(period);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    setTabOrder(m_newButton, m_registerButton);
    setTabOrder(m_registerButton, m_period);
    setTabOrder(m_period, m_from->dateEdit());
    setTabOrder(m_from->dateEdit(), m_until->dateEdit());
    setTabOrder(m_until->dateEdit(), m_view);
    setTabOrder(m_view, m_letterButtons->openButton());
    setTabOrder(m_letterButtons->openButton(), m_letterButtons->reprintButton());
    setTabOrder(m_letterButtons->reprintButton(), m_letterButtons->saveButton());

    connect(m_newButton, &QPushButton::clicked, this, &IssuedLettersPage::newLetterRequested);
    connect(m_registerButton, &QPushButton::clicked, this, &IssuedLettersPage::showRegister);
    connect(m_view, &QTableView::activated, this, &IssuedLettersPage::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IssuedLettersPage::updateActions);
    connect(m_period, &QComboBox::currentIndexChanged, this, &IssuedLettersPage::periodChanged);
    connect(m_from, &JapaneseDateEdit::dateChanged, this, [this] {
        if (m_period->isOtherPeriod())
            reload();
    });
    connect(m_until, &JapaneseDateEdit::dateChanged, this, [this] {
        if (m_period->isOtherPeriod())
            reload();
    });
    connect(&m_context, &SessionContext::aboutToClose, this, &IssuedLettersPage::clear);
    connect(&m_context, &SessionContext::sessionChanged, this, &IssuedLettersPage::reload);
    connect(LetterEvents::of(m_context), &LetterEvents::letterIssued, this, &IssuedLettersPage::reload);

    m_period->setCurrentIndex(0);
    periodChanged();
}

QDate IssuedLettersPage::from() const
{
    return m_from->date();
}

QDate IssuedLettersPage::until() const
{
    return m_until->date();
}

void IssuedLettersPage::setPeriod(int fiscalYear, QDate from, QDate until)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockUntil(m_until);
        if (from.isValid())
            m_from->setDate(from);
        if (until.isValid())
            m_until->setDate(until);
    }
    const int before = m_period->currentIndex();
    if (fiscalYear == FiscalPeriodCombo::kOtherPeriod) {
        m_period->selectOtherPeriodQuietly();
        periodChanged();
        return;
    }
    m_period->selectFiscalYear(fiscalYear);
    if (m_period->currentIndex() == before)
        periodChanged();
}

void IssuedLettersPage::periodChanged()
{
    m_period->applyTo(m_from, m_until);
    reload();
}

void IssuedLettersPage::clear()
{
    m_model->clear();
    m_error->clearError();
    m_count->clear();
    updateActions();
}

void IssuedLettersPage::reload()
{
    const qint64 selected = selectedLetterId();
    clear();
    Session* session = m_context.session();
    if (!session)
        return;
    if (from() > until()) {
        m_error->showError(tr("The period ends before it begins."));
        return;
    }
    auto letters = LetterService(*session).issuedBetween(from(), until());
    if (!letters) {
        m_error->showError(LetterOutput::errorText(letters.error()));
        return;
    }
    m_model->setLetters(*letters);
    m_count->setText(letters->isEmpty() ? tr("No letters in this period.")
                                        : tr("Letters in this period: %1").arg(letters->size()));
    const int row = selected ? m_model->rowOf(selected) : -1;
    if (row >= 0)
        m_view->selectRow(row);
    updateActions();
}

qint64 IssuedLettersPage::selectedLetterId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->letterAt(rows.first().row()).id;
}

void IssuedLettersPage::updateActions()
{
    Session* session = m_context.session();
    const bool output = session && session->may(Permission::PrintAndExport);
    m_newButton->setEnabled(output);
    m_registerButton->setEnabled(output);
    m_letterButtons->update();
}

void IssuedLettersPage::openSelected()
{
    m_letterButtons->openSelected();
}

void IssuedLettersPage::reprintSelected()
{
    m_letterButtons->reprintSelected();
}

void IssuedLettersPage::saveSelectedPdf()
{
    m_letterButtons->saveSelectedPdf();
}

bool IssuedLettersPage::saveSelectedPdfTo(const QString& path)
{
    return m_letterButtons->saveSelectedPdfTo(path);
}

void IssuedLettersPage::showRegister()
{
    Session* session = m_context.session();
    if (!session || !m_registerButton->isEnabled())
        return;
    m_error->clearError();
    if (from() > until()) {
        m_error->showError(tr("The period ends before it begins."));
        return;
    }
    auto rendered = LetterService(*session).issuedRegister(from(), until());
    if (!rendered) {
        m_error->showError(LetterOutput::errorText(rendered.error()));
        return;
    }
    const QString period = QStringLiteral("%1..%2").arg(from().toString(Qt::ISODate), until().toString(Qt::ISODate));
    auto* viewer = new PdfViewerDialog(m_context, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setObjectName(QStringLiteral("registerViewer"));
    const QString title = tr("Register of Issued Documents, %1 – %2")
                              .arg(JapaneseDate::formatJapaneseEra(from()), JapaneseDate::formatJapaneseEra(until()));
    viewer->setPdf(rendered->pdf, title,
                   LetterOutput::suggestedFileName(tr("Register of issued documents"),
                                                   QStringLiteral("%1-%2").arg(from().toString(QStringLiteral("yyyyMMdd")),
                                                                               until().toString(QStringLiteral("yyyyMMdd")))),
                   {QStringLiteral("letter_register"), 0, period});
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
}

} // namespace pd::ui
