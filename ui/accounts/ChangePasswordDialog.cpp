// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/ChangePasswordDialog.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PasswordLineEdit.h"
#include "ui/common/PasswordStrengthIndicator.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

ChangePasswordDialog::ChangePasswordDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_account(new QLabel(this))
    , m_current(new PasswordLineEdit(this))
    , m_new(new PasswordLineEdit(this))
    , m_confirm(new PasswordLineEdit(this))
    , m_strength(new PasswordStrengthIndicator(this))
    , m_match(new QLabel(this))
    , m_form(new QFormLayout)
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change Password"));
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_account->setTextFormat(Qt::PlainText);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Account:"), m_account);
    m_form->addRow(tr("C&urrent password:"), m_current);
    m_form->addRow(tr("&New password:"), m_new);
    m_form->addRow(QString(), m_strength);
    m_form->addRow(tr("Con&firm new password:"), m_confirm);
    m_form->addRow(QString(), m_match);

    QPushButton* change = m_buttons->addButton(tr("&Change Password"), QDialogButtonBox::AcceptRole);
    change->setObjectName(QStringLiteral("changeButton"));
    change->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    for (PasswordLineEdit* edit : {m_current, m_new, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateFeedback);
        connect(edit, &QLineEdit::textEdited, m_error, &ErrorLabel::clearError);
    }
    connect(&m_context, &SessionContext::sessionChanged, this, &ChangePasswordDialog::updateState);
    updateState();
    updateFeedback();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    m_current->clear();
    m_new->clear();
    m_confirm->clear();
}

void ChangePasswordDialog::updateState()
{
    Session* session = m_context.session();
    if (!session)
        return;
    m_account->setText(tr("%1 (%2)").arg(session->account().displayName, session->account().login));
    m_form->setRowVisible(m_current, !session->openedWithRecoveryKey());
}

void ChangePasswordDialog::updateFeedback()
{
    Session* session = m_context.session();
    const QStringList inputs = session ? QStringList{session->account().login, session->account().displayName}
                                       : QStringList();
    m_strength->assess(m_new->text(), inputs);
    if (m_confirm->text().isEmpty())
        m_match->clear();
    else
        m_match->setText(m_confirm->text() == m_new->text() ? tr("The passwords match.")
                                                            : tr("The passwords do not match yet."));
}

void ChangePasswordDialog::accept()
{
    Session* session = m_context.session();
    if (!session)
        return;
    m_error->clearError();
    const bool needsCurrent = !session->openedWithRecoveryKey();
    if (needsCurrent && m_current->text().isEmpty()) {
        m_error->showError(tr("Type your current password."));
        m_current->setFocus();
        return;
    }
    const PasswordAssessment assessment =
        m_strength->assess(m_new->text(), {session->account().login, session->account().displayName});
    if (!assessment.acceptable) {
        m_error->showError(tr("Choose a stronger password. %1").arg(assessment.reason));
        m_new->setFocus();
        return;
    }
    if (m_new->text() != m_confirm->text()) {
        m_error->showError(tr("The two passwords do not match. Type the same password in both fields."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QByteArray current = m_current->text().toUtf8();
    QByteArray password = m_new->text().toUtf8();
    const Status changed = AccountService(*session).changeOwnPassword(current, password);
    wipe(current);
    wipe(password);
    QApplication::restoreOverrideCursor();
    if (!changed && changed.error().kind == ErrorKind::WrongPassword) {
        m_error->showError(tr("The current password is wrong."));
        m_current->setFocus();
        m_current->selectAll();
        return;
    }
    if (!changed) {
        m_error->showError(changed.error().message());
        return;
    }
    m_context.notifyPasswordChanged();
    QDialog::accept();
}

} // namespace pd::ui
