// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/ResetPasswordDialog.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "ui/accounts/OneTimePasswordField.h"
#include "ui/common/PasswordLineEdit.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

ResetPasswordDialog::ResetPasswordDialog(SessionContext& context, const QString& login, const QString& displayName,
                                         QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_login(login)
    , m_displayName(displayName)
    , m_password(new OneTimePasswordField(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_password->setPersonalWords({login, displayName});

    auto* account = new QLabel(tr("%1 (%2)").arg(displayName, login), this);
    account->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Account:"), account);
    auto* passwordLabel = new QLabel(tr("New one-time &password:"), this);
    passwordLabel->setBuddy(m_password->edit());
    form->addRow(passwordLabel, m_password);

    auto* hint = new QLabel(tr("The old password stops working at once. Give the one-time password to the person in "
                               "private; they must choose their own password when they next sign in."),
                            this);
    hint->setWordWrap(true);

    m_reset = m_buttons->addButton(tr("&Reset Password"), QDialogButtonBox::AcceptRole);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    connect(m_password, &OneTimePasswordField::edited, m_error, &ErrorLabel::clearError);
    connect(&m_context, &SessionContext::sessionChanged, this, &ResetPasswordDialog::updateState);
    updateState();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::updateState()
{
    // After a lock, someone else may have signed in.
    Session* session = m_context.session();
    const bool allowed = session && session->may(Permission::ManageAccounts);
    m_reset->setEnabled(allowed);
    if (session && !allowed)
        m_error->showError(tr("Your role does not allow resetting passwords."));
}

void ResetPasswordDialog::accept()
{
    Session* session = m_context.session();
    if (!session)
        return;
    m_error->clearError();
    const PasswordAssessment assessment = m_password->assess();
    if (!assessment.acceptable) {
        m_error->showError(tr("Choose a stronger one-time password. %1").arg(assessment.reason));
        m_password->edit()->setFocus();
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status reset = AccountService(*session).resetPassword(m_login, password);
    QApplication::restoreOverrideCursor();
    wipe(password);
    if (!reset) {
        m_error->showError(reset.error().message());
        return;
    }
    m_context.notifyAccountsChanged();
    QDialog::accept();
}

} // namespace pd::ui
