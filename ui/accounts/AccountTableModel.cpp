// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountTableModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace pd::ui {

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountTableModel::setAccounts(const QList<AccountStatus>& accounts)
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

const AccountStatus* AccountTableModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountTableModel::rowOf(const QString& login) const
{
    for (qsizetype row = 0; row < m_accounts.size(); ++row)
        if (m_accounts.at(row).account.login == login)
            return int(row);
    return -1;
}

AccountTableModel::State AccountTableModel::stateOf(const AccountStatus& status)
{
    if (!status.hasKeySlot)
        return State::Removed;
    return status.account.active ? State::Active : State::Disabled;
}

QString AccountTableModel::stateText(State state)
{
    switch (state) {
    case State::Active:
        return tr("Active");
    case State::Disabled:
        return tr("Disabled");
    case State::Removed:
        return tr("Removed");
    }
    return {};
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
    const AccountStatus& status = m_accounts.at(index.row());
    const Account& account = status.account;
    const State state = stateOf(status);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return account.login;
        case NameColumn:
            return account.displayName;
        case RoleColumn:
            return roleDisplayName(account.role);
        case StatusColumn:
            return stateText(state);
        case MustChangePasswordColumn:
            // A removed account has no password at all: "must change" would mislead.
            if (state == State::Removed)
                return QString();
            return account.mustChangePassword ? tr("Yes") : tr("No");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        switch (state) {
        case State::Active:
            return tr("Can sign in.");
        case State::Disabled:
            return tr("Cannot sign in; the password is kept and the account can be enabled again.");
        case State::Removed:
            return tr("Cannot sign in: the key slot is gone. The account stays listed because the audit log "
                      "names it.");
        }
    }
    // Accounts that cannot sign in recede, so that the active ones stand out.
    if (role == Qt::ForegroundRole && state != State::Active)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
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
    case StatusColumn:
        return tr("Status");
    case MustChangePasswordColumn:
        return tr("Must change password");
    default:
        return {};
    }
}

} // namespace pd::ui
