// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/AuditLog.h"
#include "core/storage/UnitStatistics.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pd {

class Session;

/// One backup as the restore dialog and `privacydesk-admin verify-backup` show it.
struct BackupInfo
{
    QString folder;
    QDateTime writtenUtc;
    qint64 bytes = 0;
    storage::ChainHead head;
    storage::UnitStatistics statistics;
};

/// Backups and restore (SECURITY.md; the seed's 技術的安全管理措置). A backup is a complete
/// database unit of its own (database written by sqlcipher_export under the same key, plus the
/// key slots), so it is exactly as encrypted as the original and opens with the same passwords.
/// It is written under a temporary name and renamed when complete: a backup folder that exists
/// is whole. The officer alone makes and restores backups (Permission::ManageBackups).
class BackupService
{
public:
    static constexpr int kDefaultGenerations = 14;

    explicit BackupService(Session& session);

    /// Writes a backup into `directory` (created 0700 if missing), records it in the audit log,
    /// and removes this unit's backups there beyond the newest `keepGenerations`.
    Result<BackupInfo> backupTo(const QString& directory, int keepGenerations = kDefaultGenerations);

    /// This unit's backups in `directory`, newest first. `unitName` is the unit's folder name
    /// without ".pdesk".
    static QStringList backupsIn(const QString& directory, const QString& unitName);

    /// Opens a backup with an account of it, checks every page and the whole audit chain, and reads
    /// its counts. Adds no record to it.
    static Result<BackupInfo> verify(const QString& backupFolder, const QString& login, const QByteArray& password);

    /// Puts a verified backup in place of the unit at `location`, which must not be open. The
    /// current unit is kept aside (renamed, never deleted) and its new name returned. `login`
    /// must be an officer in the backup; the restore is audited in the restored unit.
    static Result<QString> restore(const QString& backupFolder, const QString& location, const QString& login,
                                   const QByteArray& password);

private:
    Session& m_session;
};

} // namespace pd
