// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"

#include "core/crypto/Crypto.h"
#include "core/storage/Database.h"

namespace pd::storage {

namespace {
QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

constexpr auto kSelectColumns = "SELECT seq, at_utc, account_id, account_login, role, action, record_type, record_id, "
                                "result, detail, prev_hash, hash FROM audit_log ";
} // namespace

AuditEntry AuditLog::readEntry(const SqlStatement& row)
{
    AuditEntry entry;
    entry.seq = row.integer(0);
    entry.atUtc = QDateTime::fromString(row.text(1), Qt::ISODateWithMs);
    entry.accountId = row.integer(2);
    entry.login = row.text(3);
    entry.role = row.text(4);
    entry.action = row.text(5);
    entry.recordType = row.text(6);
    entry.recordId = row.integer(7);
    entry.result = row.text(8);
    entry.detail = row.text(9);
    entry.prevHash = row.blob(10);
    entry.hash = row.blob(11);
    return entry;
}

const char* AuditLog::selectEntries()
{
    return kSelectColumns;
}

QByteArray AuditEntry::canonical() const
{
    // Length-prefixed fields, so that no field boundary can be shifted by the content.
    QByteArray out;
    auto field = [&out](const QByteArray& bytes) {
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
    };
    field(QByteArray::number(seq));
    field(isoUtc(atUtc).toUtf8());
    field(QByteArray::number(accountId));
    field(login.toUtf8());
    field(role.toUtf8());
    field(action.toUtf8());
    field(recordType.toUtf8());
    field(QByteArray::number(recordId));
    field(result.toUtf8());
    field(detail.toUtf8());
    return out;
}

SecureBytes AuditLog::chainKey(const SecureBytes& dataKey)
{
    return crypto::deriveSubkey(dataKey, 1, "PDaudit_");
}

SecureBytes AuditLog::anchorKey(const SecureBytes& dataKey)
{
    return crypto::deriveSubkey(dataKey, 2, "PDanchor");
}

QByteArray AuditLog::genesisHash()
{
    return QByteArray(32, '\0');
}

Result<ChainHead> AuditLog::head(Database& db)
{
    auto statement = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return ChainHead{0, genesisHash()};
    return ChainHead{statement->integer(0), statement->blob(1)};
}

Result<std::optional<QByteArray>> AuditLog::hashAt(Database& db, qint64 seq)
{
    if (seq == 0)
        return genesisHash();
    auto statement = db.prepare("SELECT hash FROM audit_log WHERE seq = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, seq);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(statement->blob(0));
}

Result<AuditEntry> AuditLog::append(Database& db, const SecureBytes& chainKey, AuditEntry entry)
{
    auto last = head(db);
    if (!last)
        return std::unexpected(last.error());
    entry.seq = last->seq + 1;
    if (!entry.atUtc.isValid())
        entry.atUtc = QDateTime::currentDateTimeUtc();
    entry.prevHash = last->hash;
    // NOT NULL columns: an absent text is stored as the empty string, and hashed the same way.
    for (QString* text : {&entry.login, &entry.role, &entry.action, &entry.recordType, &entry.result, &entry.detail})
        if (text->isNull())
            *text = QLatin1String("");
    entry.hash = crypto::keyedHash(chainKey, entry.prevHash + entry.canonical());

    auto insert = db.prepare("INSERT INTO audit_log (seq, at_utc, account_id, account_login, role, action, "
                             "record_type, record_id, result, detail, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, entry.seq)
        .bind(2, isoUtc(entry.atUtc))
        .bind(3, entry.accountId)
        .bind(4, entry.login)
        .bind(5, entry.role)
        .bind(6, entry.action)
        .bind(7, entry.recordType)
        .bind(8, entry.recordId)
        .bind(9, entry.result)
        .bind(10, entry.detail)
        .bind(11, entry.prevHash)
        .bind(12, entry.hash);
    if (auto status = insert->run(); !status)
        return std::unexpected(status.error());
    return entry;
}

Result<ChainHead> AuditLog::verify(Database& db, const SecureBytes& chainKey)
{
    auto statement = db.prepare(QString::fromLatin1(kSelectColumns) + QStringLiteral("ORDER BY rowid"));
    if (!statement)
        return std::unexpected(statement.error());
    ChainHead head{0, genesisHash()};
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const AuditEntry entry = readEntry(*statement);
        const qint64 expectedSeq = head.seq + 1;
        const QByteArray expected = crypto::keyedHash(chainKey, head.hash + entry.canonical());
        if (entry.seq != expectedSeq || !crypto::constantTimeEquals(entry.prevHash, head.hash)
            || !crypto::constantTimeEquals(entry.hash, expected))
            return fail(ErrorKind::Corrupt, QStringLiteral("audit log entry %1").arg(expectedSeq));
        head = {entry.seq, entry.hash};
    }
    return head;
}

Result<QList<AuditEntry>> AuditLog::entries(Database& db, const Filter& filter)
{
    auto statement = db.prepare(QString::fromLatin1(kSelectColumns)
                                + QStringLiteral("WHERE (?1 IS NULL OR at_utc >= ?1) AND (?2 IS NULL OR at_utc < ?2) "
                                                 "ORDER BY seq DESC LIMIT ?3"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bindNull(1).bindNull(2).bind(3, filter.limit);
    if (filter.fromUtc.isValid())
        statement->bind(1, isoUtc(filter.fromUtc));
    if (filter.untilUtc.isValid())
        statement->bind(2, isoUtc(filter.untilUtc));
    QList<AuditEntry> result;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        result.append(readEntry(*statement));
    }
    return result;
}

} // namespace pd::storage
