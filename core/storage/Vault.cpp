// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Vault.h"

#include "core/crypto/RecoveryKey.h"
#include "core/storage/AuditLog.h"
#include "core/storage/FileSystem.h"
#include "core/storage/Migrations.h"
#include "core/storage/Store.h"
#include "core/storage/WipingAllocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace pd::storage {

namespace {
struct VaultText
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

constexpr auto kDatabaseFile = "privacydesk.db";
constexpr auto kSlotFile = "keyslots";
constexpr auto kSlotBackupFile = "keyslots.bak";
constexpr auto kWriterLockFile = "writer.lock";

QByteArray fileHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(16);
}

bool looksLikePlainSqlite(const QString& path)
{
    return fileHeader(path) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

VaultPaths VaultPaths::resolve(const QString& location)
{
    QFileInfo info(location);
    // Accept the database file itself as well as its folder.
    if (info.isFile() && info.fileName() == QLatin1String(kDatabaseFile))
        return {info.absolutePath()};
    return {info.absoluteFilePath()};
}

QString VaultPaths::database() const
{
    return folder + QLatin1Char('/') + QLatin1String(kDatabaseFile);
}

QString VaultPaths::keySlots() const
{
    return folder + QLatin1Char('/') + QLatin1String(kSlotFile);
}

QString VaultPaths::keySlotsBackup() const
{
    return folder + QLatin1Char('/') + QLatin1String(kSlotBackupFile);
}

QString VaultPaths::writerLock() const
{
    return folder + QLatin1Char('/') + QLatin1String(kWriterLockFile);
}

Vault::~Vault()
{
    m_store.reset();
    m_db.close();
    m_dataKey.clear();
}

QString Vault::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/office")
        + QLatin1String(kFolderSuffix);
}

bool Vault::exists(const QString& location)
{
    const VaultPaths paths = VaultPaths::resolve(location);
    return QFileInfo(paths.folder).isDir()
        && (QFile::exists(paths.database()) || QFile::exists(paths.keySlots()) || QFile::exists(paths.keySlotsBackup()));
}

Result<KeySlotFile> Vault::readKeySlots(const QString& location)
{
    const VaultPaths paths = VaultPaths::resolve(location);
    if (!QFileInfo(paths.folder).isDir() || !QFile::exists(paths.database())) {
        if (QFile::exists(paths.keySlots()))
            return fail(ErrorKind::NotFound, QStringLiteral("database file"));
        return fail(ErrorKind::NotADatabase);
    }
    return KeySlotFile::load(paths.keySlots(), paths.keySlotsBackup());
}

Result<Vault::Created> Vault::create(const QString& location, const QString& officerLogin,
                                     const QByteArray& password, const crypto::KdfParams& kdf)
{
    installWipingAllocator();
    const VaultPaths paths = VaultPaths::resolve(location);
    QDir folder(paths.folder);
    if (folder.exists() && !folder.isEmpty())
        return fail(ErrorKind::AlreadyExists, QDir::toNativeSeparators(paths.folder));
    const bool folderExisted = folder.exists();
    if (auto status = makePrivateDirectory(paths.folder); !status)
        return std::unexpected(status.error());
    auto cleanUp = [&] {
        for (const QString& file : {paths.database(), paths.database() + QStringLiteral("-wal"),
                                    paths.database() + QStringLiteral("-shm"),
                                    paths.database() + QStringLiteral("-journal"), paths.keySlots(),
                                    paths.keySlotsBackup()})
            QFile::remove(file);
        if (!folderExisted)
            QDir().rmdir(paths.folder);
    };

    SecureBytes dataKey = SecureBytes::random(crypto::kDataKeySize);
    KeySlotFile slotList;
    slotList.databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto passwordSlot = KeySlotFile::makePasswordSlot(slotList.databaseId, officerLogin, password, dataKey, kdf);
    if (!passwordSlot) {
        cleanUp();
        return std::unexpected(passwordSlot.error());
    }
    slotList.slotList.append(*passwordSlot);
    const SecureBytes recoverySecret = crypto::RecoveryKey::generateSecret();
    slotList.slotList.append(KeySlotFile::makeRecoverySlot(slotList.databaseId, recoverySecret, dataKey));

    auto vault = openUnlocked(paths, slotList, std::move(dataKey), true);
    if (!vault) {
        cleanUp();
        return std::unexpected(vault.error());
    }
    // Page 1 (which starts with the salt) may still be in the WAL only.
    if (auto status = (*vault)->m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !status) {
        vault->reset();
        cleanUp();
        return std::unexpected(status.error());
    }
    (*vault)->m_slots.cipherLibraryVersion = (*vault)->m_db.cipherVersion();
    (*vault)->m_slots.databaseSalt = fileHeader(paths.database());
    if (auto status = (*vault)->m_slots.save(paths.keySlots(), paths.keySlotsBackup()); !status) {
        vault->reset();
        cleanUp();
        return std::unexpected(status.error());
    }
    restrictToOwner(paths.database());
    return Created{std::move(*vault), crypto::RecoveryKey::format(recoverySecret)};
}

void Vault::discardNew(std::unique_ptr<Vault> vault)
{
    const VaultPaths paths = vault->m_paths;
    vault.reset();
    for (const QString& file : {paths.database(), paths.database() + QStringLiteral("-wal"),
                                paths.database() + QStringLiteral("-shm"), paths.database() + QStringLiteral("-journal"),
                                paths.keySlots(), paths.keySlotsBackup(), paths.writerLock()})
        QFile::remove(file);
    QDir().rmdir(paths.folder);
}

Result<std::unique_ptr<Vault>> Vault::unlock(const QString& location, const QString& login,
                                             const QByteArray& password)
{
    auto slotList = readKeySlots(location);
    if (!slotList)
        return std::unexpected(slotList.error());
    const KeySlot* slot = slotList->findPasswordSlot(login);
    if (!slot)
        return fail(ErrorKind::UnknownAccount);
    auto dataKey = slotList->unwrapWithPassword(*slot, password);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    return openUnlocked(VaultPaths::resolve(location), std::move(*slotList), std::move(*dataKey), false);
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString& location, const QString& recoveryKey)
{
    auto slotList = readKeySlots(location);
    if (!slotList)
        return std::unexpected(slotList.error());
    auto secret = crypto::RecoveryKey::parse(recoveryKey);
    if (!secret)
        return fail(ErrorKind::WrongRecoveryKey, secret.error().detail);
    auto dataKey = slotList->unwrapWithRecovery(*secret);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    auto vault = openUnlocked(VaultPaths::resolve(location), std::move(*slotList), std::move(*dataKey), false);
    if (vault)
        (*vault)->m_recovery = true;
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::openUnlocked(const VaultPaths& paths, KeySlotFile slotList, SecureBytes dataKey,
                                                   bool create)
{
    installWipingAllocator();
    if (!create && (QFileInfo(paths.database()).size() == 0 || looksLikePlainSqlite(paths.database())))
        return fail(ErrorKind::NotADatabase);

    std::unique_ptr<Vault> vault(new Vault);
    vault->m_paths = paths;
    vault->m_slots = std::move(slotList);
    vault->m_dataKey = std::move(dataKey);

    JournalMode journal = JournalMode::Wal;
    if (isNetworkFileSystem(paths.folder)) {
        // WAL needs shared memory, which network shares do not provide: one writer at a time.
        journal = JournalMode::RollbackExclusive;
        vault->m_exclusive = std::make_unique<QLockFile>(paths.writerLock());
        vault->m_exclusive->setStaleLockTime(0);
        if (!vault->m_exclusive->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            vault->m_exclusive->getLockInfo(&pid, &host, &application);
            return fail(ErrorKind::LockedByOtherProcess,
                        VaultText::tr("open on computer %1, process %2").arg(host).arg(pid));
        }
    }

    if (auto status = vault->m_db.open(paths.database(), vault->m_dataKey, create, journal, vault->m_slots.cipher);
        !status) {
        Error error = status.error();
        // The key came out of an authenticated slot, so a refusal means damage, not a wrong password,
        // unless the file is not the one these slots were made for.
        if (error.kind == ErrorKind::NotADatabase && !create) {
            const QByteArray& salt = vault->m_slots.databaseSalt;
            if (salt.isEmpty() || fileHeader(paths.database()) == salt)
                error.kind = ErrorKind::Corrupt;
        }
        return std::unexpected(error);
    }
    auto version = vault->m_db.userVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version > Migrations::latestVersion())
        return fail(ErrorKind::UnsupportedVersion);
    if (auto status = Migrations::migrate(vault->m_db); !status)
        return std::unexpected(status.error());
    vault->m_store = std::make_unique<Store>(vault->m_db, AuditLog::chainKey(vault->m_dataKey));
    return vault;
}

Status Vault::setPassword(const QString& login, const QByteArray& password, const crypto::KdfParams& kdf)
{
    auto slot = KeySlotFile::makePasswordSlot(m_slots.databaseId, login, password, m_dataKey, kdf);
    if (!slot)
        return std::unexpected(slot.error());
    KeySlotFile updated = m_slots;
    // The new slot replaces the old one in a single atomic file write: exactly one of them works at any time.
    updated.replaceOrAdd(*slot);
    if (auto status = updated.save(m_paths.keySlots(), m_paths.keySlotsBackup()); !status)
        return status;
    m_slots = std::move(updated);
    return {};
}

Status Vault::removePassword(const QString& login)
{
    const KeySlot* slot = m_slots.findPasswordSlot(login);
    if (!slot)
        return fail(ErrorKind::NotFound);
    KeySlotFile updated = m_slots;
    updated.removeSlot(slot->id);
    if (auto status = updated.save(m_paths.keySlots(), m_paths.keySlotsBackup()); !status)
        return status;
    m_slots = std::move(updated);
    return {};
}

bool Vault::hasPassword(const QString& login) const
{
    return m_slots.findPasswordSlot(login) != nullptr;
}

Status Vault::verifyPassword(const QString& login, const QByteArray& password) const
{
    const KeySlot* slot = m_slots.findPasswordSlot(login);
    if (!slot)
        return fail(ErrorKind::UnknownAccount);
    auto key = m_slots.unwrapWithPassword(*slot, password);
    if (!key)
        return std::unexpected(key.error());
    return {};
}

Status Vault::checkIntegrity()
{
    if (auto status = m_db.integrityCheck(); !status)
        return status;
    auto head = m_store->verifyChain();
    if (!head)
        return std::unexpected(head.error());
    return {};
}

} // namespace pd::storage
