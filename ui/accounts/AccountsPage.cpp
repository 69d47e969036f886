// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountsPage.h"

#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AddAccountDialog.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PaddedItemDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

AccountsPage::AccountsPage(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_addButton(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Account…"), this))
    , m_roleNote(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_view(new QTableView(this))
    , m_model(new AccountTableModel(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_view->setObjectName(QStringLiteral("accountTable"));

    auto* title = new QLabel(tr("Accounts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Everyone who works with the database signs in with an account of their own, so "
                                "that the audit log shows who did what."),
                             this);
    intro->setWordWrap(true);
    m_roleNote->setText(tr("Only the privacy officer can add accounts."));
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);

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
    toolbar->addWidget(m_roleNote);
    toolbar->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_addButton, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(&m_context, &SessionContext::aboutToClose, this, &AccountsPage::clear);
    connect(&m_context, &SessionContext::sessionChanged, this, &AccountsPage::reload);
    connect(&m_context, &SessionContext::accountsChanged, this, &AccountsPage::reload);
}

void AccountsPage::clear()
{
    m_model->clear();
    m_error->clearError();
}

void AccountsPage::reload()
{
    clear();
    Session* session = m_context.session();
    const bool mayManage = session && session->may(Permission::ManageAccounts);
    m_addButton->setVisible(mayManage);
    m_roleNote->setVisible(session && !mayManage);
    if (!session)
        return;
    auto accounts = AccountService(*session).accounts();
    if (!accounts) {
        m_error->showError(accounts.error().message());
        return;
    }
    m_model->setAccounts(*accounts);
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

} // namespace pd::ui
