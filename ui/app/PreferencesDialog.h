// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace pd::ui {

/// Settings ▸ Preferences: settings of this computer (not of the database).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    QSpinBox* m_idleMinutes = nullptr;
    QCheckBox* m_lockOnScreenLock = nullptr;
};

} // namespace pd::ui
