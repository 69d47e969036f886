// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Organization.h"

#include <QWidget>

class QSpinBox;

namespace pd::ui {

/// The organization's settings for the complaints desk: for now the size limit of the files
/// kept with a complaint (scans, FAXes, email attachments). Part of the Organization dialog.
class ComplaintSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintSettingsForm(QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    /// Writes this form's settings into `organization`, leaving the rest as it is.
    void applyTo(Organization& organization) const;
    void setReadOnly(bool readOnly);

    QSpinBox* attachmentLimitSpinBox() const { return m_attachmentLimit; }

signals:
    void changed();

private:
    QSpinBox* m_attachmentLimit = nullptr;
};

} // namespace pd::ui
