// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/ArchivedLetters.h"

#include "core/render/LetterService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/letters/LetterOutput.h"
#include "ui/letters/PdfViewerDialog.h"

#include <QPointer>
#include <QWidget>

namespace pd::ui {

namespace {
const QString kRecordType = QStringLiteral("issued_letter");

Result<IssuedLetter> fetch(SessionContext& context, qint64 letterId)
{
    Session* session = context.session();
    if (!session)
        return fail(ErrorKind::PermissionDenied);
    return LetterService(*session).archivedLetter(letterId);
}
} // namespace

QString ArchivedLetters::windowTitle(const IssuedLetter& letter)
{
    return tr("%1 – %2").arg(letter.documentNumber, letter.title);
}

PdfViewerDialog* ArchivedLetters::open(SessionContext& context, QWidget* parent, qint64 letterId,
                                       const ErrorHandler& onError)
{
    auto letter = fetch(context, letterId);
    if (!letter) {
        if (onError)
            onError(LetterOutput::errorText(letter.error()));
        return nullptr;
    }
    auto* viewer = new PdfViewerDialog(context, parent);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setPdf(letter->pdf, windowTitle(*letter),
                   LetterOutput::suggestedFileName(letter->documentNumber, letter->title),
                   {kRecordType, letter->id, QStringLiteral("archived copy")});
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
    return viewer;
}

void ArchivedLetters::reprint(SessionContext& context, QWidget* parent, qint64 letterId, const ErrorHandler& onError)
{
    auto letter = fetch(context, letterId);
    if (!letter) {
        if (onError)
            onError(LetterOutput::errorText(letter.error()));
        return;
    }
    const QByteArray pdf = letter->pdf;
    LetterOutput::askPrinter(parent, windowTitle(*letter), [&context, letterId, pdf, onError](QPrinter* printer) {
        Session* session = context.session();
        if (!session)
            return;
        auto recorded = LetterService(*session).recordOutput(QStringLiteral("print"), kRecordType, letterId,
                                                             QStringLiteral("reprint"));
        if (!recorded) {
            if (onError)
                onError(LetterOutput::errorText(recorded.error()));
            return;
        }
        QString error;
        if (!LetterOutput::printPdf(printer, pdf, nullptr, &error) && onError)
            onError(error);
    });
}

void ArchivedLetters::save(SessionContext& context, QWidget* parent, qint64 letterId, const ErrorHandler& onError)
{
    auto letter = fetch(context, letterId);
    if (!letter) {
        if (onError)
            onError(LetterOutput::errorText(letter.error()));
        return;
    }
    LetterOutput::askSavePath(parent, LetterOutput::suggestedFileName(letter->documentNumber, letter->title),
                              [&context, letterId, onError](const QString& path) {
                                  QString error;
                                  if (!saveTo(context, letterId, path, &error) && onError)
                                      onError(error);
                              });
}

bool ArchivedLetters::saveTo(SessionContext& context, qint64 letterId, const QString& path, QString* error)
{
    auto letter = fetch(context, letterId);
    if (!letter) {
        if (error)
            *error = LetterOutput::errorText(letter.error());
        return false;
    }
    auto recorded = LetterService(*context.session())
                        .recordOutput(QStringLiteral("save_pdf"), kRecordType, letterId, QStringLiteral("archived copy"));
    if (!recorded) {
        if (error)
            *error = LetterOutput::errorText(recorded.error());
        return false;
    }
    return LetterOutput::savePdf(letter->pdf, path, error);
}

} // namespace pd::ui
