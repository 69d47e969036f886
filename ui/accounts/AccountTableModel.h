// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/AccountService.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

/// Accounts of the database: login, name, role, status (active, disabled, removed) and
/// whether a one-time password still has to be replaced.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RoleColumn, StatusColumn, MustChangePasswordColumn, ColumnCount };
    enum class State { Active, Disabled, Removed };

    explicit AccountTableModel(QObject* parent = nullptr);

    void setAccounts(const QList<AccountStatus>& accounts);
    void clear();
    const QList<AccountStatus>& accounts() const { return m_accounts; }
    /// The account of `row`, or null.
    const AccountStatus* accountAt(int row) const;
    /// The row of `login`, or -1.
    int rowOf(const QString& login) const;

    static State stateOf(const AccountStatus& status);
    static QString stateText(State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccountStatus> m_accounts;
};

} // namespace pd::ui
