// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditQueries.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

namespace pd::storage {

namespace {

/// The WHERE clause of `query` with its values, bound in order. Only placeholders reach the SQL.
struct Condition
{
    QString sql;
    QVariantList values;
};

Condition conditionFor(const AuditQuery& query)
{
    QStringList terms;
    QVariantList values;
    auto add = [&](const QString& term, const QVariant& value) {
        terms.append(term);
        values.append(value);
    };
    // at_utc is stored as ISO 8601 UTC with milliseconds, so text order is time order.
    if (query.fromUtc.isValid())
        add(QStringLiteral("at_utc >= ?"), query.fromUtc.toUTC().toString(Qt::ISODateWithMs));
    if (query.untilUtc.isValid())
        add(QStringLiteral("at_utc < ?"), query.untilUtc.toUTC().toString(Qt::ISODateWithMs));
    if (query.accountId)
        add(QStringLiteral("account_id = ?"), *query.accountId);
    if (!query.actions.isEmpty()) {
        QStringList placeholders;
        for (const QString& action : query.actions) {
            placeholders.append(QStringLiteral("?"));
            values.append(action);
        }
        terms.append(QStringLiteral("action IN (%1)").arg(placeholders.join(QLatin1Char(','))));
    }
    if (!query.recordType.isEmpty())
        add(QStringLiteral("record_type = ?"), query.recordType);
    if (query.recordId)
        add(QStringLiteral("record_id = ?"), *query.recordId);
    if (query.upToSeq > 0)
        add(QStringLiteral("seq <= ?"), query.upToSeq);
    if (terms.isEmpty())
        return {};
    return {QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND ")) + QLatin1Char(' '), values};
}

Result<SqlStatement> prepare(Database& db, const QString& sql, const Condition& condition)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return statement;
    for (int index = 0; index < condition.values.size(); ++index)
        statement->bind(index + 1, condition.values.at(index));
    return statement;
}

} // namespace

Result<QList<AuditEntry>> AuditQueries::page(Database& db, const AuditQuery& query, qint64 offset, int limit)
{
    const Condition condition = conditionFor(query);
    auto statement = prepare(db,
        QString::fromLatin1(AuditLog::selectEntries()) + condition.sql
            + QStringLiteral("ORDER BY seq DESC LIMIT %1 OFFSET %2").arg(std::max(limit, 0)).arg(std::max<qint64>(offset, 0)),
        condition);
    if (!statement)
        return std::unexpected(statement.error());
    return collect<AuditEntry>(*statement, AuditLog::readEntry);
}

Result<qint64> AuditQueries::count(Database& db, const AuditQuery& query)
{
    // Sequence numbers run 1, 2, 3… without gaps (append numbers them, the table refuses DELETE):
    // the whole trail up to a known entry needs no scan of a million rows.
    const bool unfiltered = !query.fromUtc.isValid() && !query.untilUtc.isValid() && !query.accountId
        && query.actions.isEmpty() && query.recordType.isEmpty() && !query.recordId;
    if (unfiltered && query.upToSeq > 0) {
        auto head = AuditLog::head(db);
        if (!head)
            return std::unexpected(head.error());
        return std::min(query.upToSeq, head->seq);
    }
    const Condition condition = conditionFor(query);
    auto statement = prepare(db, QStringLiteral("SELECT count(*) FROM audit_log ") + condition.sql, condition);
    if (!statement)
        return std::unexpected(statement.error());
    auto total = single<qint64>(*statement, [](const SqlStatement& row) { return row.integer(0); });
    if (!total)
        return std::unexpected(total.error());
    return total->value_or(0);
}

Result<QList<AuditEntry>> AuditQueries::all(Database& db, const AuditQuery& query)
{
    const Condition condition = conditionFor(query);
    auto statement = prepare(db, QString::fromLatin1(AuditLog::selectEntries()) + condition.sql + QStringLiteral("ORDER BY seq"),
        condition);
    if (!statement)
        return std::unexpected(statement.error());
    return collect<AuditEntry>(*statement, AuditLog::readEntry);
}

Result<QStringList> AuditQueries::actions(Database& db)
{
    auto statement = db.prepare("SELECT DISTINCT action FROM audit_log ORDER BY action");
    if (!statement)
        return std::unexpected(statement.error());
    auto rows = collect<QString>(*statement, [](const SqlStatement& row) { return row.text(0); });
    if (!rows)
        return std::unexpected(rows.error());
    return QStringList(*rows);
}

Result<QList<AuditAccount>> AuditQueries::accounts(Database& db)
{
    // The login of an account's latest entry: a renamed account is listed once, as it is now called.
    auto statement = db.prepare(
        "SELECT account_id, account_login FROM audit_log WHERE seq IN "
        "(SELECT max(seq) FROM audit_log WHERE account_id > 0 GROUP BY account_id) ORDER BY account_login");
    if (!statement)
        return std::unexpected(statement.error());
    return collect<AuditAccount>(*statement, [](const SqlStatement& row) {
        return AuditAccount{row.integer(0), row.text(1)};
    });
}

} // namespace pd::storage
