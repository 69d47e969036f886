// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/LetterOutput.h"

#include "core/Error.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

namespace pd::ui {

bool LetterOutput::savePdf(const QByteArray& pdf, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("The PDF could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = tr("The PDF could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

void LetterOutput::askSavePath(QWidget* parent, const QString& suggestedName,
                               std::function<void(const QString&)> chosen)
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    auto* dialog = new QFileDialog(parent, tr("Save PDF"), QDir(directory).filePath(suggestedName),
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("savePdfDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    QObject* context = parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(dialog);
    QObject::connect(dialog, &QFileDialog::fileSelected, context, [chosen = std::move(chosen)](const QString& file) {
        if (file.isEmpty() || !chosen)
            return;
        QString path = file;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".pdf");
        chosen(path);
    });
    dialog->open();
}

void LetterOutput::askPrinter(QWidget* parent, const QString& documentName, std::function<void(QPrinter*)> print)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(documentName);
    printer->setCreator(QStringLiteral("PrivacyDesk"));
    auto* dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // No print to file (that would write a PDF outside Save PDF), no page ranges (letters
    // print whole) and no page size (the letter's layout decides it).
    dialog->setOptions(QAbstractPrintDialog::PrintCollateCopies);
    dialog->setWindowTitle(tr("Print %1").arg(documentName));
    QObject* context = parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(dialog);
    QPointer<QWidget> owner(parent);
    QObject::connect(dialog, &QDialog::accepted, context, [printer, owner, print = std::move(print)] {
        if (printer->outputFormat() != QPrinter::NativeFormat || !printer->outputFileName().isEmpty()) {
            MessageBox::warning(owner, tr("Print"),
                                printer->printerName().isEmpty()
                                    ? tr("No printer is set up on this computer. Use Save PDF… to keep a copy.")
                                    : tr("Printing to a file is not available. Use Save PDF… to keep a copy."));
            return;
        }
        if (print)
            print(printer.get());
    });
    dialog->open();
}

bool LetterOutput::printPdf(QPrinter* printer, const QByteArray& pdf, int* pages, QString* error)
{
    QByteArray bytes = pdf; // QBuffer needs a mutable array; this is a shallow copy
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1) {
        if (error)
            *error = tr("The archived PDF could not be read.");
        return false;
    }
    const int dpi = qMin(printer->resolution(), kMaxRasterDpi);
    printer->setFullPage(true);
    QPainter painter;
    // The sheet is the size of the first page (letters are A4 throughout): a printer cannot
    // be relied on to change the paper size in the middle of a job.
    const QSizeF firstPage = document.pagePointSize(0);
    printer->setPageLayout(
        QPageLayout(QPageSize(firstPage, QPageSize::Point), QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF points = document.pagePointSize(page);
        if (page == 0) {
            if (!painter.begin(printer)) {
                if (error)
                    *error = tr("The printer could not be started.");
                return false;
            }
        } else if (!printer->newPage()) {
            if (error)
                *error = tr("The printer stopped after page %1.").arg(page);
            return false;
        }
        const QSize pixels(qRound(points.width() / 72.0 * dpi), qRound(points.height() / 72.0 * dpi));
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter onWhite(&image);
            onWhite.drawImage(0, 0, document.render(page, pixels));
        }
        painter.drawImage(QRectF(printer->pageLayout().fullRectPixels(printer->resolution())), image);
    }
    painter.end();
    if (pages)
        *pages = document.pageCount();
    return true;
}

QPrintPreviewDialog* LetterOutput::showPreview(QWidget* parent, const QString& html,
                                               const render::RenderOptions& options,
                                               std::function<void()> printRequested)
{
    auto* dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("letterPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Preview: %1").arg(options.title));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [html, options](QPrinter* printer) { render::LetterRenderer::paint(printer, html, options); });

    takeOverPrintAction(dialog, QStringLiteral("letterPrintAction"), std::move(printRequested));
    dialog->resize(860, 900);
    dialog->show();
    return dialog;
}

void LetterOutput::takeOverPrintAction(QPrintPreviewDialog* dialog, const QString& printActionName,
                                       std::function<void()> printRequested)
{
    // QPrintPreviewDialog's own Print button runs a nested print dialog that also offers
    // print to file; ours does neither. Its actions have no object names, so they are
    // found by the texts Qt gives them (translated the same way here).
    const auto qtText = [](const char* text) { return QCoreApplication::translate("QPrintPreviewDialog", text); };
    for (QAction* action : dialog->findChildren<QAction*>()) {
        const QString text = action->text();
        if (text == qtText("Print")) {
            QObject::disconnect(action, nullptr, dialog, nullptr);
            action->setObjectName(printActionName);
            action->setText(tr("Print…"));
            action->setShortcut(QKeySequence::Print);
            QObject::connect(action, &QAction::triggered, dialog, [dialog, printRequested] {
                dialog->close();
                if (printRequested)
                    printRequested();
            });
        } else if (text == qtText("Page setup") || text == qtText("Portrait") || text == qtText("Landscape")) {
            action->setVisible(false);
        }
    }
}

QString LetterOutput::suggestedFileName(const QString& number, const QString& title)
{
    QString name = title.isEmpty() ? number : number.isEmpty() ? title : number + QLatin1Char('_') + title;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    name = name.trimmed();
    if (name.isEmpty())
        name = tr("letter");
    return name + QStringLiteral(".pdf");
}

QString LetterOutput::errorText(const Error& error)
{
    if (error.kind == ErrorKind::InvalidInput && !error.detail.isEmpty())
        return error.detail;
    return error.message();
}

} // namespace pd::ui
