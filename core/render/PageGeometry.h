// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>

namespace pd::render {

/// A4 portrait with the margins of a Japanese business letter (in millimetres):
/// wider at the top for the document number block and at the left for binding.
inline QPageLayout japaneseLetterLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25.0, 25.0, 20.0, 20.0), QPageLayout::Millimeter);
}

/// The resolution at which letters are laid out, whatever device they are painted on.
/// 96 dpi makes a CSS `px` in a template the same length in the PDF, on a printer and in
/// the editor's on-screen preview (Qt's CSS reads margins only in px/em/ex, never pt),
/// and keeps line breaks and page breaks independent of the printer's resolution.
inline constexpr int kLayoutDpi = 96;

/// Where the running header of continuation pages (pages 2+) sits: its baseline, in
/// millimetres from the top edge of the page, inside the top margin.
inline constexpr qreal kRunningHeaderBaselineMm = 15.0;

/// Point size of the running header: smaller than the body so it reads as page furniture.
inline constexpr qreal kRunningHeaderPointSize = 8.0;

/// Body text of a Japanese official letter (公文書): 10.5pt is the customary size.
inline constexpr qreal kBodyPointSize = 10.5;

} // namespace pd::render
