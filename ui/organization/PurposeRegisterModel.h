// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/PurposeCategory.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

/// The purpose register (利用目的) as a read-only table: number, category, purposes.
class PurposeRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CategoryColumn, PurposesColumn, ColumnCount };

    explicit PurposeRegisterModel(QObject* parent = nullptr);

    void setCategories(const QList<PurposeCategory>& categories);
    void clear();
    const QList<PurposeCategory>& categories() const { return m_categories; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PurposeCategory> m_categories;
};

} // namespace pd::ui
