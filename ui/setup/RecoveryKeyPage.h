// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pd::ui {

class CreationWizard;

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
    void printKey();
    void copyKey();

    CreationWizard* m_wizard = nullptr;
    QLabel* m_key = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
    QCheckBox* m_stored = nullptr;
};

} // namespace pd::ui
