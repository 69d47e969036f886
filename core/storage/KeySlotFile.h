// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/Crypto.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd::storage {

/// One wrapped copy of the data key. Holds no personal data: the account is named
/// only by a tag (a hash of database id and login), never by its login.
///
/// The password (through Argon2id) or the recovery key gives the slot's wrapping key, which
/// seeds an X25519 key pair; the slot keeps the public key and the data key sealed to it. So the
/// officer can seal a new data key to every slot (key rotation) without knowing anyone's
/// password. Slots of format 1 hold the data key encrypted under the wrapping key instead
/// (`wrappedKey`); they are rewritten in the sealed form at their next unlock.
struct KeySlot
{
    enum class Kind { Password, Recovery };

    QString id;
    Kind kind = Kind::Password;
    QByteArray loginTag; // empty for the recovery slot
    crypto::KdfParams kdf; // unused for the recovery slot
    QByteArray salt;
    QByteArray wrappedKey; // format 1 only
    QByteArray publicKey;
    QByteArray sealedKey;
    /// The next data key while a rotation is under way: written before the database is
    /// re-encrypted, so that an interruption at any point leaves a key that opens the file.
    QByteArray pendingSealedKey;
    QDateTime createdUtc;

    bool isSealed() const { return !publicKey.isEmpty(); }
    QByteArray associatedData(const QString& databaseId) const;
};

/// What a slot gave up: the data key, the next one when a rotation was interrupted, and the
/// slot in the sealed form when it was still of format 1 (the vault writes it back).
struct UnwrappedKeys
{
    SecureBytes dataKey;
    SecureBytes pendingKey;
    std::optional<KeySlot> upgradedSlot;
};

/// The audit chain's head as last committed, kept outside the database: SQLCipher's page HMAC
/// does not prove freshness, so an older copy of the file (or of one page) opens without
/// complaint. Comparing this with the chain in the database tells that an older copy was put
/// back. The MAC (keyed with a subkey of the data key) makes the anchor unforgeable without a key.
struct ChainAnchor
{
    qint64 seq = 0;
    QByteArray hash;
    QByteArray mac;

    bool isRecorded() const { return !mac.isEmpty(); }
    static QByteArray macOf(const SecureBytes& anchorKey, const QString& databaseId, qint64 seq, const QByteArray& hash);
};

/// Wrong passwords for one login tag since its last successful unlock. Kept in the slot file
/// because the database cannot be written without a key: the next successful unlock moves the
/// unaudited ones into the audit log. `count` drives the growing wait (UnlockThrottle).
struct FailedUnlocks
{
    QByteArray loginTag; // KeySlotFile::loginTag, or kRecoveryTag for the recovery key
    int count = 0;
    QDateTime lastUtc;
    QList<QDateTime> unaudited;

    static QByteArray recoveryTag() { return QByteArrayLiteral("recovery"); }
};

/// The key-slot file (LUKS-like header) that lives beside the database, in two
/// checksummed copies written atomically, readable before the database opens.
class KeySlotFile
{
public:
    static constexpr int kFormatVersion = 2;

    int formatVersion = kFormatVersion; // as read; saving writes kFormatVersion
    QString databaseId;
    CipherSettings cipher;
    QString cipherLibraryVersion;
    /// The first 16 bytes of the database file (SQLCipher's per-file salt, not secret). When a
    /// good key is refused, a matching salt means the file is damaged, a different one that it
    /// is some other file.
    QByteArray databaseSalt;
    qint64 generation = 0;
    QList<KeySlot> slotList;
    ChainAnchor chainAnchor;
    QList<FailedUnlocks> failedUnlocks;

    /// Counts a failure for `tag` at `atUtc`. Bounded: a flood of invented logins cannot grow the file.
    void recordFailedUnlock(const QByteArray& tag, const QDateTime& atUtc);
    const FailedUnlocks* failuresFor(const QByteArray& tag) const;

    static QByteArray loginTag(const QString& databaseId, const QString& login);

    /// Reads the primary copy, falling back to (and repairing from) the backup copy.
    static Result<KeySlotFile> load(const QString& primaryPath, const QString& backupPath);
    /// Writes the primary copy, then the backup copy; each atomically.
    Status save(const QString& primaryPath, const QString& backupPath);

    const KeySlot* findPasswordSlot(const QString& login) const;
    const KeySlot* recoverySlot() const;
    void replaceOrAdd(const KeySlot& slot);
    bool removeSlot(const QString& slotId);

    QByteArray serialize() const;
    static Result<KeySlotFile> parse(const QByteArray& bytes);

    /// Wraps `dataKey` under a password (Argon2id) or unwraps it.
    static Result<KeySlot> makePasswordSlot(const QString& databaseId, const QString& login, const QByteArray& password,
                                            const SecureBytes& dataKey, const crypto::KdfParams& kdf);
    static KeySlot makeRecoverySlot(const QString& databaseId, const SecureBytes& recoverySecret,
                                    const SecureBytes& dataKey);
    Result<UnwrappedKeys> unwrapWithPassword(const KeySlot& slot, const QByteArray& password) const;
    Result<UnwrappedKeys> unwrapWithRecovery(const SecureBytes& recoverySecret) const;

    /// Key rotation. Slots still of format 1 cannot take a new key without their password.
    QList<KeySlot> slotsNeedingUpgrade() const;
    bool hasPendingKey() const;
    /// Seals `nextKey` to every sealed slot as its pending key.
    void sealPendingKey(const SecureBytes& nextKey);
    /// Seals `key` to every sealed slot as its data key and forgets the pending keys.
    void sealDataKey(const SecureBytes& key);
    void clearPendingKey();
};

} // namespace pd::storage
