// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/organization/OrganizationDialog.h"

#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/letters/LetterSettingsForm.h"
#include "ui/organization/AuditPolicyForm.h"
#include "ui/organization/ComplaintSettingsForm.h"
#include "ui/organization/OrganizationForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr int kLettersTab = 1;
constexpr int kAuditTab = 3;
} // namespace

OrganizationDialog::OrganizationDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_form(new OrganizationForm(this))
    , m_letters(new LetterSettingsForm(this))
    , m_complaints(new ComplaintSettingsForm(this))
    , m_audit(new AuditPolicyForm(this))
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

    m_tabs->setObjectName(QStringLiteral("organizationTabs"));
    auto* details = new QWidget(m_tabs);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_form);
    detailsLayout->addStretch(1);
    auto* letters = new QWidget(m_tabs);
    auto* lettersLayout = new QVBoxLayout(letters);
    lettersLayout->addWidget(m_letters);
    lettersLayout->addStretch(1);
    auto* complaints = new QWidget(m_tabs);
    auto* complaintsLayout = new QVBoxLayout(complaints);
    complaintsLayout->addWidget(m_complaints);
    complaintsLayout->addStretch(1);
    auto* audit = new QWidget(m_tabs);
    auto* auditLayout = new QVBoxLayout(audit);
    auditLayout->addWidget(m_audit);
    auditLayout->addStretch(1);
    m_tabs->addTab(details, tr("Societ&y"));
    m_tabs->addTab(letters, tr("&Letters"));
    m_tabs->addTab(complaints, tr("Complain&ts"));
    m_tabs->addTab(audit, tr("A&udit Review"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_tabs);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganizationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganizationDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &OrganizationDialog::reload);
    connect(m_form, &OrganizationForm::changed, this, [this] {
        m_letters->setShortName(m_form->organization().shortName); // the number example uses it
        updateSaveButton();
    });
    connect(m_letters, &LetterSettingsForm::changed, this, &OrganizationDialog::updateSaveButton);
    connect(m_complaints, &ComplaintSettingsForm::changed, this, &OrganizationDialog::updateSaveButton);
    connect(m_audit, &AuditPolicyForm::changed, this, &OrganizationDialog::updateSaveButton);
    // After a lock someone else may sign in: keep the input, adapt what they may do.
    connect(&m_context, &SessionContext::sessionChanged, this, &OrganizationDialog::updatePermissions);

    reload();
    resize(qMax(sizeHint().width(), 620), sizeHint().height());
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
    m_letters->setOrganization(*organization);
    m_complaints->setOrganization(*organization);
    m_audit->setOrganization(*organization);
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
    m_letters->setReadOnly(!mayEdit);
    m_complaints->setReadOnly(!mayEdit);
    m_audit->setReadOnly(!mayEdit);
    m_readOnlyNote->setVisible(!mayEdit);
    updateSaveButton();
}

void OrganizationDialog::updateSaveButton()
{
    Session* session = m_context.session();
    m_save->setEnabled(session && session->may(Permission::EditOrganization) && m_form->isComplete()
                       && m_letters->isValid() && m_audit->isValid());
    const QString problem = !m_letters->isValid() ? m_letters->problem() : m_audit->problem();
    m_save->setToolTip(problem);
    // Seen from the other tabs too: a tab turns red while it holds the reason.
    const auto markTab = [this](int tab, const QString& reason) {
        m_tabs->tabBar()->setTabTextColor(tab, reason.isEmpty() ? QColor() : QColor(0xb0, 0x00, 0x20));
        m_tabs->setTabToolTip(tab, reason);
    };
    markTab(kLettersTab, m_letters->problem());
    markTab(kAuditTab, m_audit->problem());
}

void OrganizationDialog::accept()
{
    Session* session = m_context.session();
    if (!session)
        return;
    m_error->clearError();
    if (!m_form->isComplete()) {
        m_error->showError(tr("The name of the society is required."));
        m_tabs->setCurrentIndex(0);
        m_form->nameEdit()->setFocus();
        return;
    }
    if (!m_letters->isValid()) {
        m_error->showError(m_letters->problem());
        m_tabs->setCurrentIndex(kLettersTab);
        return;
    }
    if (!m_audit->isValid()) {
        m_error->showError(m_audit->problem());
        m_tabs->setCurrentIndex(kAuditTab);
        return;
    }
    Organization organization = m_form->organization();
    m_letters->applyTo(organization);
    m_complaints->applyTo(organization);
    m_audit->applyTo(organization);
    auto saved = OrganizationService(*session).saveOrganization(organization);
    if (!saved) {
        m_error->showError(saved.error().message());
        m_reload->setVisible(saved.error().kind == ErrorKind::Conflict);
        return;
    }
    m_context.notifyOrganizationChanged();
    QDialog::accept();
}

} // namespace pd::ui
