// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace pd::ui {

class ErrorLabel;
class PasswordLineEdit;
class SessionContext;

/// Backup ▸ Restore: the backups of the open database in a folder, newest first; a backup is
/// verified (every page, the whole audit chain) with the password its officer had when it was
/// made, shows what it holds, and only then can be restored. Restore is never the default
/// button and asks first.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    using RestoreHandler = std::function<void(const QString& backupFolder, const QString& login,
                                              const QByteArray& password)>;

    RestoreDialog(SessionContext& context, const QString& backupDirectory, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    void setRestoreHandler(RestoreHandler handler) { m_restoreHandler = std::move(handler); }
    void setBackupDirectory(const QString& directory);
    QString backupDirectory() const { return m_directory; }
    /// The backup folder selected in the list, or empty.
    QString selectedBackup() const;
    QTreeWidget* backupList() const { return m_list; }

public slots:
    void verifySelected();
    /// Asks, then hands the verified backup to the restore handler.
    void restoreSelected();

signals:
    /// After each verification: `succeeded` tells whether the backup opened and is whole.
    void verified(bool succeeded);

private:
    void reloadList();
    void selectionChanged();
    void setBusy(bool busy);
    void clearDetails();

    SessionContext& m_context;
    QString m_location;
    QString m_directory;
    QString m_verifiedBackup;
    RestoreHandler m_restoreHandler;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_login = nullptr;
    PasswordLineEdit* m_password = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_restore = nullptr;
    /// What the verified backup holds, "–" until it has been verified.
    struct Details
    {
        QLabel* written = nullptr;
        QLabel* size = nullptr;
        QLabel* complaints = nullptr;
        QLabel* letters = nullptr;
        QLabel* accounts = nullptr;
        QLabel* auditEntries = nullptr;
        QLabel* chainHead = nullptr;
    } m_details;
    QLabel* m_status = nullptr;
    ErrorLabel* m_error = nullptr;
    bool m_busy = false;
};

} // namespace pd::ui
