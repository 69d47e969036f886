// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QImage>
#include <QStringList>
#include <QTextLayout>

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

} // namespace ReportLayout

} // namespace pd::render
