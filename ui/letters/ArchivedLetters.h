// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Letter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace pd::ui {

class PdfViewerDialog;
class SessionContext;

/// Open, reprint and save issued letters from the archive: always the archived PDF bytes
/// (LetterService::archivedLetter), never a new rendering, so that what leaves the office
/// again is exactly what was sent. Every print and save is recorded in the audit log.
class ArchivedLetters
{
    Q_DECLARE_TR_FUNCTIONS(ArchivedLetters)

public:
    using ErrorHandler = std::function<void(const QString&)>;

    /// The archived letter in a PDF viewer (non-modal, child of `parent`); null on error.
    static PdfViewerDialog* open(SessionContext& context, QWidget* parent, qint64 letterId, const ErrorHandler& onError);
    /// Print dialog, then the archived bytes to the printer.
    static void reprint(SessionContext& context, QWidget* parent, qint64 letterId, const ErrorHandler& onError);
    /// Asks for a file, then saveTo().
    static void save(SessionContext& context, QWidget* parent, qint64 letterId, const ErrorHandler& onError);
    /// Writes the archived bytes to `path` unchanged (QSaveFile) and records it.
    static bool saveTo(SessionContext& context, qint64 letterId, const QString& path, QString* error);

    static QString windowTitle(const IssuedLetter& letter);
};

} // namespace pd::ui
