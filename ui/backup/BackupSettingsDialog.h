// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class ErrorLabel;
class SessionContext;

/// Backup ▸ Backup Settings: where the open database's backups go (another disk, an encrypted
/// USB stick), how many are kept, and whether one is written on exit and daily. Stored on this
/// computer for this database; the backups themselves are as encrypted as the database.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupSettingsDialog(SessionContext& context, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    void load();
    void updateLastBackup();

    SessionContext& m_context;
    QString m_location;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QSpinBox* m_generations = nullptr;
    QCheckBox* m_onExit = nullptr;
    QCheckBox* m_daily = nullptr;
    QLabel* m_lastBackup = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace pd::ui
