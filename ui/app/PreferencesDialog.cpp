// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/PreferencesDialog.h"

#include "ui/common/UiSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_idleMinutes(new QSpinBox(this))
    , m_lockOnScreenLock(new QCheckBox(tr("Lock when the &screen locks"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpinBox"));
    m_idleMinutes->setRange(UiSettings::kMinIdleLockMinutes, UiSettings::kMaxIdleLockMinutes);
    m_idleMinutes->setValue(UiSettings::instance().idleLockMinutes());
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setAccelerated(true);
    m_lockOnScreenLock->setObjectName(QStringLiteral("lockOnScreenLockCheckBox"));
    m_lockOnScreenLock->setChecked(UiSettings::instance().lockOnScreenLock());

    auto* securityBox = new QGroupBox(tr("Security"), this);
    auto* form = new QFormLayout(securityBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Lock after inactivity of:"), m_idleMinutes);
    form->addRow(m_lockOnScreenLock);
    auto* hint = new QLabel(tr("PrivacyDesk locks itself when nobody has used the keyboard or mouse for this long. "
                               "Press Ctrl+L to lock at once when you leave your desk."),
                            securityBox);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(securityBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    resize(qMax(sizeHint().width(), 440), sizeHint().height());
}

void PreferencesDialog::accept()
{
    UiSettings::instance().setIdleLockMinutes(m_idleMinutes->value());
    UiSettings::instance().setLockOnScreenLock(m_lockOnScreenLock->isChecked());
    QDialog::accept();
}

} // namespace pd::ui
