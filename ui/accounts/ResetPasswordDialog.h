// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace pd::ui {

class ErrorLabel;
class OneTimePasswordField;
class SessionContext;

/// The privacy officer gives someone who forgot their password a new one-time password.
/// Their old password stops working at once; they choose their own at the next sign-in.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(SessionContext& context, const QString& login, const QString& displayName,
                        QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

    QString login() const { return m_login; }

public slots:
    void accept() override;

private:
    void updateState();

    SessionContext& m_context;
    QString m_login;
    QString m_displayName;
    OneTimePasswordField* m_password = nullptr;
    ErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace pd::ui
