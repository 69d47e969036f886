// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/RegisterPrintDialog.h"

#include "core/complaints/ComplaintQuery.h"
#include "core/letters/JapaneseDate.h"
#include "core/model/FiscalYear.h"
#include "core/render/ComplaintRegister.h"
#include "core/render/ReportLayout.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/letters/FiscalPeriodCombo.h"
#include "ui/letters/JapaneseDateEdit.h"
#include "ui/letters/LetterOutput.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

} // namespace

RegisterPrintDialog::RegisterPrintDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_period(new FiscalPeriodCombo(kFiscalYearsOffered, this))
    , m_from(new JapaneseDateEdit(false, this))
    , m_until(new JapaneseDateEdit(false, this))
    , m_count(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("registerPrintDialog"));
    setWindowTitle(tr("Print Register of Complaints"));
    m_period->setObjectName(QStringLiteral("registerPeriodCombo"));
    m_from->setObjectName(QStringLiteral("registerFromDateEdit"));
    m_until->setObjectName(QStringLiteral("registerUntilDateEdit"));
    m_count->setObjectName(QStringLiteral("registerCountLabel"));
    m_count->setTextFormat(Qt::PlainText);

    auto* intro = new QLabel(tr("The register of complaints (苦情受付簿): every complaint received in the period, "
                                "in the order of its number, on A4 landscape."),
        this);
    intro->setWordWrap(true);


    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_until->dateEdit());
    dates->addWidget(toLabel);
    dates->addWidget(m_until);
    dates->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&From:"), dates);
    if (auto* fromLabel = qobject_cast<QLabel*>(form->labelForField(dates)))
        fromLabel->setBuddy(m_from->dateEdit());
    form->addRow(QString(), m_count);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("registerPreviewButton"));
    m_saveButton = buttons->addButton(tr("Save P&DF…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("registerSavePdfButton"));
    m_printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::AcceptRole);
    m_printButton->setObjectName(QStringLiteral("registerPrintButton"));
    m_printButton->setDefault(true); // Enter prints, as the title says
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, &RegisterPrintDialog::periodChanged);
    connect(m_from, &JapaneseDateEdit::dateChanged, this, &RegisterPrintDialog::updateCount);
    connect(m_until, &JapaneseDateEdit::dateChanged, this, &RegisterPrintDialog::updateCount);
    connect(m_previewButton, &QPushButton::clicked, this, &RegisterPrintDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &RegisterPrintDialog::savePdf);
    // Not QDialog::accept: the dialog stays open until the printer has been chosen.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_printButton, &QPushButton::clicked, this, &RegisterPrintDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The register shows personal data: it goes away with the session.
    connect(&m_context, &SessionContext::aboutToClose, this, &QDialog::close);

    periodChanged();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void RegisterPrintDialog::setFiscalYear(int startYear)
{
    const int before = m_period->currentIndex();
    m_period->selectFiscalYear(startYear);
    if (m_period->currentIndex() == before)
        periodChanged();
}

void RegisterPrintDialog::setPeriod(QDate from, QDate until)
{
    if (!from.isValid())
        from = FiscalYear::containing(until.isValid() ? until : QDate::currentDate()).firstDay();
    if (!until.isValid())
        until = FiscalYear::containing(from).lastDay();
    m_period->selectOtherPeriodQuietly();
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockUntil(m_until);
        m_from->setDate(from);
        m_until->setDate(until);
    }
    periodChanged();
}

QDate RegisterPrintDialog::from() const
{
    return m_from->date();
}

QDate RegisterPrintDialog::until() const
{
    return m_until->date();
}

void RegisterPrintDialog::periodChanged()
{
    m_period->applyTo(m_from, m_until);
    updateCount();
}

void RegisterPrintDialog::updateCount()
{
    m_error->clearError();
    Session* session = m_context.session();
    const bool output = session && session->may(Permission::PrintAndExport);
    const bool ordered = from() <= until();
    for (QPushButton* button : { m_previewButton, m_printButton, m_saveButton })
        button->setEnabled(output && ordered);
    if (!session)
        return;
    if (!ordered) {
        m_count->clear();
        m_error->showError(tr("The period ends before it begins."));
        return;
    }
    ComplaintFilter filter;
    filter.receivedFrom = from();
    filter.receivedTo = until();
    auto counted = ComplaintQuery(*session).count(filter);
    if (!counted) {
        m_count->clear();
        m_error->showError(counted.error().message());
        return;
    }
    m_count->setText(*counted == 0 ? tr("No complaints were received in this period.")
                                   : tr("%n complaint(s) received in this period", nullptr, *counted));
}

std::optional<ComplaintRegisterData> RegisterPrintDialog::load()
{
    m_error->clearError();
    Session* session = m_context.session();
    if (!session)
        return std::nullopt;
    auto data = ComplaintRegisterSource(*session).load(from(), until());
    if (!data) {
        m_error->showError(LetterOutput::errorText(data.error()));
        return std::nullopt;
    }
    return std::move(*data);
}

QString RegisterPrintDialog::fileName() const
{
    return LetterOutput::suggestedFileName(render::ComplaintRegister::title(),
        QStringLiteral("%1-%2").arg(
            from().toString(QStringLiteral("yyyyMMdd")), until().toString(QStringLiteral("yyyyMMdd"))));
}

std::optional<QByteArray> RegisterPrintDialog::renderPdf()
{
    const std::optional<ComplaintRegisterData> data = load();
    if (!data)
        return std::nullopt;
    auto rendered = render::ComplaintRegister::renderPdf(*data);
    if (!rendered) {
        m_error->showError(LetterOutput::errorText(rendered.error()));
        return std::nullopt;
    }
    return rendered->pdf;
}

bool RegisterPrintDialog::savePdfTo(const QString& path)
{
    const std::optional<ComplaintRegisterData> data = load();
    if (!data)
        return false;
    auto rendered = render::ComplaintRegister::renderPdf(*data);
    if (!rendered) {
        m_error->showError(LetterOutput::errorText(rendered.error()));
        return false;
    }
    // No trace, no file: the save is recorded before the register leaves the program.
    Session* session = m_context.session();
    if (auto recorded
        = ComplaintRegisterSource(*session).recordOutput(*data, ComplaintRegisterOutput::SavePdf, rendered->pageCount);
        !recorded) {
        m_error->showError(LetterOutput::errorText(recorded.error()));
        return false;
    }
    QString error;
    if (!LetterOutput::savePdf(rendered->pdf, path, &error)) {
        m_error->showError(error);
        return false;
    }
    return true;
}

bool RegisterPrintDialog::printTo(QPrinter* printer)
{
    const std::optional<ComplaintRegisterData> data = load();
    if (!data)
        return false;
    auto painted = render::ComplaintRegister::paint(printer, *data);
    if (!painted) {
        m_error->showError(LetterOutput::errorText(painted.error()));
        return false;
    }
    Session* session = m_context.session();
    if (auto recorded = ComplaintRegisterSource(*session).recordOutput(*data, ComplaintRegisterOutput::Print, *painted);
        !recorded) {
        m_error->showError(LetterOutput::errorText(recorded.error()));
        return false;
    }
    return true;
}

void RegisterPrintDialog::print()
{
    if (!m_printButton->isEnabled())
        return;
    LetterOutput::askPrinter(this, render::ComplaintRegister::title(), [this](QPrinter* printer) { printTo(printer); });
}

void RegisterPrintDialog::savePdf()
{
    if (!m_saveButton->isEnabled())
        return;
    LetterOutput::askSavePath(this, fileName(), [this](const QString& path) { savePdfTo(path); });
}

void RegisterPrintDialog::preview()
{
    if (!m_previewButton->isEnabled())
        return;
    std::optional<ComplaintRegisterData> data = load();
    if (!data)
        return;
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("registerPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Preview: %1, %2")
            .arg(render::ComplaintRegister::title(), render::ReportLayout::periodText(data->from, data->until)));
    auto shown = std::make_shared<ComplaintRegisterData>(std::move(*data));
    auto pages = std::make_shared<int>(0);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [this, shown, pages](QPrinter* printer) {
        auto painted = render::ComplaintRegister::paint(printer, *shown);
        if (!painted) {
            m_error->showError(LetterOutput::errorText(painted.error()));
            return;
        }
        // Shown on screen is a view of personal data: recorded once, when first painted.
        if (*pages == 0 && m_context.session()) {
            *pages = *painted;
            if (auto recorded = ComplaintRegisterSource(*m_context.session())
                                    .recordOutput(*shown, ComplaintRegisterOutput::Preview, *painted);
                !recorded)
                m_error->showError(LetterOutput::errorText(recorded.error()));
        }
    });
    // The page layout is the register's own.
    LetterOutput::takeOverPrintAction(dialog, QStringLiteral("registerPreviewPrintAction"), [this] { print(); });
    connect(&m_context, &SessionContext::aboutToClose, dialog, &QDialog::close);
    dialog->resize(1100, 820);
    dialog->show();
}

} // namespace pd::ui
