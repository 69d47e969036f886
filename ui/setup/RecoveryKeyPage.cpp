// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/RecoveryKeyPage.h"

#include "ui/setup/CreationWizard.h"
#include "ui/setup/RecoveryKeyPanel.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

RecoveryKeyPage::RecoveryKeyPage(CreationWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_panel(new RecoveryKeyPanel(this))
    , m_stored(new QCheckBox(tr("I have &stored the recovery key in a safe place"), this))
{
    setObjectName(QStringLiteral("recoveryKeyPage"));
    setTitle(tr("Recovery Key"));
    setSubTitle(tr("The database is ready. If every password is lost, this key is the only way to open it. It is "
                   "shown only now."));
    m_stored->setObjectName(QStringLiteral("storedCheckBox"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    layout->addWidget(m_stored);

    registerField(QStringLiteral("recoveryKeyStored*"), m_stored);
}

void RecoveryKeyPage::initializePage()
{
    m_panel->setSheet({m_wizard->organization().name, QDir::toNativeSeparators(m_wizard->location()),
                       m_wizard->recoveryKey(), QDate::currentDate()});
    m_stored->setChecked(false);
    m_panel->printButton()->setFocus();
}

void RecoveryKeyPage::cleanupPage()
{
    m_panel->clear();
}

} // namespace pd::ui
