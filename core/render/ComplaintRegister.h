// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/ComplaintRegisterData.h"
#include "core/render/LetterRenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;

namespace pd::render {

struct ComplaintRegisterOptions
{
    /// First match wins per character. Empty: LetterRenderer::defaultFontFamilies(), so that the
    /// text extracted from the PDF equals the register's text.
    QStringList fontFamilies;
    /// The date printed in the footer ("printed on"); invalid: today.
    QDate printedOn;
};

/// The 苦情受付簿 (register of complaints) on paper: A4 landscape, one line per complaint with
/// 受付番号・受付日・方法・申出人・分類・概要・状況・担当・回答日・完了日, dates in the Japanese
/// calendar. Every page repeats the title, the organization, the period and the column heads, and
/// is numbered "n / m"; a line never breaks across pages.
///
/// The table is laid out at kLayoutDpi whatever the device, so that the PDF, the print preview
/// and the printer break lines and pages alike. Sizes are real point sizes. Needs a
/// QGuiApplication (fonts); an offscreen platform is enough. Nothing here reads or writes a
/// file, checks permissions or audits: ComplaintRegisterSource does that around it.
class ComplaintRegister
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRegister)

public:
    static constexpr qreal kTitlePointSize = 14.0;
    static constexpr qreal kHeadingPointSize = 9.0; // organization, period, page number
    static constexpr qreal kTablePointSize = 8.5; // 8.5pt keeps ten columns readable on A4 landscape

    /// A4 landscape with a wider left margin for binding, in millimetres.
    static QPageLayout pageLayout();
    /// The register's title as printed (苦情受付簿 in Japanese).
    static QString title();

    /// Paints the register onto any paged device (a QPrinter, a QPdfWriter). Sets the device's
    /// page layout; returns the number of pages painted.
    static Result<int> paint(
        QPagedPaintDevice* device, const ComplaintRegisterData& data, const ComplaintRegisterOptions& options = {});

    /// The register as PDF bytes, produced in memory.
    static Result<RenderedLetter> renderPdf(
        const ComplaintRegisterData& data, const ComplaintRegisterOptions& options = {});
};

} // namespace pd::render
