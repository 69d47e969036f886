// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;

namespace pd::ui {

class CreationWizard;
class RecoveryKeyPanel;

/// Wizard page 3: the recovery key, shown this once. Finish stays disabled until the
/// officer confirms that the key is stored safely.
class RecoveryKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(CreationWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;

private:
    CreationWizard* m_wizard = nullptr;
    RecoveryKeyPanel* m_panel = nullptr;
    QCheckBox* m_stored = nullptr;
};

} // namespace pd::ui
