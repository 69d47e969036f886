// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Store.h"

#include "core/storage/Database.h"

namespace pd::storage {

namespace {
QString columnList(const Columns& columns)
{
    QStringList names;
    for (const auto& column : columns)
        names.append(QString::fromLatin1(column.first));
    return names.join(QLatin1Char(','));
}
} // namespace

Writer::Writer(Database& db, const SecureBytes& chainKey, const Actor& actor)
    : m_db(db)
    , m_chainKey(chainKey)
    , m_actor(actor)
{
}

Result<qint64> Writer::insert(const char* table, const Columns& columns, const QString& recordType)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    auto statement = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(QString::fromLatin1(table), columnList(columns), placeholders.join(QLatin1Char(','))));
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    for (const auto& column : columns)
        statement->bind(index++, column.second);
    if (auto status = statement->run(); !status)
        return std::unexpected(status.error());
    const qint64 id = m_db.lastInsertId();
    if (auto status = audit(QStringLiteral("create"), recordType, id, columnList(columns)); !status)
        return std::unexpected(status.error());
    return id;
}

Status Writer::update(const char* table, qint64 id, const Columns& columns, const QString& recordType,
                      qint64 expectedRevision)
{
    QStringList assignments;
    for (const auto& column : columns)
        assignments.append(QString::fromLatin1(column.first) + QStringLiteral(" = ?"));
    QString sql = QStringLiteral("UPDATE %1 SET %2").arg(QString::fromLatin1(table), assignments.join(QLatin1Char(',')));
    if (expectedRevision >= 0)
        sql += QStringLiteral(", revision = revision + 1 WHERE id = ? AND revision = ?");
    else
        sql += QStringLiteral(" WHERE id = ?");
    auto statement = m_db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    for (const auto& column : columns)
        statement->bind(index++, column.second);
    statement->bind(index++, id);
    if (expectedRevision >= 0)
        statement->bind(index++, expectedRevision);
    if (auto status = statement->run(); !status)
        return status;
    if (m_db.changes() == 0)
        return fail(expectedRevision >= 0 ? ErrorKind::Conflict : ErrorKind::NotFound);
    return audit(QStringLiteral("update"), recordType, id, columnList(columns));
}

Status Writer::remove(const char* table, qint64 id, const QString& recordType)
{
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QString::fromLatin1(table)));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    if (auto status = statement->run(); !status)
        return status;
    if (m_db.changes() == 0)
        return fail(ErrorKind::NotFound);
    return audit(QStringLiteral("delete"), recordType, id);
}

Status Writer::audit(const QString& action, const QString& recordType, qint64 recordId, const QString& detail)
{
    AuditEntry entry;
    entry.accountId = m_actor.accountId;
    entry.login = m_actor.login;
    entry.role = m_actor.role;
    entry.action = action;
    entry.recordType = recordType;
    entry.recordId = recordId;
    entry.detail = detail;
    auto appended = AuditLog::append(m_db, m_chainKey, entry);
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

Store::Store(Database& db, SecureBytes chainKey)
    : m_db(db)
    , m_chainKey(std::move(chainKey))
{
}

Status Store::write(const Actor& actor, const std::function<Status(Writer&)>& work)
{
    Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status;
    Writer writer(m_db, m_chainKey, actor);
    if (auto status = work(writer); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    if (m_commitObserver) {
        if (auto head = AuditLog::head(m_db))
            m_commitObserver(*head);
    }
    return {};
}

Status Store::audit(const Actor& actor, const QString& action, const QString& recordType, qint64 recordId,
                    const QString& detail, const QString& result, const QDateTime& atUtc)
{
    return write(actor, [&](Writer& writer) -> Status {
        AuditEntry entry;
        entry.accountId = actor.accountId;
        entry.login = actor.login;
        entry.role = actor.role;
        entry.action = action;
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.detail = detail;
        entry.result = result;
        entry.atUtc = atUtc;
        auto appended = AuditLog::append(writer.database(), m_chainKey, entry);
        if (!appended)
            return std::unexpected(appended.error());
        return {};
    });
}

Result<ChainHead> Store::verifyChain()
{
    return AuditLog::verify(m_db, m_chainKey);
}

} // namespace pd::storage
