// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/OrganizationPage.h"

#include "ui/organization/OrganizationForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pd::ui {

OrganizationPage::OrganizationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_form(new OrganizationForm(this))
{
    setObjectName(QStringLiteral("organizationPage"));
    setTitle(tr("Your Organization"));
    setSubTitle(tr("These details appear on letters and in the complaint desk of the public notice. "
                   "You can change them later under Settings."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    connect(m_form, &OrganizationForm::changed, this, &QWizardPage::completeChanged);
    setFocusProxy(m_form->nameEdit());
}

Organization OrganizationPage::organization() const
{
    return m_form->organization();
}

bool OrganizationPage::isComplete() const
{
    return m_form->isComplete();
}

} // namespace pd::ui
