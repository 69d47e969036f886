// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/render/PageGeometry.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace pd::render {

/// How a letter is put on paper. The defaults give an A4 Japanese business letter.
struct RenderOptions
{
    /// PDF /Title (shown by viewers in the title bar), e.g. 件名 and 文書番号.
    QString title;
    /// PDF /Creator.
    QString creator = QStringLiteral("PrivacyDesk");
    /// Printed at the top of pages 2+ (left), followed by the page number （2/3） (right),
    /// so that a loose second sheet can be matched to its letter: e.g. 文書番号 and 宛先.
    QString headerText;
    /// Written as PDF /CreationDate (UTC, whole seconds). Invalid: no date at all. Either
    /// way the output depends only on the inputs (QPdfWriter would stamp the current time).
    QDateTime creationDate;
    /// Font families for the letter, first match wins per character. Empty: defaultFontFamilies().
    QStringList fontFamilies;
    qreal bodyPointSize = kBodyPointSize;
    QPageLayout pageLayout = japaneseLetterLayout();
    /// The only images the HTML can show, by name (<img src="seal">), e.g. a scanned seal.
    /// Nothing is loaded from disk or from Qt resources, whatever the HTML names.
    QHash<QString, QImage> images;
};

/// A rendered letter: the exact bytes to archive, print or save.
struct RenderedLetter
{
    QByteArray pdf;
    int pageCount = 0;
};

/// Renders finished letter HTML (placeholders already filled; the subset of HTML/CSS
/// that QTextDocument understands) to PDF in memory.
///
/// - A4 with Japanese business-letter margins, real point sizes, the font embedded.
/// - The letter is laid out once at kLayoutDpi and paginated here: lines that do not
///   fit move to the next page, and pages 2+ carry a running header. QTextDocument::print()
///   is not used: it adds its own page numbers and margins.
/// - Deterministic: the same HTML and options give byte-identical PDF bytes, so an
///   archived letter can be proven to be what was printed.
/// - No file is written or read: the PDF is produced in a QBuffer, images come only from
///   RenderOptions::images (the fonts are the system's).
///
/// Needs a QGuiApplication (fonts); an `offscreen` platform is enough.
class LetterRenderer
{
public:
    /// The letter font preference. BIZ UDMincho first: its cmap gives every glyph one
    /// code point, so text extracted from the PDF (copy, search, pdftotext) equals the
    /// letter's text. Noto Serif CJK JP shares glyphs between kanji and Kangxi radicals
    /// (一 U+4E00 / ⼀ U+2F00), and Qt's PDF ToUnicode map picks the lowest code point,
    /// so 一日 would be extracted as ⼀⽇: it is only a last resort.
    static QStringList defaultFontFamilies();

    /// The first of `families` (default: defaultFontFamilies()) that is installed, or an
    /// empty string when none is: callers can warn when the text-exact font is missing.
    static QString resolvedFontFamily(const QStringList& families = {});

    /// The letter as PDF bytes.
    static Result<RenderedLetter> renderPdf(const QString& html, const RenderOptions& options = {});

    /// Paints the letter onto any paged device (a QPrinter from a print preview, a
    /// QPdfWriter of the caller) with the same layout and page breaks as renderPdf().
    /// Sets the device's page layout; returns the number of pages painted.
    static Result<int> paint(QPagedPaintDevice* device, const QString& html, const RenderOptions& options = {});
};

} // namespace pd::render
