// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountsPage.h"

#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AddAccountDialog.h"
#include "ui/accounts/KeyRotationDialog.h"
#include "ui/accounts/ResetPasswordDialog.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PaddedItemDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

AccountsPage::AccountsPage(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_addButton(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Acco&unt…"), this))
    , m_activeButton(new QPushButton(tr("&Disable"), this))
    , m_removeButton(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove…"), this))
    , m_resetButton(new QPushButton(tr("Reset &Password…"), this))
    , m_rotateButton(new QPushButton(tr("Rotate Data &Key…"), this))
    , m_roleNote(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_view(new QTableView(this))
    , m_model(new AccountTableModel(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));
    m_removeButton->setObjectName(QStringLiteral("removeAccountButton"));
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_rotateButton->setObjectName(QStringLiteral("rotateKeyButton"));
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_error->setObjectName(QStringLiteral("accountsErrorLabel"));
    m_view->setObjectName(QStringLiteral("accountTable"));

    m_removeButton->setToolTip(tr("Removes the account's key slot so that it can never sign in again (Delete)"));
    m_resetButton->setToolTip(tr("A new one-time password for someone who forgot theirs"));
    m_rotateButton->setToolTip(tr("Encrypts the database under a new key, so that copies of older key files (of "
                                  "removed accounts) no longer open it"));

    auto* title = new QLabel(tr("Accounts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Everyone who works with the database signs in with an account of their own, so "
                                "that the audit log shows who did what."),
                             this);
    intro->setWordWrap(true);
    m_roleNote->setText(tr("Only the privacy officer can add or change accounts."));
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    m_view->setModel(m_model);
    m_view->setItemDelegate(new PaddedItemDelegate(4, m_view));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AccountTableModel::NameColumn, QHeaderView::Stretch);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_activeButton);
    toolbar->addWidget(m_resetButton);
    toolbar->addWidget(m_removeButton);
    toolbar->addWidget(m_roleNote);
    toolbar->addStretch(1);
    toolbar->addWidget(m_rotateButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_outcome);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    // Delete in the list removes, as in a file manager; the confirmation keeps it from being an accident.
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_view);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &AccountsPage::removeSelected);

    connect(m_addButton, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_activeButton, &QPushButton::clicked, this, &AccountsPage::toggleSelectedActive);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsPage::removeSelected);
    connect(m_resetButton, &QPushButton::clicked, this, &AccountsPage::resetSelectedPassword);
    connect(m_rotateButton, &QPushButton::clicked, this, &AccountsPage::rotateDataKey);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_error->clearError();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::updateActions);
    connect(&m_context, &SessionContext::aboutToClose, this, &AccountsPage::clear);
    connect(&m_context, &SessionContext::sessionChanged, this, &AccountsPage::reload);
    connect(&m_context, &SessionContext::accountsChanged, this, &AccountsPage::reload);
    updateActions();
}

void AccountsPage::clear()
{
    m_model->clear();
    m_error->clearError();
    m_outcome->hide();
    m_outcome->clear();
}

void AccountsPage::reload()
{
    const AccountStatus* selected = selectedAccount();
    const QString selectedLogin = selected ? selected->account.login : QString();
    m_model->clear();
    m_error->clearError();
    Session* session = m_context.session();
    if (!session) {
        m_outcome->hide();
        updateActions();
        return;
    }
    auto accounts = AccountService(*session).accountsWithSlots();
    if (!accounts) {
        m_error->showError(accounts.error().message());
        updateActions();
        return;
    }
    m_model->setAccounts(*accounts);
    if (selectedLogin.isEmpty() || !selectAccount(selectedLogin))
        updateActions();
}

bool AccountsPage::selectAccount(const QString& login)
{
    const int row = m_model->rowOf(login);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                          | QItemSelectionModel::Rows);
    updateActions();
    return true;
}

const AccountStatus* AccountsPage::selectedAccount() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->accountAt(current.row()) : nullptr;
}

void AccountsPage::updateActions()
{
    Session* session = m_context.session();
    const bool mayManage = session && session->may(Permission::ManageAccounts);
    // Staff and the auditor are not offered what their role may not do.
    for (QPushButton* button : {m_addButton, m_activeButton, m_removeButton, m_resetButton, m_rotateButton})
        button->setVisible(mayManage);
    m_roleNote->setVisible(session && !mayManage);
    if (!mayManage)
        return;

    const AccountStatus* selected = selectedAccount();
    const auto state = selected ? AccountTableModel::stateOf(*selected) : AccountTableModel::State::Removed;
    const bool disabled = state == AccountTableModel::State::Disabled;
    m_activeButton->setText(disabled ? tr("E&nable") : tr("&Disable"));
    m_activeButton->setToolTip(disabled ? tr("Lets the account sign in again with its password")
                                        : tr("Keeps the account from signing in; its password is kept"));
    // A removed account has no key slot left to disable, enable or reset.
    const bool changeable = selected && state != AccountTableModel::State::Removed;
    m_activeButton->setEnabled(changeable);
    m_resetButton->setEnabled(changeable);
    m_removeButton->setEnabled(changeable);
}

bool AccountsPage::refuseOwnAccount(const AccountStatus& status, const QString& refusal)
{
    Session* session = m_context.session();
    if (!session || status.account.id != session->account().id)
        return false;
    m_error->showError(refusal);
    return true;
}

void AccountsPage::changed(const QString& login, const QString& message)
{
    m_outcome->setText(message);
    m_outcome->show();
    m_context.notifyAccountsChanged();
    selectAccount(login);
}

void AccountsPage::addAccount()
{
    Session* session = m_context.session();
    if (!session || !session->may(Permission::ManageAccounts))
        return;
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    m_addDialog = new AddAccountDialog(m_context, window());
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Non-modal: a modal dialog would block Ctrl+L (lock) in the main window.
    m_addDialog->show();
}

void AccountsPage::toggleSelectedActive()
{
    Session* session = m_context.session();
    const AccountStatus* selected = selectedAccount();
    if (!session || !session->may(Permission::ManageAccounts) || !selected)
        return;
    m_error->clearError();
    const Account account = selected->account;
    const bool enable = !account.active;
    if (refuseOwnAccount(*selected, enable ? tr("You cannot enable your own account.")
                                           : tr("You cannot disable your own account: another privacy officer "
                                                "must do this.")))
        return;
    if (const Status status = AccountService(*session).setActive(account.login, enable); !status) {
        m_error->showError(status.error().message());
        return;
    }
    changed(account.login, enable ? tr("%1 can sign in again.").arg(account.displayName)
                                   : tr("%1 can no longer sign in.").arg(account.displayName));
}

void AccountsPage::removeSelected()
{
    Session* session = m_context.session();
    const AccountStatus* selected = selectedAccount();
    if (!session || !session->may(Permission::ManageAccounts) || !selected
        || AccountTableModel::stateOf(*selected) == AccountTableModel::State::Removed)
        return;
    m_error->clearError();
    if (refuseOwnAccount(*selected, tr("You cannot remove your own account: another privacy officer must do this.")))
        return;
    const Account account = selected->account;
    const QString text =
        tr("Remove the account of %1 (%2)?\n\n"
           "The account's key slot is deleted, so it can never sign in again. The account stays in the list, "
           "marked as removed, because the audit log names it.\n\n"
           "Copies of the old key file (for example in backups) still hold the slot until the data key is "
           "rotated. Rotate the data key as well when this person must be locked out of such copies.")
            .arg(account.displayName, account.login);
    QPointer<AccountsPage> self(this);
    MessageBox::question(this, tr("Remove Account"), text, tr("&Remove Account"), [self, account](bool confirmed) {
        if (!confirmed || !self)
            return;
        Session* current = self->m_context.session();
        // The answer may come after a lock: only the officer who may still manage accounts goes on.
        if (!current || !current->may(Permission::ManageAccounts))
            return;
        if (const Status status = AccountService(*current).removeAccount(account.login); !status) {
            self->m_error->showError(status.error().message());
            return;
        }
        self->changed(account.login, tr("The account of %1 has been removed.").arg(account.displayName));
    });
}

ResetPasswordDialog* AccountsPage::resetSelectedPassword()
{
    Session* session = m_context.session();
    const AccountStatus* selected = selectedAccount();
    if (!session || !session->may(Permission::ManageAccounts) || !selected
        || AccountTableModel::stateOf(*selected) == AccountTableModel::State::Removed)
        return nullptr;
    m_error->clearError();
    if (refuseOwnAccount(*selected, tr("Change your own password under Account ▸ Change Password.")))
        return nullptr;
    if (m_resetDialog)
        m_resetDialog->close();
    m_resetDialog = new ResetPasswordDialog(m_context, selected->account.login, selected->account.displayName, window());
    m_resetDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString login = selected->account.login;
    const QString name = selected->account.displayName;
    // The dialog has already told the other views (accountsChanged); only the outcome is left to show.
    connect(m_resetDialog, &QDialog::accepted, this, [this, login, name] {
        m_outcome->setText(tr("%1 has a new one-time password and must choose their own at the next sign-in.")
                               .arg(name));
        m_outcome->show();
        selectAccount(login);
    });
    // Non-modal, like the other dialogs: Ctrl+L must still lock.
    m_resetDialog->show();
    return m_resetDialog;
}

KeyRotationDialog* AccountsPage::rotateDataKey()
{
    Session* session = m_context.session();
    if (!session || !session->may(Permission::ManageAccounts))
        return nullptr;
    if (!m_rotationDialog) {
        m_rotationDialog = new KeyRotationDialog(m_context, window());
        m_rotationDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_rotationDialog, &KeyRotationDialog::rotated, this, [this] {
            m_outcome->setText(tr("The data key has been rotated. Make a new backup now."));
            m_outcome->show();
        });
    }
    // Non-modal like the other dialogs until it runs; the rotation itself shows an application-modal progress.
    m_rotationDialog->show();
    m_rotationDialog->raise();
    m_rotationDialog->activateWindow();
    return m_rotationDialog;
}

} // namespace pd::ui
