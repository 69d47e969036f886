// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace pd::ui {

class ErrorLabel;
class PasswordLineEdit;
class PasswordStrengthIndicator;
class SessionContext;

/// The privacy officer adds an account with a one-time password, which the person
/// must replace at the first sign-in.
class AddAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddAccountDialog(SessionContext& context, QWidget* parent = nullptr);
    ~AddAccountDialog() override;

    /// A random one-time password that is easy to read out and type: four groups of four.
    static QString generatePassword();

public slots:
    void accept() override;

private:
    void updateState();
    void updateStrength();

    SessionContext& m_context;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    PasswordLineEdit* m_password = nullptr;
    QPushButton* m_generate = nullptr;
    PasswordStrengthIndicator* m_strength = nullptr;
    ErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pd::ui
