// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/storage/SqlStatement.h"

#include <QString>

#include <functional>

struct sqlite3;

namespace pd::storage {

/// Cipher settings issued on every open: SQLCipher 3.4.1 does not store them in the file.
/// Recorded in the key-slot file so that a later SQLCipher can migrate the database.
struct CipherSettings
{
    int pageSize = 4096;
    bool hmac = true;
    int kdfIter = 64000; // unused with a raw key, but fixed so that reopen never depends on defaults
};

enum class JournalMode { Wal, RollbackExclusive };

/// PRAGMA application_id of every PrivacyDesk database ('PDK1').
constexpr qint64 kApplicationId = 0x50444B31;

/// One SQLCipher connection. The only class that holds a sqlite3 handle.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (or with `create`, creates) an encrypted database with a raw 32-byte key.
    /// Never writes to an existing file before the key has been proven by a read.
    Status open(const QString& path, const SecureBytes& key, bool create, JournalMode journal,
                const CipherSettings& cipher = {});
    void close();
    bool isOpen() const { return m_db != nullptr; }

    Status exec(const char* sql);
    Result<SqlStatement> prepare(const char* sql);
    Result<SqlStatement> prepare(const QString& sql);
    qint64 lastInsertId() const;
    int changes() const;

    Result<int> userVersion();
    Status setUserVersion(int version);
    Result<qint64> applicationId();

    /// PRAGMA integrity_check: OK, or Corrupt with the first problem's page.
    Status integrityCheck();
    QString cipherVersion();
    static QString sqliteVersion();

    /// Calls `keepGoing` about every `instructions` steps of a long statement; when it returns
    /// false the statement stops with Cancelled. An empty function removes the handler.
    void setProgressHandler(std::function<bool()> keepGoing, int instructions = 20000);

    Status begin(); // BEGIN IMMEDIATE: takes the write lock up front, so no lost update
    Status commit();
    void rollback();
    bool inTransaction() const;

private:
    sqlite3* m_db = nullptr;
    std::function<bool()> m_keepGoing;
};

/// RAII transaction: rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db)
        : m_db(db)
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Status begin()
    {
        auto status = m_db.begin();
        m_active = status.has_value();
        return status;
    }
    Status commit()
    {
        auto status = m_db.commit();
        if (status)
            m_active = false;
        return status;
    }

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace pd::storage
