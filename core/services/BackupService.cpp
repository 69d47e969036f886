// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/BackupService.h"

#include "core/services/Session.h"
#include "core/storage/FileSystem.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace pd {

namespace {

QString unitNameOf(const QString& location)
{
    QString name = QFileInfo(storage::VaultPaths::resolve(location).folder).fileName();
    if (name.endsWith(QLatin1String(storage::Vault::kFolderSuffix)))
        name.chop(int(qstrlen(storage::Vault::kFolderSuffix)));
    return name;
}

QRegularExpression backupNamePattern(const QString& unitName)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6})(-\\d+)?\\.pdesk$")
                                  .arg(QRegularExpression::escape(unitName)));
}

qint64 folderBytes(const QString& folder)
{
    qint64 bytes = 0;
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        bytes += file.size();
    return bytes;
}

/// The files of a unit that make it whole once closed (the WAL is checkpointed on close).
QStringList unitFiles(const storage::VaultPaths& paths)
{
    return {paths.database(), paths.keySlots(), paths.keySlotsBackup()};
}

} // namespace

BackupService::BackupService(Session& session)
    : m_session(session)
{
}

Result<BackupInfo> BackupService::backupTo(const QString& directory, int keepGenerations)
{
    if (auto allowed = m_session.require(Permission::ManageBackups, QStringLiteral("backup")); !allowed)
        return std::unexpected(allowed.error());
    if (directory.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QStringLiteral("backup folder"));
    if (auto status = storage::makePrivateDirectory(directory); !status)
        return std::unexpected(status.error());

    storage::Vault& vault = m_session.vault();
    const QString unitName = unitNameOf(vault.paths().folder);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString finalName = QStringLiteral("%1-%2.pdesk").arg(unitName, stamp);
    for (int n = 2; QFileInfo::exists(QDir(directory).filePath(finalName)); ++n)
        finalName = QStringLiteral("%1-%2-%3.pdesk").arg(unitName, stamp).arg(n);
    const QString finalFolder = QDir(directory).filePath(finalName);
    const QString staging =
        QDir(directory).filePath(QStringLiteral(".partial-%1.pdesk").arg(QUuid::createUuid().toString(QUuid::Id128)));

    auto statistics = storage::UnitStatistics::read(vault.database());
    if (!statistics)
        return std::unexpected(statistics.error());
    auto head = vault.writeBackup(staging);
    if (!head) {
        QDir(staging).removeRecursively();
        return std::unexpected(head.error());
    }
    if (!QDir().rename(staging, finalFolder)) {
        QDir(staging).removeRecursively();
        return fail(ErrorKind::Io, finalName);
    }
    if (auto status = vault.store().audit(m_session.actor(), QStringLiteral("backup"), QStringLiteral("database"), 0,
                                          QStringLiteral("to=%1; seq=%2").arg(finalName).arg(head->seq));
        !status)
        return std::unexpected(status.error());

    // Older generations go only after the new one is complete.
    const QStringList backups = backupsIn(directory, unitName);
    for (qsizetype i = qMax(1, keepGenerations); i < backups.size(); ++i)
        QDir(backups.at(i)).removeRecursively();

    BackupInfo info;
    info.folder = finalFolder;
    info.writtenUtc = QDateTime::currentDateTimeUtc();
    info.bytes = folderBytes(finalFolder);
    info.head = *head;
    info.statistics = *statistics;
    return info;
}

QStringList BackupService::backupsIn(const QString& directory, const QString& unitName)
{
    const QRegularExpression pattern = backupNamePattern(unitName);
    QStringList names;
    for (const QString& name : QDir(directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (pattern.match(name).hasMatch())
            names.append(name);
    // The timestamp in the name sorts as text; a same-second suffix sorts after its base.
    std::sort(names.begin(), names.end(), [&](const QString& a, const QString& b) {
        const auto ma = pattern.match(a);
        const auto mb = pattern.match(b);
        if (ma.captured(1) != mb.captured(1))
            return ma.captured(1) > mb.captured(1);
        return ma.captured(2).mid(1).toInt() > mb.captured(2).mid(1).toInt();
    });
    QStringList folders;
    for (const QString& name : std::as_const(names))
        folders.append(QDir(directory).filePath(name));
    return folders;
}

Result<BackupInfo> BackupService::verify(const QString& backupFolder, const QString& login, const QByteArray& password)
{
    auto vault = storage::Vault::unlock(backupFolder, login, password);
    if (!vault)
        return std::unexpected(vault.error());
    if (const storage::ChainAnchorCheck& anchor = (*vault)->chainAnchorCheck(); anchor.isWarning())
        return fail(ErrorKind::RolledBack, anchor.describe());
    if (auto status = (*vault)->checkIntegrity(); !status)
        return std::unexpected(status.error());
    auto head = (*vault)->store().verifyChain();
    if (!head)
        return std::unexpected(head.error());
    auto statistics = storage::UnitStatistics::read((*vault)->database());
    if (!statistics)
        return std::unexpected(statistics.error());
    const storage::VaultPaths paths = (*vault)->paths();
    vault->reset();

    BackupInfo info;
    info.folder = paths.folder;
    info.writtenUtc = QFileInfo(paths.database()).lastModified().toUTC();
    info.bytes = folderBytes(paths.folder);
    info.head = *head;
    info.statistics = *statistics;
    return info;
}

Result<QString> BackupService::restore(const QString& backupFolder, const QString& location, const QString& login,
                                       const QByteArray& password)
{
    auto verified = verify(backupFolder, login, password);
    if (!verified)
        return std::unexpected(verified.error());
    {
        // Only the backup's officer may put it in place; the current unit may be the broken one.
        auto vault = storage::Vault::unlock(backupFolder, login, password);
        if (!vault)
            return std::unexpected(vault.error());
        auto account = storage::AccountTable::findByLogin((*vault)->database(), login);
        if (!account)
            return std::unexpected(account.error());
        if (!account->has_value() || (*account)->role != Role::Officer || !(*account)->active)
            return fail(ErrorKind::PermissionDenied, QStringLiteral("restore"));
    }

    const storage::VaultPaths target = storage::VaultPaths::resolve(location);
    const storage::VaultPaths source = storage::VaultPaths::resolve(backupFolder);
    const QString parent = QFileInfo(target.folder).absolutePath();
    const QString staging =
        QDir(parent).filePath(QStringLiteral(".restoring-%1.pdesk").arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (auto status = storage::makePrivateDirectory(staging); !status)
        return std::unexpected(status.error());
    const QStringList from = unitFiles(source);
    const QStringList to = unitFiles(storage::VaultPaths::resolve(staging));
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (auto status = storage::copyFileDurably(from.at(i), to.at(i)); !status) {
            QDir(staging).removeRecursively();
            return std::unexpected(status.error());
        }
    }

    QString aside;
    if (QFileInfo::exists(target.folder)) {
        aside = target.folder + QStringLiteral(".before-restore-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QDir().rename(target.folder, aside)) {
            QDir(staging).removeRecursively();
            return fail(ErrorKind::Io, QFileInfo(target.folder).fileName());
        }
    }
    if (!QDir().rename(staging, target.folder)) {
        if (!aside.isEmpty())
            QDir().rename(aside, target.folder);
        QDir(staging).removeRecursively();
        return fail(ErrorKind::Io, QFileInfo(target.folder).fileName());
    }

    auto session = Session::unlock(target.folder, login, password);
    if (!session)
        return std::unexpected(session.error());
    if (auto status = (*session)->vault().store().audit(
            (*session)->actor(), QStringLiteral("restore"), QStringLiteral("database"), 0,
            QStringLiteral("severity=high; from=%1; seq=%2; previous kept as %3")
                .arg(QFileInfo(backupFolder).fileName())
                .arg(verified->head.seq)
                .arg(aside.isEmpty() ? QStringLiteral("-") : QFileInfo(aside).fileName()));
        !status)
        return std::unexpected(status.error());
    return aside;
}

} // namespace pd
