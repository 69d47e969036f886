// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/organization/OrganizationDialog.h"

#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/organization/OrganizationForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

OrganizationDialog::OrganizationDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_form(new OrganizationForm(this))
    , m_readOnlyNote(new QLabel(tr("Only the privacy officer can change these details."), this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("organizationDialog"));
    setWindowTitle(tr("Organization"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();

    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_reload = m_buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Discard your changes and show the details as saved"));
    m_reload->hide();

    auto* intro = new QLabel(tr("The society's details as they appear on letters and in the complaint desk of the "
                                "public notice."),
                             this);
    intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganizationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganizationDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &OrganizationDialog::reload);
    connect(m_form, &OrganizationForm::changed, this, [this] {
        m_save->setEnabled(m_form->isComplete() && m_context.session()
                           && m_context.session()->may(Permission::EditOrganization));
    });
    // After a lock someone else may sign in: keep the input, adapt what they may do.
    connect(&m_context, &SessionContext::sessionChanged, this, &OrganizationDialog::updatePermissions);

    reload();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void OrganizationDialog::reload()
{
    m_error->clearError();
    m_reload->hide();
    Session* session = m_context.session();
    if (!session)
        return;
    auto organization = OrganizationService(*session).organization();
    if (!organization) {
        m_error->showError(organization.error().message());
        return;
    }
    m_form->setOrganization(*organization);
    updatePermissions();
    m_form->nameEdit()->setFocus();
}

void OrganizationDialog::updatePermissions()
{
    Session* session = m_context.session();
    if (!session)
        return;
    const bool mayEdit = session->may(Permission::EditOrganization);
    m_form->setReadOnly(!mayEdit);
    m_readOnlyNote->setVisible(!mayEdit);
    m_save->setEnabled(mayEdit && m_form->isComplete());
}

void OrganizationDialog::accept()
{
    Session* session = m_context.session();
    if (!session)
        return;
    m_error->clearError();
    if (!m_form->isComplete()) {
        m_error->showError(tr("The name of the society is required."));
        m_form->nameEdit()->setFocus();
        return;
    }
    auto saved = OrganizationService(*session).saveOrganization(m_form->organization());
    if (!saved) {
        m_error->showError(saved.error().message());
        m_reload->setVisible(saved.error().kind == ErrorKind::Conflict);
        return;
    }
    m_context.notifyOrganizationChanged();
    QDialog::accept();
}

} // namespace pd::ui
