// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Account.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

/// Accounts of the database: login, name, role, active, must change password.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RoleColumn, ActiveColumn, MustChangePasswordColumn, ColumnCount };

    explicit AccountTableModel(QObject* parent = nullptr);

    void setAccounts(const QList<Account>& accounts);
    void clear();
    const QList<Account>& accounts() const { return m_accounts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_accounts;
};

} // namespace pd::ui
