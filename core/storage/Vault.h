// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/Crypto.h"
#include "core/storage/Database.h"
#include "core/storage/AuditLog.h"
#include "core/storage/KeySlotFile.h"

#include <QElapsedTimer>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace pd::storage {

class Store;

/// Where the files of one database unit live. The unit is one folder (…/name.pdesk)
/// holding the database, its WAL files and both key-slot copies, so that copying or
/// moving it keeps them together.
struct VaultPaths
{
    QString folder;

    static VaultPaths resolve(const QString& location);
    QString database() const;
    QString keySlots() const;
    QString keySlotsBackup() const;
    QString writerLock() const;
    QString keySlotsLock() const;
    /// The re-encrypted copy while the data key is rotated; renamed over database() at the end.
    QString rotatingDatabase() const;
};

/// How the audit chain in the database compares with the head recorded in the key-slot file at
/// the last commit. Behind or different means an older copy of the database file (or of some of
/// its pages) was put back: SQLCipher accepts old pages as genuine.
struct ChainAnchorCheck
{
    enum class State { NotRecorded, Matches, DatabaseBehind, DatabaseDiffers, AnchorForged };
    State state = State::NotRecorded;
    ChainHead recorded; // from the key-slot file
    ChainHead current;  // the database's own head

    bool isWarning() const
    {
        return state == State::DatabaseBehind || state == State::DatabaseDiffers || state == State::AnchorForged;
    }
    /// For the audit log and `privacydesk-admin check`: sequence numbers only.
    QString describe() const;
};

/// An unlocked database unit: the decrypted data key (in secure memory) and an open
/// connection. Destroying it locks: the connection closes and the key is wiped.
class Vault
{
public:
    static constexpr auto kFolderSuffix = ".pdesk";

    struct Created;
    struct Rotation;
    struct Rotated;

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    static QString defaultLocation();
    /// True when `location` holds a database unit (it may still be damaged).
    static bool exists(const QString& location);

    static Result<Created> create(const QString& location, const QString& officerLogin, const QByteArray& password,
                                  const crypto::KdfParams& kdf);
    static Result<std::unique_ptr<Vault>> unlock(const QString& location, const QString& login,
                                                 const QByteArray& password);
    static Result<std::unique_ptr<Vault>> unlockWithRecoveryKey(const QString& location, const QString& recoveryKey);
    /// Removes a unit that `create` made but whose first content could not be written.
    static void discardNew(std::unique_ptr<Vault> vault);
    /// How long `login` (empty: the recovery key) must wait before the next try, after repeated
    /// wrong passwords (UnlockThrottle). Reads the slot file only.
    static std::chrono::seconds unlockWait(const QString& location, const QString& login);
    /// Reads the slot file only; works while the database is locked.
    static Result<KeySlotFile> readKeySlots(const QString& location);

    const VaultPaths& paths() const { return m_paths; }
    Database& database() { return m_db; }
    Store& store() { return *m_store; }
    const KeySlotFile& keySlots() const { return m_slots; }
    bool usesRollbackJournal() const { return m_exclusive != nullptr; }
    bool openedWithRecoveryKey() const { return m_recovery; }

    /// Adds or replaces the password slot of `login`: one slot rewritten, no database page touched.
    Status setPassword(const QString& login, const QByteArray& password, const crypto::KdfParams& kdf);
    Status removePassword(const QString& login);
    bool hasPassword(const QString& login) const;
    /// WrongPassword unless `password` opens the slot of `login` (reads nothing but the slot).
    Status verifyPassword(const QString& login, const QByteArray& password) const;

    /// SQLCipher's integrity check (every page's HMAC) and the whole audit chain.
    Status checkIntegrity();

    /// Wrong passwords recorded in the slot file that the audit log does not have yet.
    QList<FailedUnlocks> unauditedFailedUnlocks() const;
    /// After they were audited: clears the unaudited times, and the count of `signedInTag`.
    Status settleFailedUnlocks(const QByteArray& signedInTag);

    /// Writes a complete, openable copy of this unit into `targetFolder` (which must not exist):
    /// the database through sqlcipher_export under the same key, never a copy of the live file,
    /// and the key slots with the copy's chain head recorded. Returns that head.
    Result<ChainHead> writeBackup(const QString& targetFolder);

    /// The comparison made when the database was opened (see ChainAnchorCheck).
    const ChainAnchorCheck& chainAnchorCheck() const { return m_anchorCheck; }
    /// Records `head` in the key-slot file. It only moves forwards (another process may have
    /// recorded a later head), unless `acceptRollback`: after an older copy was reported and
    /// the user goes on with it.
    Status recordChainHead(const ChainHead& head, bool acceptRollback = false);
    /// Records a head that a recent commit left pending (see chainHeadCommitted).
    void flushChainHead();
    /// The longest a committed head waits before it is written to the key-slot file.
    static constexpr std::chrono::milliseconds kChainHeadInterval{2000};

    /// Keyed BLAKE2b-256 of `message` under the key for audit checkpoints: the checkpoint is
    /// signed inside the vault, so the key itself never leaves it.
    QByteArray checkpointMac(const QByteArray& message) const;

    /// Re-encrypts the database under a new data key and seals that key to every slot, so that
    /// a copy of an older slot file (a removed account's) no longer opens it. Needs the database
    /// to itself (Busy while another program has it open) and every slot in the sealed form.
    /// Crash-safe: the new key is sealed to the slots as pending before the re-encrypted copy
    /// replaces the file by a rename, and the next unlock finishes or forgets what was begun.
    Result<Rotated> rotateDataKey(const Rotation& rotation);
    /// True when this unlock found a rotation interrupted after the database was replaced, and
    /// finished it (the slots now hold only the new key).
    bool finishedInterruptedRotation() const { return m_finishedRotation; }

private:
    Vault() = default;
    static Result<std::unique_ptr<Vault>> openUnlocked(const VaultPaths& paths, KeySlotFile slotList,
                                                       UnwrappedKeys keys, bool create);
    Status settleRotationState(const SecureBytes& previousKey, bool openedWithPendingKey);
    /// sqlcipher_export of the whole database into the empty file `targetPath`, under `key` (the
    /// data key itself when null).
    Status exportInto(const QString& targetPath, const SecureBytes* key);
    Status writeRotatedCopy(const SecureBytes& nextKey, const Rotation& rotation);
    Status takeExclusiveAccess();
    Status reopen(const SecureBytes& key);
    Status upgradeSlot(const KeySlot& upgraded);
    Result<ChainAnchorCheck> compareWithAnchor();
    void chainHeadCommitted(const ChainHead& head);
    /// Re-reads the key-slot file under a lock, applies `change` and writes it back: another
    /// process may have changed it since this one read it (a password, the chain head).
    Status updateKeySlots(const std::function<Status(KeySlotFile&)>& change);
    static Result<KeySlotFile> updateSlotFile(const VaultPaths& paths, const QString& databaseId,
                                              const std::function<Status(KeySlotFile&)>& change);
    static Status refuseWhileThrottled(const KeySlotFile& slotList, const QByteArray& tag);
    static void recordFailedUnlock(const VaultPaths& paths, const QString& databaseId, const QByteArray& tag);

    VaultPaths m_paths;
    KeySlotFile m_slots;
    SecureBytes m_dataKey;
    SecureBytes m_anchorKey;
    SecureBytes m_checkpointKey;
    ChainAnchorCheck m_anchorCheck;
    std::optional<ChainHead> m_pendingHead;
    QElapsedTimer m_lastHeadWrite;
    Database m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QLockFile> m_exclusive;
    bool m_recovery = false;
    bool m_finishedRotation = false;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    QString recoveryKey;
};

struct Vault::Rotation
{
    /// Replaces the recovery slot with one for a new recovery key (also when the old recovery
    /// slot is of format 1 and cannot take the new key).
    bool newRecoveryKey = false;
    /// Runs in the last transaction under the old key, so that the re-encrypted copy carries it
    /// (the audit entry of the rotation).
    std::function<Status(Store&)> beforeCopy;
    /// 0–100; returning false cancels, which is honoured until the copy replaces the file.
    std::function<bool(int percent)> progress;
};

struct Vault::Rotated
{
    QString newRecoveryKey; // empty unless one was asked for (or needed)
    qint64 databaseBytes = 0;
};

} // namespace pd::storage
