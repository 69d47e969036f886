// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pd::ui {

/// Table cells with air on every side: the letter tables hold short Japanese texts
/// (numbers, dates, names) in columns sized to their contents, which would otherwise
/// touch the grid lines.
class CellPaddingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CellPaddingDelegate(int horizontalPadding, int verticalPadding, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_horizontal;
    int m_vertical;
};

} // namespace pd::ui
