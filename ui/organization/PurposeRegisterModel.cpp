// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/organization/PurposeRegisterModel.h"

namespace pd::ui {

PurposeRegisterModel::PurposeRegisterModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PurposeRegisterModel::setCategories(const QList<PurposeCategory>& categories)
{
    beginResetModel();
    m_categories = categories;
    endResetModel();
}

void PurposeRegisterModel::clear()
{
    if (m_categories.isEmpty())
        return;
    beginResetModel();
    m_categories.clear();
    endResetModel();
}

int PurposeRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int PurposeRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurposeRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PurposeCategory& category = m_categories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NumberColumn:
            return role == Qt::DisplayRole ? QVariant(index.row() + 1) : QVariant();
        case CategoryColumn:
            return category.name;
        case PurposesColumn:
            return category.purposes;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignTop)
                                              : QVariant(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant PurposeRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case CategoryColumn:
        return tr("Category of personal information");
    case PurposesColumn:
        return tr("Purposes of use");
    default:
        return {};
    }
}

} // namespace pd::ui
