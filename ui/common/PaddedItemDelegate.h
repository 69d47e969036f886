// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pd::ui {

/// Table cells with some air around the text: word-wrapped Japanese rows are hard to tell
/// apart when lines of neighbouring rows nearly touch, and short texts in columns sized to
/// their contents would otherwise touch the grid lines.
class PaddedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PaddedItemDelegate(int verticalPadding, QObject* parent = nullptr);
    PaddedItemDelegate(int horizontalPadding, int verticalPadding, QObject* parent);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_horizontal = 0;
    int m_vertical = 0;
};

} // namespace pd::ui
