// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/PdfViewerDialog.h"

#include "core/render/LetterService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/letters/LetterOutput.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

PdfViewerDialog::PdfViewerDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_pages(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("pdfViewerDialog"));
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
    m_view->setBackgroundRole(QPalette::Dark);
    m_view->setFocusPolicy(Qt::StrongFocus);

    auto* fitWidth = new QToolButton(this);
    fitWidth->setText(tr("Fit &width"));
    fitWidth->setObjectName(QStringLiteral("fitWidthButton"));
    auto* fitPage = new QToolButton(this);
    fitPage->setText(tr("Whole pa&ge"));
    fitPage->setObjectName(QStringLiteral("fitPageButton"));
    connect(fitWidth, &QToolButton::clicked, this, [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    connect(fitPage, &QToolButton::clicked, this, [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitInView); });
    m_pages->setObjectName(QStringLiteral("pageCountLabel"));
    m_pages->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(this);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setToolTip(tr("Print the letter exactly as archived (Ctrl+P)"));
    m_saveButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("savePdfButton"));
    m_saveButton->setToolTip(tr("Save a byte-for-byte copy of the archived PDF"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("&Close"));
    for (QPushButton* button : {m_printButton, m_saveButton, close})
        button->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_printButton, &QPushButton::clicked, this, &PdfViewerDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &PdfViewerDialog::savePdf);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &PdfViewerDialog::print);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(fitWidth);
    toolbar->addWidget(fitPage);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_pages);
    toolbar->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Personal data does not wait behind the lock screen: the viewer goes, the record stays.
    connect(&m_context, &SessionContext::aboutToClose, this, &QDialog::close);
    connect(&m_context, &SessionContext::sessionChanged, this, &PdfViewerDialog::updateActions);
    resize(780, 900);
    updateActions();
}

PdfViewerDialog::~PdfViewerDialog()
{
    // The document reads from the buffer: detach it first.
    m_view->setDocument(nullptr);
    m_document->close();
}

void PdfViewerDialog::setPdf(const QByteArray& pdf, const QString& title, const QString& suggestedFileName,
                             const AuditTarget& audit)
{
    m_view->setDocument(nullptr);
    m_document->close();
    m_buffer.close();
    m_pdf = pdf;
    m_title = title;
    m_fileName = suggestedFileName;
    m_audit = audit;
    m_buffer.setData(m_pdf);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    m_view->setDocument(m_document);
    setWindowTitle(title);
    m_error->clearError();
    if (m_document->status() != QPdfDocument::Status::Ready)
        m_error->showError(tr("The PDF could not be shown."));
    m_pages->setText(tr("Pages: %1").arg(m_document->pageCount()));
    updateActions();
}

int PdfViewerDialog::pageCount() const
{
    return m_document->pageCount();
}

void PdfViewerDialog::updateActions()
{
    Session* session = m_context.session();
    const bool may = session && session->may(Permission::PrintAndExport) && !m_pdf.isEmpty();
    m_printButton->setEnabled(may);
    m_saveButton->setEnabled(may);
}

void PdfViewerDialog::print()
{
    if (!m_printButton->isEnabled())
        return;
    LetterOutput::askPrinter(this, m_title, [this](QPrinter* printer) {
        Session* session = m_context.session();
        if (!session)
            return;
        // Recorded first: a document may leave the program only with its trace in the audit log.
        auto recorded = LetterService(*session).recordOutput(QStringLiteral("print"), m_audit.recordType,
                                                             m_audit.recordId, m_audit.detail);
        if (!recorded) {
            m_error->showError(LetterOutput::errorText(recorded.error()));
            return;
        }
        int pages = 0;
        QString error;
        if (!LetterOutput::printPdf(printer, m_pdf, &pages, &error))
            m_error->showError(error);
    });
}

void PdfViewerDialog::savePdf()
{
    if (!m_saveButton->isEnabled())
        return;
    LetterOutput::askSavePath(this, m_fileName, [this](const QString& path) { savePdfTo(path); });
}

bool PdfViewerDialog::savePdfTo(const QString& path)
{
    Session* session = m_context.session();
    if (!session || m_pdf.isEmpty())
        return false;
    m_error->clearError();
    auto recorded = LetterService(*session).recordOutput(QStringLiteral("save_pdf"), m_audit.recordType,
                                                         m_audit.recordId, m_audit.detail);
    if (!recorded) {
        m_error->showError(LetterOutput::errorText(recorded.error()));
        return false;
    }
    QString error;
    if (!LetterOutput::savePdf(m_pdf, path, &error)) {
        m_error->showError(error);
        return false;
    }
    return true;
}

} // namespace pd::ui
