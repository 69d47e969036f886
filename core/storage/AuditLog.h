// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd::storage {

class Database;
class SqlStatement;

/// Who acts. Every audit entry names one.
struct Actor
{
    qint64 accountId = 0;
    QString login;
    QString role;
};

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime atUtc;
    qint64 accountId = 0;
    QString login;
    QString role;
    QString action;
    QString recordType;
    qint64 recordId = 0;
    QString result = QStringLiteral("ok");
    QString detail; // field names and counts, never personal data values
    QByteArray prevHash;
    QByteArray hash;

    /// The bytes the chain hashes: every field but the hashes themselves.
    QByteArray canonical() const;
};

struct ChainHead
{
    qint64 seq = 0;
    QByteArray hash;
};

/// The audit log as a keyed hash chain: h_i = BLAKE2b_k(h_{i-1} ‖ entry_i), with k derived
/// from the data key. The table itself refuses UPDATE and DELETE (triggers).
class AuditLog
{
public:
    static SecureBytes chainKey(const SecureBytes& dataKey);
    /// Keys the MAC of the chain head kept in the key-slot file (ChainAnchor).
    static SecureBytes anchorKey(const SecureBytes& dataKey);
    static QByteArray genesisHash();

    /// Appends inside the caller's transaction.
    static Result<AuditEntry> append(Database& db, const SecureBytes& chainKey, AuditEntry entry);
    /// Walks the whole chain. Fails with Corrupt naming the first bad sequence number.
    static Result<ChainHead> verify(Database& db, const SecureBytes& chainKey);
    static Result<ChainHead> head(Database& db);
    /// The hash of entry `seq` (the genesis hash for 0), or nothing when the chain is shorter.
    static Result<std::optional<QByteArray>> hashAt(Database& db, qint64 seq);

    struct Filter
    {
        QDateTime fromUtc;
        QDateTime untilUtc;
        int limit = 1000;
    };
    static Result<QList<AuditEntry>> entries(Database& db, const Filter& filter);

    /// "SELECT <every column of an entry> FROM audit_log ", for every query that reads whole
    /// entries (AuditQueries too), and the reading of such a row.
    static const char* selectEntries();
    static AuditEntry readEntry(const SqlStatement& row);
};

} // namespace pd::storage
