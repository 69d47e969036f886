// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintExportTables.h"

#include "core/storage/Database.h"
#include "core/storage/SqlStatement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pd::storage {

namespace {

QDate readDate(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}

Complaint readRegisterRow(const SqlStatement& row)
{
    Complaint c;
    int i = 0;
    c.id = row.integer(i++);
    c.number = row.text(i++);
    // Stored as local wall-clock text without offset (see ComplaintTables.cpp).
    c.receivedAt = row.isNull(i) ? QDateTime() : QDateTime::fromString(row.text(i), u"yyyy-MM-dd'T'HH:mm:ss"_s);
    ++i;
    c.channel = channelFromKey(row.text(i++)).value_or(ComplaintChannel::Other);
    c.complainant.name = row.text(i++);
    c.complainant.kana = row.text(i++);
    c.complainant.relation = relationFromKey(row.text(i++)).value_or(ComplainantRelation::Anonymous);
    c.category = categoryFromKey(row.text(i++)).value_or(ComplaintCategory::Other);
    c.content = row.text(i++);
    c.status = statusFromKey(row.text(i++)).value_or(ComplaintStatus::Received);
    c.assigneeId = row.integer(i++);
    c.assigneeName = row.text(i++);
    c.targetDate = readDate(row, i++);
    c.answeredOn = readDate(row, i++);
    c.answerMethod = answerMethodFromKey(row.text(i++)).value_or(AnswerMethod::None);
    c.result = row.text(i++);
    c.prevention = row.text(i++);
    c.completedOn = readDate(row, i++);
    c.possibleBreach = row.integer(i++) != 0;
    return c;
}

} // namespace

namespace ComplaintExportTable {

Result<QList<Complaint>> registerRows(Database& db, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return QList<Complaint>();
    if (ids.size() > kMaxIds)
        return fail(ErrorKind::Internal, u"too many ids"_s);
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(u"?"_s);
    auto statement = db.prepare(
        u"SELECT c.id, c.number, c.received_at, c.channel, c.complainant_name, c.complainant_kana, c.relation, "
        "c.category, c.content, c.status, c.assignee_id, a.display_name, c.target_date, c.answered_on, "
        "c.answer_method, c.result, c.prevention, c.completed_on, c.possible_breach "
        "FROM complaints c LEFT JOIN accounts a ON a.id = c.assignee_id WHERE c.id IN ("_s
        + marks.join(u", "_s) + u')');
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    for (qint64 id : ids)
        statement->bind(index++, id);
    auto rows = collect<Complaint>(*statement, readRegisterRow);
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < rows->size(); ++i)
        position.insert(rows->at(i).id, i);
    QList<Complaint> ordered;
    ordered.reserve(rows->size());
    for (qint64 id : ids)
        if (const auto found = position.constFind(id); found != position.cend())
            ordered.append(std::move((*rows)[*found]));
    return ordered;
}

ReadSnapshot::ReadSnapshot(Database& db)
    : m_db(db)
{
}

ReadSnapshot::~ReadSnapshot()
{
    // A read-only transaction has nothing to commit: ending it only releases the snapshot.
    if (m_active)
        (void)m_db.exec("COMMIT");
}

Status ReadSnapshot::begin()
{
    // Inside a caller's transaction the snapshot is already the caller's.
    if (m_db.inTransaction())
        return {};
    // Deferred: no lock is taken until the first read, and readers never block the writers of WAL.
    auto status = m_db.exec("BEGIN");
    m_active = status.has_value();
    return status;
}

} // namespace ComplaintExportTable

} // namespace pd::storage
