// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd {
struct AccountStatus;
}

namespace pd::ui {

class AccountTableModel;
class AddAccountDialog;
class ErrorLabel;
class KeyRotationDialog;
class ResetPasswordDialog;
class SessionContext;

/// The accounts of the database. The privacy officer adds, disables, enables and removes
/// accounts and resets forgotten passwords here; other roles see the list only.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(SessionContext& context, QWidget* parent = nullptr);

    AccountTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Selects the row of `login`; false when there is none.
    bool selectAccount(const QString& login);

public slots:
    void reload();
    void clear();
    void addAccount();
    /// Disables the selected account, or enables it again when it is disabled.
    void toggleSelectedActive();
    /// Asks, then removes the selected account's key slot.
    void removeSelected();
    ResetPasswordDialog* resetSelectedPassword();
    /// Officer only: the dialog that re-encrypts the database under a new data key.
    KeyRotationDialog* rotateDataKey();

private:
    const AccountStatus* selectedAccount() const;
    /// False (with the reason shown) for the signed-in account, which nobody changes from here.
    bool refuseOwnAccount(const AccountStatus& status, const QString& refusal);
    void updateActions();
    void changed(const QString& login, const QString& message);

    SessionContext& m_context;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_rotateButton = nullptr;
    QLabel* m_roleNote = nullptr;
    QLabel* m_outcome = nullptr;
    ErrorLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    AccountTableModel* m_model = nullptr;
    QPointer<AddAccountDialog> m_addDialog;
    QPointer<ResetPasswordDialog> m_resetDialog;
    QPointer<KeyRotationDialog> m_rotationDialog;
};

} // namespace pd::ui
