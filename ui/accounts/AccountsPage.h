// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd::ui {

class AccountTableModel;
class AddAccountDialog;
class ErrorLabel;
class SessionContext;

/// The accounts of the database. The privacy officer adds accounts here; other roles
/// see the list only.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(SessionContext& context, QWidget* parent = nullptr);

    AccountTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    void reload();
    void clear();
    void addAccount();

private:
    SessionContext& m_context;
    QPushButton* m_addButton = nullptr;
    QLabel* m_roleNote = nullptr;
    ErrorLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    AccountTableModel* m_model = nullptr;
    QPointer<AddAccountDialog> m_addDialog;
};

} // namespace pd::ui
