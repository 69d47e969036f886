// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pd::ui {

/// Table cells with some air above and below the text: word-wrapped Japanese rows are
/// hard to tell apart when lines of neighbouring rows nearly touch.
class PaddedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PaddedItemDelegate(int verticalPadding, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_padding;
};

} // namespace pd::ui
