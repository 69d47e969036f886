// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/AuditLog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::storage {

class Database;

/// Which audit entries to read. Every condition is optional; all given ones must hold.
struct AuditQuery
{
    QDateTime fromUtc; // inclusive
    QDateTime untilUtc; // exclusive
    std::optional<qint64> accountId;
    QStringList actions; // any of them; empty: every action
    QString recordType;
    std::optional<qint64> recordId;
    /// Only entries up to this sequence number (0: no bound). A screen fixes it when it starts
    /// reading, so that entries appended meanwhile (its own reading is one) do not shift its pages.
    qint64 upToSeq = 0;
};

/// An account as the trail names it (the login is the one recorded at the time).
struct AuditAccount
{
    qint64 accountId = 0;
    QString login;
};

/// Filtered, paged reading of the audit log. SQL only; permissions and auditing are the
/// caller's (AuditReview).
class AuditQueries
{
public:
    /// Newest first: `limit` entries after skipping `offset`.
    static Result<QList<AuditEntry>> page(Database& db, const AuditQuery& query, qint64 offset, int limit);
    static Result<qint64> count(Database& db, const AuditQuery& query);
    /// Every matching entry, oldest first (for anomaly views and the printed review).
    static Result<QList<AuditEntry>> all(Database& db, const AuditQuery& query);
    /// The actions that occur in the trail, sorted.
    static Result<QStringList> actions(Database& db);
    /// The accounts that occur in the trail with their last recorded login, by login.
    static Result<QList<AuditAccount>> accounts(Database& db);
};

} // namespace pd::storage
