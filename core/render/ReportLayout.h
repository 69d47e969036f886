// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QStringList>
#include <QPageLayout>
#include <QTextLayout>

#include <span>

class QPainter;
class QPaintDevice;

namespace pd::render {

/// What the landscape table reports (苦情受付簿, 監査用アクセス記録) share: units of the layout
/// device (kLayoutDpi), unhinted fonts, the metric-only layout device and wrapped cell text.
namespace ReportLayout {

qreal mm(qreal millimetres);
qreal pt(qreal points);

/// Unhinted outlines: the layout must not depend on the resolution it is painted at.
QFont font(const QStringList& families, qreal pointSize, bool bold = false);

/// The metric-only device reports are laid out on (see LetterRenderer for why).
QImage makeLayoutDevice();

/// A text laid out into lines of at most `width` (Japanese breaks between any two characters).
/// Painting the same layout later gives exactly the lines that were measured.
class WrappedText
{
public:
    WrappedText(const QString& text, const QFont& font, QPaintDevice* device, qreal width);

    qreal height() const { return m_height; }
    qreal naturalWidth() const { return m_naturalWidth; }
    void draw(QPainter* painter, QPointF topLeft) const;

private:
    QTextLayout m_layout;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
};

/// Room between a table cell's border and its text.
struct CellPadding
{
    qreal x = 0;
    qreal y = 0;
};

/// The period a report covers, both ends in 和暦 (令和8年4月1日〜令和9年3月31日).
QString periodText(QDate from, QDate until);

/// A4 landscape with the margins of the office's ledgers (binding edge on the left).
QPageLayout landscapeA4();

/// The height of a table row: its tallest cell, each text wrapped to its column's width.
qreal rowHeight(std::span<const QString> texts, std::span<const qreal> widths, const QFont& font,
                QPaintDevice* device, CellPadding padding);
/// A table row with its cell borders (and the line below it) from `topLeft`, over `background`.
void drawRow(QPainter* painter, QPaintDevice* device, std::span<const QString> texts, std::span<const qreal> widths,
             QPointF topLeft, qreal height, const QFont& font, CellPadding padding, const QBrush& background);
/// One line of page furniture in `area`, aligned left, centred or right. Laid out on the layout
/// device like the table, never with QPainter::drawText, which would size the font for the device.
void drawLine(QPainter* painter, QPaintDevice* device, const QString& text, const QFont& font, const QRectF& area,
              Qt::Alignment alignment);

} // namespace ReportLayout

} // namespace pd::render
