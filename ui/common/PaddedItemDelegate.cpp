// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PaddedItemDelegate.h"

#include <QApplication>

namespace pd::ui {

PaddedItemDelegate::PaddedItemDelegate(int verticalPadding, QObject* parent)
    : PaddedItemDelegate(0, verticalPadding, parent)
{
}

PaddedItemDelegate::PaddedItemDelegate(int horizontalPadding, int verticalPadding, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_horizontal(horizontalPadding)
    , m_vertical(verticalPadding)
{
}

void PaddedItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus over the whole cell…
    QStyleOptionViewItem background(opt);
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // …and the content inside the padding.
    QStyleOptionViewItem content(opt);
    content.rect.adjust(m_horizontal, m_vertical, -m_horizontal, -m_vertical);
    content.state &= ~QStyle::State_HasFocus;
    content.backgroundBrush = Qt::NoBrush;
    content.features &= ~QStyleOptionViewItem::Alternate;
    // A selected cell gets its selection colour painted once more, inside: the same colour.
    style->drawControl(QStyle::CE_ItemViewItem, &content, painter, widget);
}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * m_horizontal, 2 * m_vertical);
}

} // namespace pd::ui
