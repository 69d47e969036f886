// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace pd::ui {

class ErrorLabel;
class OneTimePasswordField;
class SessionContext;

/// The privacy officer adds an account with a one-time password, which the person
/// must replace at the first sign-in.
class AddAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddAccountDialog(SessionContext& context, QWidget* parent = nullptr);
    ~AddAccountDialog() override;

public slots:
    void accept() override;

private:
    void updateState();
    void updateStrength();

    SessionContext& m_context;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    OneTimePasswordField* m_password = nullptr;
    ErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pd::ui
