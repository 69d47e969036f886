// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/organization/ComplaintSettingsForm.h"

#include "core/complaints/ComplaintAttachments.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace pd::ui {

ComplaintSettingsForm::ComplaintSettingsForm(QWidget* parent)
    : QWidget(parent)
    , m_attachmentLimit(new QSpinBox(this))
{
    m_attachmentLimit->setObjectName(QStringLiteral("attachmentLimitSpinBox"));
    // The range is the core's rule, so the spin box can never offer a value that saving refuses.
    m_attachmentLimit->setRange(1, ComplaintAttachments::kMaxLimitMb);
    m_attachmentLimit->setValue(ComplaintAttachments::kDefaultLimitMb);
    m_attachmentLimit->setSuffix(tr(" MB"));
    m_attachmentLimit->setAccelerated(true);

    auto* help = new QLabel(tr("Scans, FAXes and email attachments kept with a complaint may be at most this large, "
                               "each. Larger files are refused with a message; nothing is cut off. Default: %1 MB.")
                                .arg(ComplaintAttachments::kDefaultLimitMb),
        this);
    help->setWordWrap(true);
    help->setObjectName(QStringLiteral("attachmentLimitHelp"));

    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->addRow(tr("Size limit per &file:"), m_attachmentLimit);
    layout->addRow(help);

    connect(m_attachmentLimit, &QSpinBox::valueChanged, this, &ComplaintSettingsForm::changed);
}

void ComplaintSettingsForm::setOrganization(const Organization& organization)
{
    // A stored value outside the range (older build, edited by hand) shows as what applies.
    const bool valid = bool(ComplaintAttachments::validateLimitMb(organization.attachmentLimitMb));
    m_attachmentLimit->setValue(valid ? organization.attachmentLimitMb : ComplaintAttachments::kDefaultLimitMb);
}

void ComplaintSettingsForm::applyTo(Organization& organization) const
{
    organization.attachmentLimitMb = m_attachmentLimit->value();
}

void ComplaintSettingsForm::setReadOnly(bool readOnly)
{
    m_attachmentLimit->setReadOnly(readOnly);
    m_attachmentLimit->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
}

} // namespace pd::ui
