// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/ReportLayout.h"

#include "core/render/PageGeometry.h"

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

} // namespace pd::render::ReportLayout
