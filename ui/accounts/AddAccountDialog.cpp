// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AddAccountDialog.h"

#include "ui/accounts/OneTimePasswordField.h"
#include "ui/common/PasswordLineEdit.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pd::ui {

AddAccountDialog::AddAccountDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new OneTimePasswordField(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add Account"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    m_login->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[\\p{L}\\p{N}._-]{1,64}$")), m_login));
    m_login->setPlaceholderText(tr("Letters, digits, '.', '_' or '-'"));
    m_login->setInputMethodHints(Qt::ImhPreferLatin | Qt::ImhNoAutoUppercase);
    m_name->setMaxLength(100);
    for (Role role : {Role::Staff, Role::Auditor, Role::Officer})
        m_role->addItem(roleDisplayName(role), QVariant::fromValue(int(role)));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    auto* passwordLabel = new QLabel(tr("One-time &password:"), this);
    passwordLabel->setBuddy(m_password->edit());
    form->addRow(passwordLabel, m_password);

    auto* hint = new QLabel(tr("Give the one-time password to the person in private. They must choose their own "
                               "password when they first sign in."),
                            this);
    hint->setWordWrap(true);

    QPushButton* add = m_buttons->addButton(tr("&Add Account"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addButton"));
    add->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddAccountDialog::reject);
    for (QLineEdit* edit : {m_login, m_name}) {
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::updateStrength);
        connect(edit, &QLineEdit::textEdited, m_error, &ErrorLabel::clearError);
    }
    connect(m_password, &OneTimePasswordField::edited, m_error, &ErrorLabel::clearError);
    connect(&m_context, &SessionContext::sessionChanged, this, &AddAccountDialog::updateState);
    updateStrength();
    updateState();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

AddAccountDialog::~AddAccountDialog() = default;

void AddAccountDialog::updateStrength()
{
    m_password->setPersonalWords({m_login->text(), m_name->text()});
}

void AddAccountDialog::updateState()
{
    // After a lock, someone else may have signed in.
    Session* session = m_context.session();
    const bool allowed = session && session->may(Permission::ManageAccounts);
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(allowed);
    if (session && !allowed)
        m_error->showError(tr("Your role does not allow adding accounts."));
}

void AddAccountDialog::accept()
{
    Session* session = m_context.session();
    if (!session)
        return;
    m_error->clearError();
    const auto role = Role(m_role->currentData().toInt());
    QByteArray password = m_password->text().toUtf8();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = AccountService(*session).addAccount(m_login->text(), m_name->text(), role, password);
    QApplication::restoreOverrideCursor();
    wipe(password);
    if (!added) {
        m_error->showError(added.error().message());
        return;
    }
    m_context.notifyAccountsChanged();
    QDialog::accept();
}

} // namespace pd::ui
