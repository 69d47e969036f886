// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Organization.h"

#include <QWizardPage>

namespace pd::ui {

class OrganizationForm;

/// Wizard page 1: the society as it appears on the public notice and on letters.
class OrganizationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrganizationPage(QWidget* parent = nullptr);

    Organization organization() const;
    bool isComplete() const override;

private:
    OrganizationForm* m_form = nullptr;
};

} // namespace pd::ui
