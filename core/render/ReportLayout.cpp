// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/ReportLayout.h"

#include "core/render/PageGeometry.h"

#include "core/letters/JapaneseDate.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace pd::render::ReportLayout {

namespace {
constexpr qreal kMillimetresPerInch = 25.4;
constexpr qreal kPointsPerInch = 72.0;
} // namespace

qreal mm(qreal millimetres)
{
    return millimetres * kLayoutDpi / kMillimetresPerInch;
}

qreal pt(qreal points)
{
    return points * kLayoutDpi / kPointsPerInch;
}

QFont font(const QStringList& families, qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QImage makeLayoutDevice()
{
    QImage device(1, 1, QImage::Format_ARGB32);
    const int dotsPerMetre = qRound(kLayoutDpi / 0.0254);
    device.setDotsPerMeterX(dotsPerMetre);
    device.setDotsPerMeterY(dotsPerMetre);
    return device;
}

WrappedText::WrappedText(const QString& text, const QFont& font, QPaintDevice* device, qreal width)
    : m_layout(text, font, device)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    m_layout.beginLayout();
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, m_height));
        m_height += line.height();
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
    }
    m_layout.endLayout();
}

void WrappedText::draw(QPainter* painter, QPointF topLeft) const
{
    m_layout.draw(painter, topLeft);
}

QString periodText(QDate from, QDate until)
{
    return QCoreApplication::translate("ReportLayout", "%1 – %2")
        .arg(JapaneseDate::formatJapaneseEra(from), JapaneseDate::formatJapaneseEra(until));
}

QPageLayout landscapeA4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(18.0, 12.0, 12.0, 10.0),
                       QPageLayout::Millimeter);
}

qreal rowHeight(std::span<const QString> texts, std::span<const qreal> widths, const QFont& font,
                QPaintDevice* device, CellPadding padding)
{
    qreal height = 0;
    for (std::size_t column = 0; column < texts.size() && column < widths.size(); ++column)
        height = std::max(height, WrappedText(texts[column], font, device, widths[column] - 2 * padding.x).height());
    return height + 2 * padding.y;
}

void drawRow(QPainter* painter, QPaintDevice* device, std::span<const QString> texts, std::span<const qreal> widths,
             QPointF topLeft, qreal height, const QFont& font, CellPadding padding, const QBrush& background)
{
    const qreal top = topLeft.y();
    qreal left = topLeft.x();
    qreal right = left;
    for (qreal width : widths)
        right += width;
    if (background.style() != Qt::NoBrush)
        painter->fillRect(QRectF(left, top, right - left, height), background);
    for (std::size_t column = 0; column < texts.size() && column < widths.size(); ++column) {
        const WrappedText text(texts[column], font, device, widths[column] - 2 * padding.x);
        text.draw(painter, QPointF(left + padding.x, top + padding.y));
        painter->drawLine(QLineF(left, top, left, top + height));
        left += widths[column];
    }
    painter->drawLine(QLineF(right, top, right, top + height));
    painter->drawLine(QLineF(topLeft.x(), top + height, right, top + height));
}

void drawLine(QPainter* painter, QPaintDevice* device, const QString& text, const QFont& font, const QRectF& area,
              Qt::Alignment alignment)
{
    const WrappedText line(text, font, device, 1e6);
    qreal x = area.left();
    if (alignment & Qt::AlignHCenter)
        x += (area.width() - line.naturalWidth()) / 2;
    else if (alignment & Qt::AlignRight)
        x = area.right() - line.naturalWidth();
    line.draw(painter, QPointF(x, area.top()));
}

} // namespace pd::render::ReportLayout
