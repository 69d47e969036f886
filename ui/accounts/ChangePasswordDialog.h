// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace pd::ui {

class ErrorLabel;
class PasswordLineEdit;
class PasswordStrengthIndicator;
class SessionContext;

/// The signed-in person replaces their password. The current password is asked for, so
/// that nobody can take over an unlocked desk; after a recovery-key sign-in it is not.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(SessionContext& context, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

public slots:
    void accept() override;

private:
    void updateState();
    void updateFeedback();

    SessionContext& m_context;
    QLabel* m_account = nullptr;
    PasswordLineEdit* m_current = nullptr;
    PasswordLineEdit* m_new = nullptr;
    PasswordLineEdit* m_confirm = nullptr;
    PasswordStrengthIndicator* m_strength = nullptr;
    QLabel* m_match = nullptr;
    QFormLayout* m_form = nullptr;
    ErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pd::ui
