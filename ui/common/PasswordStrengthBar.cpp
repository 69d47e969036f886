// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PasswordStrengthBar.h"

#include <QPainter>
#include <QPainterPath>

namespace pd::ui {

namespace {
constexpr int kSegments = 4;
constexpr int kGap = 4;

QColor colorForScore(int score)
{
    switch (score) {
    case 0:
    case 1:
        return QColor(0xc6, 0x28, 0x28); // red
    case 2:
        return QColor(0xef, 0x8f, 0x00); // amber
    case 3:
        return QColor(0x7c, 0xb3, 0x42); // light green
    default:
        return QColor(0x2e, 0x7d, 0x32); // green
    }
}
} // namespace

PasswordStrengthBar::PasswordStrengthBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Password strength"));
}

void PasswordStrengthBar::setScore(int score)
{
    score = qBound(0, score, kSegments);
    if (score == m_score)
        return;
    m_score = score;
    update();
}

void PasswordStrengthBar::clear()
{
    m_score = -1;
    update();
}

QSize PasswordStrengthBar::sizeHint() const
{
    return {200, 6};
}

QSize PasswordStrengthBar::minimumSizeHint() const
{
    return {kSegments * 12, 6};
}

void PasswordStrengthBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qreal width = (rect().width() - kGap * (kSegments - 1)) / qreal(kSegments);
    // Score 0 still lights one segment, so that "very weak" is visibly red.
    const int lit = m_score < 0 ? 0 : qMax(1, m_score);
    const QColor on = colorForScore(m_score);
    QColor off = palette().color(QPalette::Mid);
    off.setAlpha(90);
    for (int i = 0; i < kSegments; ++i) {
        const QRectF segment(i * (width + kGap), 0, width, rect().height());
        QPainterPath path;
        path.addRoundedRect(segment, 2, 2);
        painter.fillPath(path, i < lit ? on : off);
    }
}

} // namespace pd::ui
