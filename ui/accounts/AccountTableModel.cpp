// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountTableModel.h"

namespace pd::ui {

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountTableModel::setAccounts(const QList<Account>& accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

void AccountTableModel::clear()
{
    if (m_accounts.isEmpty())
        return;
    beginResetModel();
    m_accounts.clear();
    endResetModel();
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account& account = m_accounts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return account.login;
        case NameColumn:
            return account.displayName;
        case RoleColumn:
            return roleDisplayName(account.role);
        case ActiveColumn:
            return account.active ? tr("Yes") : tr("No (disabled)");
        case MustChangePasswordColumn:
            return account.mustChangePassword ? tr("Yes") : tr("No");
        default:
            return {};
        }
    }
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("Active");
    case MustChangePasswordColumn:
        return tr("Must change password");
    default:
        return {};
    }
}

} // namespace pd::ui
