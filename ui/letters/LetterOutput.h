// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/LetterRenderer.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace pd {
struct Error;
}

namespace pd::ui {

/// Getting letters out of the program: print, save as PDF, preview. Every function here
/// works from memory; the only file ever written is the one the user chose in Save PDF,
/// and that through QSaveFile. None of them runs a nested event loop, so that a lock can
/// hide the dialogs they open.
class LetterOutput
{
    Q_DECLARE_TR_FUNCTIONS(LetterOutput)

public:
    /// Writes `pdf` to `path` atomically (QSaveFile: the old file stays intact on failure).
    /// On failure returns false and sets `error` to a sentence for the user.
    static bool savePdf(const QByteArray& pdf, const QString& path, QString* error);

    /// Asks where to save a PDF (non-blocking). `chosen(path)` runs only when the user
    /// chose a file, and only while `parent` exists. A ".pdf" suffix is added when missing.
    static void askSavePath(QWidget* parent, const QString& suggestedName,
                            std::function<void(const QString&)> chosen);

    /// Opens the print dialog (window-modal, non-blocking). Printing to a file is not
    /// offered: a PDF leaves the program only through Save PDF. `print(printer)` runs when
    /// the user confirmed with a real printer, and only while `parent` exists.
    static void askPrinter(QWidget* parent, const QString& documentName, std::function<void(QPrinter*)> print);

    /// Prints PDF bytes exactly as archived: each page is rasterized with QtPdf (at the
    /// printer's resolution, at most kMaxRasterDpi) and drawn over the whole sheet.
    /// Returns the number of pages printed, or false with `error` set.
    static bool printPdf(QPrinter* printer, const QByteArray& pdf, int* pages, QString* error);
    static constexpr int kMaxRasterDpi = 300;

    /// A print preview of letter HTML (QPrintPreviewDialog, shown non-modal). Its Print
    /// button runs `printRequested` (our print dialog, without print to file); page setup
    /// and orientation are hidden because the letter's layout is fixed.
    static QPrintPreviewDialog* showPreview(QWidget* parent, const QString& html, const render::RenderOptions& options,
                                            std::function<void()> printRequested);

    /// Makes a preview's Print button run `printRequested` (our print dialog, without print
    /// to file; the preview closes first) and hides page setup and orientation, which the
    /// document fixes. `printActionName` names the Print action (tests find it by it).
    static void takeOverPrintAction(QPrintPreviewDialog* dialog, const QString& printActionName,
                                    std::function<void()> printRequested);
    /// A file name for a letter: its number and title, without characters that file
    /// systems refuse, e.g. "テスト健保発第1号_苦情への回答書.pdf".
    static QString suggestedFileName(const QString& number, const QString& title);

    /// The sentence to show inline for a core error: the reason itself for invalid input
    /// (core words it for the user), the general sentence otherwise.
    static QString errorText(const Error& error);
};

} // namespace pd::ui
