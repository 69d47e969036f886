// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Vault.h"

#include "core/crypto/RecoveryKey.h"
#include "core/storage/AuditLog.h"
#include "core/storage/CrashPoint.h"
#include "core/storage/FileSystem.h"
#include "core/storage/KeyMaterial.h"
#include "core/storage/Migrations.h"
#include "core/storage/Store.h"
#include "core/storage/UnlockThrottle.h"
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

QString VaultPaths::keySlotsLock() const
{
    return folder + QStringLiteral("/keyslots.lock");
}

QString VaultPaths::rotatingDatabase() const
{
    return database() + QStringLiteral(".rotating");
}

QString VaultPaths::writerLock() const
{
    return folder + QLatin1Char('/') + QLatin1String(kWriterLockFile);
}

Vault::~Vault()
{
    flushChainHead();
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

    UnwrappedKeys keys;
    keys.dataKey = std::move(dataKey);
    auto vault = openUnlocked(paths, slotList, std::move(keys), true);
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
    const VaultPaths paths = VaultPaths::resolve(location);
    const QByteArray tag = KeySlotFile::loginTag(slotList->databaseId, login);
    if (auto refused = refuseWhileThrottled(*slotList, tag); !refused)
        return std::unexpected(refused.error());
    const KeySlot* slot = slotList->findPasswordSlot(login);
    if (!slot) {
        recordFailedUnlock(paths, slotList->databaseId, tag);
        return fail(ErrorKind::UnknownAccount);
    }
    auto keys = slotList->unwrapWithPassword(*slot, password);
    if (!keys) {
        if (keys.error().kind == ErrorKind::WrongPassword)
            recordFailedUnlock(paths, slotList->databaseId, tag);
        return std::unexpected(keys.error());
    }
    const std::optional<KeySlot> upgraded = keys->upgradedSlot;
    auto vault = openUnlocked(paths, std::move(*slotList), std::move(*keys), false);
    if (vault && upgraded)
        (void)(*vault)->upgradeSlot(*upgraded);
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString& location, const QString& recoveryKey)
{
    auto slotList = readKeySlots(location);
    if (!slotList)
        return std::unexpected(slotList.error());
    const VaultPaths paths = VaultPaths::resolve(location);
    if (auto refused = refuseWhileThrottled(*slotList, FailedUnlocks::recoveryTag()); !refused)
        return std::unexpected(refused.error());
    auto secret = crypto::RecoveryKey::parse(recoveryKey);
    // A typo caught by the checksum is not a guess at the key: it does not count.
    if (!secret)
        return fail(ErrorKind::WrongRecoveryKey, secret.error().detail);
    auto keys = slotList->unwrapWithRecovery(*secret);
    if (!keys) {
        if (keys.error().kind == ErrorKind::WrongRecoveryKey)
            recordFailedUnlock(paths, slotList->databaseId, FailedUnlocks::recoveryTag());
        return std::unexpected(keys.error());
    }
    const std::optional<KeySlot> upgraded = keys->upgradedSlot;
    auto vault = openUnlocked(paths, std::move(*slotList), std::move(*keys), false);
    if (vault) {
        (*vault)->m_recovery = true;
        if (upgraded)
            (void)(*vault)->upgradeSlot(*upgraded);
    }
    return vault;
}

std::chrono::seconds Vault::unlockWait(const QString& location, const QString& login)
{
    auto slotList = readKeySlots(location);
    if (!slotList)
        return std::chrono::seconds(0);
    const QByteArray tag =
        login.isEmpty() ? FailedUnlocks::recoveryTag() : KeySlotFile::loginTag(slotList->databaseId, login);
    return UnlockThrottle::remainingWait(slotList->failuresFor(tag), UnlockThrottle::nowUtc());
}

Status Vault::refuseWhileThrottled(const KeySlotFile& slotList, const QByteArray& tag)
{
    const auto wait = UnlockThrottle::remainingWait(slotList.failuresFor(tag), UnlockThrottle::nowUtc());
    if (wait.count() > 0)
        return fail(ErrorKind::Throttled, VaultText::tr("try again in %n second(s)", nullptr, int(wait.count())));
    return {};
}

void Vault::recordFailedUnlock(const VaultPaths& paths, const QString& databaseId, const QByteArray& tag)
{
    // Best effort: a read-only medium still refuses the password, it only cannot count.
    (void)updateSlotFile(paths, databaseId, [&](KeySlotFile& slotFile) -> Status {
        slotFile.recordFailedUnlock(tag, UnlockThrottle::nowUtc());
        return {};
    });
}

QList<FailedUnlocks> Vault::unauditedFailedUnlocks() const
{
    QList<FailedUnlocks> pending;
    for (const FailedUnlocks& record : m_slots.failedUnlocks)
        if (!record.unaudited.isEmpty())
            pending.append(record);
    return pending;
}

Status Vault::settleFailedUnlocks(const QByteArray& signedInTag)
{
    return updateKeySlots([&](KeySlotFile& slotFile) -> Status {
        QList<FailedUnlocks> kept;
        for (FailedUnlocks record : std::as_const(slotFile.failedUnlocks)) {
            if (record.loginTag == signedInTag)
                continue; // the right password ends the run of failures
            record.unaudited.clear();
            kept.append(record);
        }
        slotFile.failedUnlocks = kept;
        return {};
    });
}

Result<std::unique_ptr<Vault>> Vault::openUnlocked(const VaultPaths& paths, KeySlotFile slotList, UnwrappedKeys keys,
                                                   bool create)
{
    installWipingAllocator();
    if (!create && (QFileInfo(paths.database()).size() == 0 || looksLikePlainSqlite(paths.database())))
        return fail(ErrorKind::NotADatabase);

    std::unique_ptr<Vault> vault(new Vault);
    vault->m_paths = paths;
    vault->m_slots = std::move(slotList);
    vault->m_dataKey = std::move(keys.dataKey);

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

    Status opened = vault->m_db.open(paths.database(), vault->m_dataKey, create, journal, vault->m_slots.cipher);
    // A rotation that stopped after the re-encrypted file took the old one's place: the file
    // needs the pending key, and this unlock finishes the rotation.
    SecureBytes previousKey;
    if (!opened && !create && !keys.pendingKey.isEmpty()
        && (opened.error().kind == ErrorKind::NotADatabase || opened.error().kind == ErrorKind::Corrupt)) {
        if (vault->m_db.open(paths.database(), keys.pendingKey, false, journal, vault->m_slots.cipher)) {
            previousKey = std::exchange(vault->m_dataKey, std::move(keys.pendingKey));
            opened = {};
        }
    }
    if (!opened) {
        Error error = opened.error();
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
    auto keyMaterial = KeyMaterial::load(vault->m_db, vault->m_dataKey);
    if (!keyMaterial)
        return std::unexpected(keyMaterial.error());
    vault->m_store = std::make_unique<Store>(vault->m_db, std::move(keyMaterial->chainKey));
    vault->m_checkpointKey = std::move(keyMaterial->checkpointKey);
    vault->m_anchorKey = AuditLog::anchorKey(vault->m_dataKey);
    if (!create && (!previousKey.isEmpty() || vault->m_slots.hasPendingKey())) {
        if (auto status = vault->settleRotationState(previousKey, !previousKey.isEmpty()); !status)
            return std::unexpected(status.error());
    }
    if (!create) {
        auto check = vault->compareWithAnchor();
        if (!check)
            return std::unexpected(check.error());
        vault->m_anchorCheck = *check;
    }
    Vault* self = vault.get();
    vault->m_store->setCommitObserver([self](const ChainHead& head) { self->chainHeadCommitted(head); });
    return vault;
}

void Vault::chainHeadCommitted(const ChainHead& head)
{
    // Writing the slot file costs three fsyncs; a burst of saves records its last head once. What
    // stays unrecorded is at most kChainHeadInterval of work, and only if the process dies: the
    // head is always recorded when the vault closes (lock, quit).
    m_pendingHead = head;
    if (m_lastHeadWrite.isValid() && m_lastHeadWrite.elapsed() < kChainHeadInterval.count())
        return;
    flushChainHead();
}

void Vault::flushChainHead()
{
    if (!m_pendingHead)
        return;
    const ChainHead head = *m_pendingHead;
    m_pendingHead.reset();
    m_lastHeadWrite.start();
    if (auto status = recordChainHead(head); !status)
        qWarning("The audit chain head could not be recorded in the key-slot file: %s",
                 qPrintable(status.error().message()));
}

Result<ChainAnchorCheck> Vault::compareWithAnchor()
{
    ChainAnchorCheck check;
    auto current = AuditLog::head(m_db);
    if (!current)
        return std::unexpected(current.error());
    check.current = *current;
    const ChainAnchor& anchor = m_slots.chainAnchor;
    if (!anchor.isRecorded())
        return check;
    check.recorded = ChainHead{anchor.seq, anchor.hash};
    const QByteArray expectedMac = ChainAnchor::macOf(m_anchorKey, m_slots.databaseId, anchor.seq, anchor.hash);
    if (!crypto::constantTimeEquals(expectedMac, anchor.mac)) {
        check.state = ChainAnchorCheck::State::AnchorForged;
        return check;
    }
    // A database ahead of the anchor is normal: the process may have stopped between its commit
    // and the anchor write. What must hold is that the recorded entry is still there, unchanged.
    auto hashThere = AuditLog::hashAt(m_db, anchor.seq);
    if (!hashThere)
        return std::unexpected(hashThere.error());
    if (!hashThere->has_value())
        check.state = ChainAnchorCheck::State::DatabaseBehind;
    else if (!crypto::constantTimeEquals(**hashThere, anchor.hash))
        check.state = ChainAnchorCheck::State::DatabaseDiffers;
    else
        check.state = ChainAnchorCheck::State::Matches;
    return check;
}

Status Vault::recordChainHead(const ChainHead& head, bool acceptRollback)
{
    if (m_pendingHead && m_pendingHead->seq <= head.seq)
        m_pendingHead.reset();
    return updateKeySlots([&](KeySlotFile& slotFile) -> Status {
        const ChainAnchor& recorded = slotFile.chainAnchor;
        const bool recordedIsGenuine = recorded.isRecorded()
            && crypto::constantTimeEquals(ChainAnchor::macOf(m_anchorKey, slotFile.databaseId, recorded.seq, recorded.hash),
                                          recorded.mac);
        if (recordedIsGenuine && recorded.seq >= head.seq && !acceptRollback)
            return {};
        slotFile.chainAnchor.seq = head.seq;
        slotFile.chainAnchor.hash = head.hash;
        slotFile.chainAnchor.mac = ChainAnchor::macOf(m_anchorKey, slotFile.databaseId, head.seq, head.hash);
        return {};
    });
}

Status Vault::updateKeySlots(const std::function<Status(KeySlotFile&)>& change)
{
    auto updated = updateSlotFile(m_paths, m_slots.databaseId, change);
    if (!updated)
        return std::unexpected(updated.error());
    m_slots = std::move(*updated);
    return {};
}

Result<KeySlotFile> Vault::updateSlotFile(const VaultPaths& paths, const QString& databaseId,
                                          const std::function<Status(KeySlotFile&)>& change)
{
    QLockFile lock(paths.keySlotsLock());
    lock.setStaleLockTime(30'000);
    if (!lock.tryLock(10'000))
        return fail(ErrorKind::Busy, QStringLiteral("key slot file lock"));
    auto current = KeySlotFile::load(paths.keySlots(), paths.keySlotsBackup());
    if (!current)
        return std::unexpected(current.error());
    if (current->databaseId != databaseId)
        return fail(ErrorKind::NotADatabase, QStringLiteral("key slot file replaced"));
    KeySlotFile updated = *current;
    if (auto status = change(updated); !status)
        return std::unexpected(status.error());
    if (auto status = updated.save(paths.keySlots(), paths.keySlotsBackup()); !status)
        return std::unexpected(status.error());
    return updated;
}

Status Vault::exportInto(const QString& targetPath, const SecureBytes* key)
{
    // ATTACH opens with the main connection's flags, which never include "create" (an open must
    // not make a database where there was none): the empty file is made here, owner-only.
    {
        QFile empty(targetPath);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorKind::Io, QFileInfo(targetPath).fileName());
        empty.close();
        restrictToOwner(targetPath);
    }
    // Without a KEY clause SQLCipher attaches with the main database's key material, so the key
    // never passes through SQL text or a bound value. A new key goes in as a bound blob holding
    // the raw-key literal (x'…'), the only form SQLCipher takes as a raw key.
    {
        auto attach = m_db.prepare(key ? "ATTACH DATABASE ?1 AS copy KEY ?2" : "ATTACH DATABASE ?1 AS copy");
        if (!attach)
            return std::unexpected(attach.error());
        attach->bind(1, targetPath);
        SecureBytes literal;
        if (key) {
            const SecureBytes terminated = crypto::rawKeyLiteral(*key);
            literal = SecureBytes(terminated.data(), terminated.size() - 1);
            attach->bindSecret(2, literal);
        }
        if (auto status = attach->run(); !status)
            return status;
    }
    const QByteArray settings = QStringLiteral("PRAGMA copy.cipher_page_size = %1; PRAGMA copy.cipher_use_hmac = %2; "
                                               "PRAGMA copy.kdf_iter = %3;")
                                    .arg(m_slots.cipher.pageSize)
                                    .arg(m_slots.cipher.hmac ? QStringLiteral("ON") : QStringLiteral("OFF"))
                                    .arg(m_slots.cipher.kdfIter)
                                    .toLatin1();
    Status exported = m_db.exec(settings.constData());
    if (exported)
        exported = m_db.exec("SELECT sqlcipher_export('copy')");
    // sqlcipher_export (3.4.1) copies schema and rows but not these two header fields, which
    // make the copy a PrivacyDesk database of this schema version.
    if (exported) {
        auto version = m_db.userVersion();
        if (!version)
            exported = std::unexpected(version.error());
        else
            exported = m_db.exec(QStringLiteral("PRAGMA copy.application_id = %1; PRAGMA copy.user_version = %2;")
                                     .arg(kApplicationId)
                                     .arg(*version)
                                     .toLatin1()
                                     .constData());
    }
    (void)m_db.exec("DETACH DATABASE copy");
    return exported;
}

Result<ChainHead> Vault::writeBackup(const QString& targetFolder)
{
    if (QFileInfo::exists(targetFolder))
        return fail(ErrorKind::AlreadyExists, QDir::toNativeSeparators(targetFolder));
    if (auto status = makePrivateDirectory(targetFolder); !status)
        return std::unexpected(status.error());
    const VaultPaths target = VaultPaths::resolve(targetFolder);

    if (auto exported = exportInto(target.database(), nullptr); !exported)
        return std::unexpected(exported.error());

    // Read back through a separate connection: proves the copy opens with the key and gives its head.
    ChainHead head;
    {
        Database copy;
        if (auto status = copy.open(target.database(), m_dataKey, false, JournalMode::RollbackExclusive, m_slots.cipher);
            !status)
            return std::unexpected(status.error());
        auto copiedHead = AuditLog::head(copy);
        if (!copiedHead)
            return std::unexpected(copiedHead.error());
        head = *copiedHead;
    }
    KeySlotFile slotFile = m_slots;
    slotFile.generation = 0;
    slotFile.failedUnlocks.clear();
    slotFile.databaseSalt = fileHeader(target.database());
    slotFile.chainAnchor.seq = head.seq;
    slotFile.chainAnchor.hash = head.hash;
    slotFile.chainAnchor.mac = ChainAnchor::macOf(m_anchorKey, slotFile.databaseId, head.seq, head.hash);
    if (auto status = slotFile.save(target.keySlots(), target.keySlotsBackup()); !status)
        return std::unexpected(status.error());
    restrictToOwner(target.database());
    return head;
}

QString ChainAnchorCheck::describe() const
{
    switch (state) {
    case State::NotRecorded:
        return QStringLiteral("no recorded head; database seq %1").arg(current.seq);
    case State::Matches:
        return QStringLiteral("recorded seq %1 matches; database seq %2").arg(recorded.seq).arg(current.seq);
    case State::DatabaseBehind:
        return QStringLiteral("recorded seq %1, database ends at seq %2").arg(recorded.seq).arg(current.seq);
    case State::DatabaseDiffers:
        return QStringLiteral("entry %1 differs from the recorded head; database seq %2").arg(recorded.seq).arg(current.seq);
    case State::AnchorForged:
        return QStringLiteral("recorded head fails its MAC; database seq %1").arg(current.seq);
    }
    return {};
}

Status Vault::setPassword(const QString& login, const QByteArray& password, const crypto::KdfParams& kdf)
{
    auto slot = KeySlotFile::makePasswordSlot(m_slots.databaseId, login, password, m_dataKey, kdf);
    if (!slot)
        return std::unexpected(slot.error());
    // The new slot replaces the old one in a single atomic file write: exactly one of them works at any time.
    return updateKeySlots([&](KeySlotFile& slotFile) -> Status {
        slotFile.replaceOrAdd(*slot);
        return {};
    });
}

Status Vault::removePassword(const QString& login)
{
    const KeySlot* slot = m_slots.findPasswordSlot(login);
    if (!slot)
        return fail(ErrorKind::NotFound);
    const QString slotId = slot->id;
    return updateKeySlots([&](KeySlotFile& slotFile) -> Status {
        slotFile.removeSlot(slotId);
        return {};
    });
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

QByteArray Vault::checkpointMac(const QByteArray& message) const
{
    return crypto::keyedHash(m_checkpointKey, message);
}

Status Vault::upgradeSlot(const KeySlot& upgraded)
{
    auto status = updateKeySlots([&](KeySlotFile& slotFile) -> Status {
        slotFile.replaceOrAdd(upgraded);
        return {};
    });
    // Not fatal: the slot of format 1 still opens; the upgrade is tried again at the next unlock.
    if (!status)
        qWarning("A key slot could not be rewritten in the sealed form: %s", qPrintable(status.error().message()));
    return status;
}

Status Vault::reopen(const SecureBytes& key)
{
    m_db.close();
    return m_db.open(m_paths.database(), key, false, m_exclusive ? JournalMode::RollbackExclusive : JournalMode::Wal,
                     m_slots.cipher);
}

Status Vault::settleRotationState(const SecureBytes& previousKey, bool openedWithPendingKey)
{
    // Whatever copy is left was never put in place (or already was, under this name no more).
    QFile::remove(m_paths.rotatingDatabase());
    if (!openedWithPendingKey) {
        // The rotation stopped before its copy replaced the file: the old key is still the key.
        return updateKeySlots([](KeySlotFile& slotFile) -> Status {
            slotFile.clearPendingKey();
            return {};
        });
    }
    const SecureBytes previousAnchorKey = AuditLog::anchorKey(previousKey);
    const QByteArray salt = fileHeader(m_paths.database());
    auto status = updateKeySlots([&](KeySlotFile& slotFile) -> Status {
        slotFile.sealDataKey(m_dataKey);
        slotFile.databaseSalt = salt;
        // The recorded head was signed under the old key; a genuine one is carried over, a
        // forged one stays forged and is reported as such.
        ChainAnchor& anchor = slotFile.chainAnchor;
        if (anchor.isRecorded()
            && crypto::constantTimeEquals(ChainAnchor::macOf(previousAnchorKey, slotFile.databaseId, anchor.seq, anchor.hash),
                                          anchor.mac))
            anchor.mac = ChainAnchor::macOf(m_anchorKey, slotFile.databaseId, anchor.seq, anchor.hash);
        return {};
    });
    if (status)
        m_finishedRotation = true;
    return status;
}

Status Vault::takeExclusiveAccess()
{
    // Leaving WAL needs every other connection closed: SQLite refuses (or reports the mode
    // unchanged) while another program has the file open. The exclusive lock then keeps others
    // out until this connection closes.
    auto mode = m_db.prepare("PRAGMA journal_mode = DELETE");
    if (!mode)
        return std::unexpected(mode.error());
    auto row = mode->step();
    if (!row)
        return fail(ErrorKind::LockedByOtherProcess, row.error().detail);
    const QString result = *row ? mode->text(0) : QString();
    mode = SqlStatement();
    if (result.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return fail(ErrorKind::LockedByOtherProcess, QStringLiteral("journal mode %1").arg(result));
    if (auto status = m_db.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;"); !status)
        return fail(ErrorKind::LockedByOtherProcess, status.error().detail);
    return {};
}

Status Vault::writeRotatedCopy(const SecureBytes& nextKey, const Rotation& rotation)
{
    const QString target = m_paths.rotatingDatabase();
    QFile::remove(target);
    const qint64 sourceBytes = std::max<qint64>(1, QFileInfo(m_paths.database()).size());
    QElapsedTimer sinceReport;
    sinceReport.start();
    bool cancelled = false;
    // The copy's size against the original's is the export's progress: 2 % to 85 %.
    m_db.setProgressHandler([&]() -> bool {
        if (sinceReport.elapsed() < 100)
            return true;
        sinceReport.restart();
        const qint64 written = QFileInfo(target).size();
        const int percent = 2 + int(std::min<qint64>(83, written * 83 / sourceBytes));
        if (rotation.progress && !rotation.progress(percent))
            cancelled = true;
        return !cancelled;
    });
    Status exported = exportInto(target, &nextKey);
    m_db.setProgressHandler({});
    if (!exported)
        return cancelled ? fail(ErrorKind::Cancelled) : exported;
    if (rotation.progress && !rotation.progress(85))
        return fail(ErrorKind::Cancelled);

    // Proves the copy before it replaces anything: it opens with the new key, every page passes
    // its HMAC, and its audit chain ends where the database's does.
    Database copy;
    if (auto status = copy.open(target, nextKey, false, JournalMode::RollbackExclusive, m_slots.cipher); !status)
        return status;
    if (auto status = copy.integrityCheck(); !status)
        return status;
    auto copiedHead = AuditLog::head(copy);
    auto head = AuditLog::head(m_db);
    if (!copiedHead || !head)
        return std::unexpected(!copiedHead ? copiedHead.error() : head.error());
    if (copiedHead->seq != head->seq || copiedHead->hash != head->hash)
        return fail(ErrorKind::Corrupt, QStringLiteral("rotated copy differs"));
    copy.close();
    if (rotation.progress && !rotation.progress(95))
        return fail(ErrorKind::Cancelled);
    return {};
}

Result<Vault::Rotated> Vault::rotateDataKey(const Rotation& rotation)
{
    for (const KeySlot& slot : m_slots.slotsNeedingUpgrade())
        if (slot.kind == KeySlot::Kind::Password)
            return fail(ErrorKind::InvalidInput, QStringLiteral("key slot of format 1"));
    const KeySlot* recovery = m_slots.recoverySlot();
    const bool replaceRecovery = rotation.newRecoveryKey || !recovery || !recovery->isSealed();
    if (rotation.progress && !rotation.progress(0))
        return fail(ErrorKind::Cancelled);

    flushChainHead();
    if (auto status = takeExclusiveAccess(); !status) {
        (void)reopen(m_dataKey);
        return std::unexpected(status.error());
    }
    // Back to how the unit was before, for every failure until the copy is in place.
    auto abandon = [this](const Error& error) -> Result<Rotated> {
        QFile::remove(m_paths.rotatingDatabase());
        (void)updateKeySlots([](KeySlotFile& slotFile) -> Status {
            slotFile.clearPendingKey();
            return {};
        });
        if (auto status = reopen(m_dataKey); !status)
            qWarning("The database could not be reopened after a failed key rotation: %s",
                     qPrintable(status.error().message()));
        return std::unexpected(error);
    };

    // Under the old key, in the last transactions before the copy: the keys that must outlive
    // the rotation, and whatever the caller records (its audit entry).
    {
        auto keys = KeyMaterial::load(m_db, m_dataKey);
        if (!keys)
            return abandon(keys.error());
        Transaction transaction(m_db);
        Status pinned = transaction.begin();
        if (pinned)
            pinned = KeyMaterial::pin(m_db, *keys);
        if (pinned)
            pinned = transaction.commit();
        if (!pinned)
            return abandon(pinned.error());
    }
    if (rotation.beforeCopy) {
        if (auto status = rotation.beforeCopy(*m_store); !status)
            return abandon(status.error());
    }

    SecureBytes nextKey = SecureBytes::random(crypto::kDataKeySize);
    if (auto status = updateKeySlots([&](KeySlotFile& slotFile) -> Status {
            slotFile.sealPendingKey(nextKey);
            return {};
        });
        !status)
        return abandon(status.error());
    crashPoint("rotation-pending-sealed");
    if (rotation.progress && !rotation.progress(2))
        return abandon(Error{ErrorKind::Cancelled, {}});
    if (auto status = writeRotatedCopy(nextKey, rotation); !status)
        return abandon(status.error());
    crashPoint("rotation-copy-written");

    // The switch. A hot journal of the old file would be played into the new one: there must be none.
    m_db.close();
    const QString journal = m_paths.database() + QStringLiteral("-journal");
    if (QFile::exists(journal) || QFile::exists(m_paths.database() + QStringLiteral("-wal")))
        return abandon(Error{ErrorKind::Busy, QStringLiteral("journal left by another connection")});
    if (auto status = replaceFileDurably(m_paths.rotatingDatabase(), m_paths.database()); !status)
        return abandon(status.error());
    crashPoint("rotation-file-replaced");

    // From here the file needs the new key, which every sealed slot holds as pending: a crash now
    // is finished by the next unlock (settleRotationState).
    m_dataKey = std::move(nextKey); // the old key is wiped here
    m_anchorKey = AuditLog::anchorKey(m_dataKey);
    if (auto status = reopen(m_dataKey); !status)
        return std::unexpected(status.error());
    auto head = AuditLog::head(m_db);
    if (!head)
        return std::unexpected(head.error());

    Rotated rotated;
    SecureBytes recoverySecret;
    if (replaceRecovery) {
        recoverySecret = crypto::RecoveryKey::generateSecret();
        rotated.newRecoveryKey = crypto::RecoveryKey::format(recoverySecret);
    }
    const QByteArray salt = fileHeader(m_paths.database());
    auto settled = updateKeySlots([&](KeySlotFile& slotFile) -> Status {
        slotFile.sealDataKey(m_dataKey);
        if (replaceRecovery) {
            slotFile.slotList.removeIf([](const KeySlot& slot) { return slot.kind == KeySlot::Kind::Recovery; });
            slotFile.slotList.append(KeySlotFile::makeRecoverySlot(slotFile.databaseId, recoverySecret, m_dataKey));
        }
        slotFile.databaseSalt = salt;
        slotFile.chainAnchor.seq = head->seq;
        slotFile.chainAnchor.hash = head->hash;
        slotFile.chainAnchor.mac = ChainAnchor::macOf(m_anchorKey, slotFile.databaseId, head->seq, head->hash);
        return {};
    });
    if (!settled) {
        // The pending keys still open the file; the next unlock finishes what this could not.
        rotated.newRecoveryKey.clear();
        return std::unexpected(settled.error());
    }
    crashPoint("rotation-slots-sealed");
    rotated.databaseBytes = QFileInfo(m_paths.database()).size();
    if (rotation.progress)
        (void)rotation.progress(100);
    return rotated;
}

} // namespace pd::storage
