// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PaddedItemDelegate.h"

#include <QApplication>

namespace pd::ui {

PaddedItemDelegate::PaddedItemDelegate(int verticalPadding, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_padding(verticalPadding)
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
    content.rect.adjust(0, m_padding, 0, -m_padding);
    content.state &= ~QStyle::State_HasFocus;
    content.backgroundBrush = Qt::NoBrush;
    content.features &= ~QStyleOptionViewItem::Alternate;
    // A selected cell gets its selection colour painted once more, inside: the same colour.
    style->drawControl(QStyle::CE_ItemViewItem, &content, painter, widget);
}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 2 * m_padding);
}

} // namespace pd::ui
