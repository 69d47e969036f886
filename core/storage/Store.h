// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/storage/AuditLog.h"

#include <QList>
#include <QVariant>

#include <functional>
#include <utility>

namespace pd::storage {

class Database;

/// Column name → value. Names are compile-time constants of storage, never user input.
using Columns = QList<std::pair<const char*, QVariant>>;

/// Handed to a write transaction: every change it makes appends its audit entry
/// in the same transaction, so there is no way to write without leaving a trace.
class Writer
{
public:
    Writer(Database& db, const SecureBytes& chainKey, const Actor& actor);

    Result<qint64> insert(const char* table, const Columns& columns, const QString& recordType);
    /// With `expectedRevision` ≥ 0 the row must still have that revision (optimistic lock):
    /// otherwise Conflict, so that two processes never overwrite each other silently.
    Status update(const char* table, qint64 id, const Columns& columns, const QString& recordType,
                  qint64 expectedRevision = -1);
    Status remove(const char* table, qint64 id, const QString& recordType);
    Status audit(const QString& action, const QString& recordType, qint64 recordId, const QString& detail = {});

    Database& database() { return m_db; }

private:
    Database& m_db;
    const SecureBytes& m_chainKey;
    const Actor& m_actor;
};

/// The one write path for personal data.
class Store
{
public:
    Store(Database& db, SecureBytes chainKey);

    /// Runs `work` in one IMMEDIATE transaction; commits only when it succeeds.
    Status write(const Actor& actor, const std::function<Status(Writer&)>& work);
    /// Appends a standalone audit entry (login, view, print, export, lock…).
    /// `atUtc`: when it happened, if not now (a failed login, recorded at the next unlock).
    Status audit(const Actor& actor, const QString& action, const QString& recordType, qint64 recordId,
                 const QString& detail = {}, const QString& result = QStringLiteral("ok"), const QDateTime& atUtc = {});
    Result<ChainHead> verifyChain();

    /// Called after every committed write with the chain's new head (the vault records it
    /// outside the database). Not called for a write that failed or rolled back.
    void setCommitObserver(std::function<void(const ChainHead&)> observer) { m_commitObserver = std::move(observer); }

    Database& database() { return m_db; }

private:
    Database& m_db;
    SecureBytes m_chainKey;
    std::function<void(const ChainHead&)> m_commitObserver;
};

} // namespace pd::storage
