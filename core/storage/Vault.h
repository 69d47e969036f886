// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/Crypto.h"
#include "core/storage/Database.h"
#include "core/storage/KeySlotFile.h"

#include <QString>

#include <memory>

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
};

/// An unlocked database unit: the decrypted data key (in secure memory) and an open
/// connection. Destroying it locks: the connection closes and the key is wiped.
class Vault
{
public:
    static constexpr auto kFolderSuffix = ".pdesk";

    struct Created;

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

private:
    Vault() = default;
    static Result<std::unique_ptr<Vault>> openUnlocked(const VaultPaths& paths, KeySlotFile slotList,
                                                       SecureBytes dataKey, bool create);

    VaultPaths m_paths;
    KeySlotFile m_slots;
    SecureBytes m_dataKey;
    Database m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QLockFile> m_exclusive;
    bool m_recovery = false;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    QString recoveryKey;
};

} // namespace pd::storage
