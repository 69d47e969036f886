// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintTables.h"

#include "core/complaints/ComplaintSearch.h"
#include "core/model/FiscalYear.h"
#include "core/storage/Database.h"
#include "core/storage/Store.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::storage {

namespace {

const QString kRecordType = u"complaint"_s;
const QString kTimelineRecordType = u"complaint_timeline"_s;

// Local wall-clock times are stored without an offset ("2025-04-01T09:30:00"): they sort and
// compare as text, and a date range is a text range. The office keeps Japanese time (no DST).
const QString kLocalFormat = u"yyyy-MM-dd'T'HH:mm:ss"_s;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant localTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // Formatting date and time separately skips the time-zone lookup QDateTime::toString does.
    const QDateTime local = time.timeSpec() == Qt::LocalTime ? time : time.toLocalTime();
    return QVariant(local.date().toString(Qt::ISODate) + u'T' + local.time().toString(u"HH:mm:ss"_s));
}

QVariant utcTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant isoDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant accountOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QDateTime readLocalTime(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromString(row.text(column), kLocalFormat);
}

QDateTime readUtcTime(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromString(row.text(column), Qt::ISODateWithMs);
}

QDate readDate(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}

Result<qint64> scalar(SqlStatement& statement)
{
    auto row = statement.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement.integer(0) : 0;
}

/// The fields a user edits, and the sign-off: compared column by column on update.
Columns editableColumns(const Complaint& c)
{
    const ChannelDetails& d = c.channelDetails;
    return {
        { "received_at", localTime(c.receivedAt) },
        { "channel", channelKey(c.channel) },
        { "complainant_name", c.complainant.name },
        { "complainant_kana", c.complainant.kana },
        { "complainant_phone", c.complainant.phone },
        { "complainant_email", c.complainant.email },
        { "complainant_postal_code", c.complainant.postalCode },
        { "complainant_address", c.complainant.address },
        { "relation", relationKey(c.complainant.relation) },
        { "category", categoryKey(c.category) },
        { "target_date", isoDate(c.targetDate) },
        { "assignee_id", accountOrNull(c.assigneeId) },
        { "answer_method", answerMethodKey(c.answerMethod) },
        { "answered_on", isoDate(c.answeredOn) },
        { "result", c.result },
        { "prevention", c.prevention },
        { "signed_off_by", accountOrNull(c.signedOffBy) },
        { "signed_off_utc", c.signedOffBy > 0 ? utcTime(c.signedOffAt) : QVariant() },
        { "possible_breach", c.possibleBreach },
        { "caller_number", d.callerNumber },
        { "call_started_at", localTime(d.callStarted) },
        { "call_ended_at", localTime(d.callEnded) },
        { "fax_number", d.faxNumber },
        { "email_from", d.emailFrom },
        { "email_date", localTime(d.emailDate) },
        { "email_subject", d.emailSubject },
        { "postmark_date", isoDate(d.postmarkDate) },
        { "sender_address", d.senderAddress },
        { "content", c.content },
        { "email_body", d.emailBody },
    };
}

Columns insertColumns(const Complaint& c)
{
    const QString now = nowUtc();
    Columns columns {
        { "number", c.number },
        { "fiscal_year", c.fiscalYear },
        { "sequence", c.sequence },
        { "received_by", accountOrNull(c.receivedBy) },
        { "status", statusKey(c.status) },
        { "completed_on", isoDate(c.completedOn) },
        { "created_utc", now },
        { "updated_utc", now },
    };
    columns.append(editableColumns(c));
    return columns;
}

constexpr auto kComplaintSelect
    = "SELECT c.id, c.number, c.fiscal_year, c.sequence, c.received_at, c.received_by, r.display_name, c.channel, "
      "c.complainant_name, c.complainant_kana, c.complainant_phone, c.complainant_email, c.complainant_postal_code, "
      "c.complainant_address, c.relation, c.content, c.category, c.target_date, c.assignee_id, a.display_name, "
      "c.answer_method, c.answered_on, c.result, c.prevention, c.signed_off_by, s.display_name, c.signed_off_utc, "
      "c.completed_on, c.possible_breach, c.status, c.caller_number, c.call_started_at, c.call_ended_at, "
      "c.fax_number, c.email_from, c.email_date, c.email_subject, c.email_body, c.postmark_date, c.sender_address, "
      "c.revision, c.created_utc, c.updated_utc "
      "FROM complaints c LEFT JOIN accounts r ON r.id = c.received_by LEFT JOIN accounts a ON a.id = c.assignee_id "
      "LEFT JOIN accounts s ON s.id = c.signed_off_by ";

Complaint readComplaint(const SqlStatement& row)
{
    Complaint c;
    int i = 0;
    c.id = row.integer(i++);
    c.number = row.text(i++);
    c.fiscalYear = int(row.integer(i++));
    c.sequence = row.integer(i++);
    c.receivedAt = readLocalTime(row, i++);
    c.receivedBy = row.integer(i++);
    c.receivedByName = row.text(i++);
    c.channel = channelFromKey(row.text(i++)).value_or(ComplaintChannel::Other);
    c.complainant.name = row.text(i++);
    c.complainant.kana = row.text(i++);
    c.complainant.phone = row.text(i++);
    c.complainant.email = row.text(i++);
    c.complainant.postalCode = row.text(i++);
    c.complainant.address = row.text(i++);
    c.complainant.relation = relationFromKey(row.text(i++)).value_or(ComplainantRelation::Anonymous);
    c.content = row.text(i++);
    c.category = categoryFromKey(row.text(i++)).value_or(ComplaintCategory::Other);
    c.targetDate = readDate(row, i++);
    c.assigneeId = row.integer(i++);
    c.assigneeName = row.text(i++);
    c.answerMethod = answerMethodFromKey(row.text(i++)).value_or(AnswerMethod::None);
    c.answeredOn = readDate(row, i++);
    c.result = row.text(i++);
    c.prevention = row.text(i++);
    c.signedOffBy = row.integer(i++);
    c.signedOffByName = row.text(i++);
    c.signedOffAt = readUtcTime(row, i++);
    c.completedOn = readDate(row, i++);
    c.possibleBreach = row.integer(i++) != 0;
    c.status = statusFromKey(row.text(i++)).value_or(ComplaintStatus::Received);
    ChannelDetails& d = c.channelDetails;
    d.callerNumber = row.text(i++);
    d.callStarted = readLocalTime(row, i++);
    d.callEnded = readLocalTime(row, i++);
    d.faxNumber = row.text(i++);
    d.emailFrom = row.text(i++);
    d.emailDate = readLocalTime(row, i++);
    d.emailSubject = row.text(i++);
    d.emailBody = row.text(i++);
    d.postmarkDate = readDate(row, i++);
    d.senderAddress = row.text(i++);
    c.revision = row.integer(i++);
    c.createdUtc = readUtcTime(row, i++);
    c.updatedUtc = readUtcTime(row, i++);
    return c;
}

Result<QList<qint64>> linkedPurposeCategories(Database& db, qint64 complaintId)
{
    auto statement = db.prepare(
        "SELECT purpose_category_id FROM complaint_categories WHERE complaint_id = ? ORDER BY purpose_category_id");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, complaintId);
    return collect<qint64>(*statement, [](const SqlStatement& row) { return row.integer(0); });
}

Status insertPurposeCategories(Database& db, qint64 complaintId, const QList<qint64>& ids)
{
    auto statement
        = db.prepare("INSERT OR IGNORE INTO complaint_categories (complaint_id, purpose_category_id) VALUES (?, ?)");
    if (!statement)
        return std::unexpected(statement.error());
    for (qint64 id : ids) {
        statement->reset();
        statement->bind(1, complaintId).bind(2, id);
        if (auto status = statement->run(); !status)
            return status;
    }
    return {};
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<std::optional<Complaint>> findWhere(Database& db, const char* where, const QVariant& value)
{
    auto statement = db.prepare(QString::fromLatin1(kComplaintSelect) + QString::fromLatin1(where));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, value);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Complaint>();
    Complaint complaint = readComplaint(*statement);
    statement = SqlStatement(); // one statement at a time: the next queries read other tables
    auto categories = linkedPurposeCategories(db, complaint.id);
    if (!categories)
        return std::unexpected(categories.error());
    complaint.purposeCategoryIds = *categories;
    auto timeline = ComplaintTimelineTable::forComplaint(db, complaint.id);
    if (!timeline)
        return std::unexpected(timeline.error());
    complaint.timeline = *timeline;
    return std::optional<Complaint>(std::move(complaint));
}

ComplaintTimelineEntry readTimelineEntry(const SqlStatement& row)
{
    ComplaintTimelineEntry entry;
    entry.id = row.integer(0);
    entry.complaintId = row.integer(1);
    entry.at = readLocalTime(row, 2);
    entry.accountId = row.integer(3);
    entry.accountName = row.text(4);
    entry.text = row.text(5);
    if (!row.isNull(6))
        entry.status = statusFromKey(row.text(6));
    entry.createdUtc = readUtcTime(row, 7);
    return entry;
}

Columns timelineColumns(const ComplaintTimelineEntry& entry, qint64 complaintId)
{
    return {
        { "complaint_id", complaintId },
        { "at", localTime(entry.at) },
        { "account_id", entry.accountId },
        { "status", entry.status ? QVariant(statusKey(*entry.status)) : QVariant() },
        { "text", entry.text },
        { "created_utc", nowUtc() },
    };
}

// ---------------------------------------------------------------------------------------
// List queries. Conditions and values are collected in the order they appear in the SQL text.

/// A list of status keys that await an answer, for IN (…).
QStringList openStatusKeys()
{
    QStringList keys;
    for (ComplaintStatus status : kComplaintStatuses)
        if (awaitsAnswer(status))
            keys.append(statusKey(status));
    return keys;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

struct SqlParts
{
    QStringList conditions;
    QVariantList values;

    void add(const QString& condition, const QVariantList& bound = {})
    {
        conditions.append(condition);
        values.append(bound);
    }
    void addIn(const QString& column, const QStringList& keys)
    {
        QVariantList bound;
        for (const QString& key : keys)
            bound.append(key);
        add(column + u" IN ("_s + placeholders(keys.size()) + u')', bound);
    }
    QString where() const { return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s); }
};

template <typename Enum, typename Key> QStringList keysOf(const QList<Enum>& values, Key key)
{
    QStringList keys;
    for (Enum value : values)
        keys.append(key(value));
    return keys;
}

/// How the complaints table is read, chosen here per query shape rather than left to SQLite's
/// planner: without statistics (and ANALYZE would have to be kept current) it picks badly on
/// these shapes, by a factor of 50 at 100,000 complaints.
enum class Access {
    ListIndex, // complaints_list: covers every filter column, ordered by reception time
    KanaIndex, // complaints_kana: the same columns, ordered by reading
    TargetIndex, // complaints_target, without filters
    NumberIndex, // UNIQUE (fiscal_year, sequence), without filters
    OpenStatuses, // complaints_status_target: complaints still open are few in any office
    ById, // a search with few matches: fetch them by id
};

/// Up to this many matches, a search fetches its complaints by id; above, it walks complaints_list
/// and stops when the page is full. Fetching by id costs a random page read per match (thousands
/// for a common term); the walk is bounded by one pass over the index.
constexpr qint64 kFetchByIdLimit = 1000;

struct SearchPlan
{
    QString match; // empty: no search
    qint64 matches = 0;
    bool active() const { return !match.isEmpty(); }
    bool byId() const { return matches <= kFetchByIdLimit; }
};

Result<SearchPlan> planSearch(Database& db, const ComplaintFilter& filter)
{
    SearchPlan plan;
    plan.match = ComplaintSearch::matchExpression(filter.searchText);
    if (!plan.active())
        return plan;
    auto statement = db.prepare("SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, plan.match);
    auto counted = scalar(*statement);
    if (!counted)
        return std::unexpected(counted.error());
    plan.matches = *counted;
    return plan;
}

bool hasConditions(const ComplaintFilter& filter)
{
    return !filter.statuses.isEmpty() || !filter.channels.isEmpty() || !filter.categories.isEmpty() || filter.assigneeId
        || filter.fiscalYear || filter.receivedFrom.isValid() || filter.receivedTo.isValid() || filter.overdueOnly
        || filter.dueWithinDays || filter.possibleBreachOnly;
}

Access chooseAccess(const ComplaintFilter& filter, const SearchPlan& search, ComplaintSortColumn sort)
{
    if (search.active())
        return search.byId() ? Access::ById : Access::ListIndex;
    const bool onlyOpen = !filter.statuses.isEmpty()
        && std::none_of(filter.statuses.cbegin(), filter.statuses.cend(), [](ComplaintStatus s) { return isFinal(s); });
    if (filter.overdueOnly || filter.dueWithinDays || onlyOpen)
        return Access::OpenStatuses;
    if (sort == ComplaintSortColumn::Complainant)
        return Access::KanaIndex;
    if (!hasConditions(filter) && sort == ComplaintSortColumn::TargetDate)
        return Access::TargetIndex;
    if (!hasConditions(filter) && sort == ComplaintSortColumn::Number)
        return Access::NumberIndex;
    return Access::ListIndex;
}

QString complaintsSource(Access access)
{
    switch (access) {
    case Access::ListIndex:
        break;
    case Access::KanaIndex:
        return u"complaints c INDEXED BY complaints_kana"_s;
    case Access::TargetIndex:
        return u"complaints c INDEXED BY complaints_target"_s;
    case Access::NumberIndex:
        return u"complaints c"_s; // SQLite takes the UNIQUE index for this order by itself
    case Access::OpenStatuses:
        return u"complaints c INDEXED BY complaints_status_target"_s;
    case Access::ById:
        return u"complaints c NOT INDEXED"_s;
    }
    return u"complaints c INDEXED BY complaints_list"_s;
}

/// Every condition, for `access`. Conditions that must not drive the query carry a unary +
/// (SQLite then only checks them); the chosen index is forced by complaintsSource().
SqlParts filterConditions(const ComplaintFilter& filter, const SearchPlan& search, Access access, QDate today)
{
    SqlParts parts;
    if (!filter.statuses.isEmpty())
        parts.addIn(
            access == Access::OpenStatuses ? u"c.status"_s : u"+c.status"_s, keysOf(filter.statuses, statusKey));
    if (!filter.channels.isEmpty())
        parts.addIn(u"+c.channel"_s, keysOf(filter.channels, channelKey));
    if (!filter.categories.isEmpty())
        parts.addIn(u"+c.category"_s, keysOf(filter.categories, categoryKey));
    if (filter.assigneeId) {
        if (*filter.assigneeId > 0)
            parts.add(u"+c.assignee_id = ?"_s, { *filter.assigneeId });
        else
            parts.add(u"+c.assignee_id IS NULL"_s);
    }
    if (filter.fiscalYear) {
        // As a range of reception times: complaints_list then serves both the filter and the order.
        const FiscalYear year(*filter.fiscalYear);
        parts.add(u"c.received_at >= ? AND c.received_at < ?"_s,
            { year.firstDay().toString(Qt::ISODate), year.lastDay().addDays(1).toString(Qt::ISODate) });
    }
    if (filter.receivedFrom.isValid())
        parts.add(u"c.received_at >= ?"_s, { filter.receivedFrom.toString(Qt::ISODate) });
    if (filter.receivedTo.isValid())
        parts.add(u"c.received_at < ?"_s, { filter.receivedTo.addDays(1).toString(Qt::ISODate) });
    if (filter.overdueOnly) {
        parts.addIn(u"c.status"_s, openStatusKeys());
        parts.add(u"c.target_date < ?"_s, { today.toString(Qt::ISODate) });
    }
    if (filter.dueWithinDays) {
        parts.addIn(u"c.status"_s, openStatusKeys());
        parts.add(u"c.target_date >= ? AND c.target_date <= ?"_s,
            { today.toString(Qt::ISODate), today.addDays(std::max(0, *filter.dueWithinDays)).toString(Qt::ISODate) });
    }
    if (filter.possibleBreachOnly)
        parts.add(u"+c.possible_breach = 1"_s);
    if (search.active()) {
        // Fetched by id, or (with the +) held as one in-memory set that each entry of the walked
        // index is checked against.
        parts.add((access == Access::ById ? u"c.id"_s : u"+c.id"_s)
                + u" IN (SELECT docid FROM complaint_fts WHERE complaint_fts MATCH ?)"_s,
            { search.match });
    }
    return parts;
}

/// Sorts an enum column in the enum's own order (workflow order for statuses), not by key.
template <typename Enum, std::size_t N>
QString enumOrder(const QString& column, const std::array<Enum, N>& values, QString (*key)(Enum))
{
    // The keys are this module's own ASCII constants, never user input.
    QString sql = u"CASE "_s + column;
    int rank = 0;
    for (Enum value : values)
        sql += u" WHEN '%1' THEN %2"_s.arg(key(value)).arg(rank++);
    return sql + u" END"_s;
}

QString orderBy(const ComplaintSort& sort)
{
    const QString direction = sort.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QStringList keys;
    switch (sort.column) {
    case ComplaintSortColumn::Number:
        keys = { u"c.fiscal_year"_s, u"c.sequence"_s };
        break;
    case ComplaintSortColumn::ReceivedAt:
        keys = { u"c.received_at"_s };
        break;
    case ComplaintSortColumn::Channel:
        keys = { enumOrder(u"c.channel"_s, kComplaintChannels, channelKey) };
        break;
    case ComplaintSortColumn::Complainant:
        // Japanese names sort by their reading.
        keys = { u"c.complainant_kana"_s, u"c.complainant_name"_s };
        break;
    case ComplaintSortColumn::Category:
        keys = { enumOrder(u"c.category"_s, kComplaintCategories, categoryKey) };
        break;
    case ComplaintSortColumn::Status:
        keys = { enumOrder(u"c.status"_s, kComplaintStatuses, statusKey) };
        break;
    case ComplaintSortColumn::Assignee:
        keys = { u"a.display_name"_s };
        break;
    case ComplaintSortColumn::TargetDate:
        keys = { u"c.target_date"_s };
        break;
    }
    keys.append(u"c.id"_s);
    return u" ORDER BY "_s + keys.join(direction + u", "_s) + direction;
}

struct PageQuery
{
    QString sql;
    QVariantList values;
};

/// A page in two steps: the inner query orders and cuts ids only, from an index where it can, so
/// that sorting and skipping never read whole records; the outer one reads the rows of the page.
PageQuery pageQuery(const ComplaintFilter& filter, const SearchPlan& search, const ComplaintSort& sort, QDate today,
    int offset, int limit)
{
    PageQuery query;
    const QStringList open = openStatusKeys();
    const QString order = orderBy(sort);
    const QString accounts = u" LEFT JOIN accounts a ON a.id = c.assignee_id"_s;
    query.sql = u"SELECT c.id, c.number, c.received_at, c.channel, c.complainant_name, c.complainant_kana, "
                "c.category, c.status, c.assignee_id, a.display_name, c.target_date, c.possible_breach, "
                "(c.status IN ("_s
        + placeholders(open.size()) + u") AND c.target_date < ?) FROM complaints c"_s + accounts;
    for (const QString& key : open)
        query.values.append(key);
    query.values.append(today.toString(Qt::ISODate));
    const Access access = chooseAccess(filter, search, sort.column);
    const SqlParts parts = filterConditions(filter, search, access, today);
    query.sql += u" WHERE c.id IN (SELECT c.id FROM "_s + complaintsSource(access)
        + (sort.column == ComplaintSortColumn::Assignee ? accounts : QString()) + parts.where() + order
        + u" LIMIT ? OFFSET ?)"_s + order;
    query.values.append(parts.values);
    query.values.append(std::max(0, limit));
    query.values.append(std::max(0, offset));
    return query;
}

ComplaintListRow readListRow(const SqlStatement& row)
{
    ComplaintListRow line;
    line.id = row.integer(0);
    line.number = row.text(1);
    line.receivedAt = readLocalTime(row, 2);
    line.channel = channelFromKey(row.text(3)).value_or(ComplaintChannel::Other);
    line.complainantName = row.text(4);
    line.complainantKana = row.text(5);
    line.category = categoryFromKey(row.text(6)).value_or(ComplaintCategory::Other);
    line.status = statusFromKey(row.text(7)).value_or(ComplaintStatus::Received);
    line.assigneeId = row.integer(8);
    line.assigneeName = row.text(9);
    line.targetDate = readDate(row, 10);
    line.possibleBreach = row.integer(11) != 0;
    line.overdue = row.integer(12) != 0;
    return line;
}

Result<SqlStatement> prepareBound(Database& db, const QString& sql, const QVariantList& values)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    for (const QVariant& value : values)
        statement->bind(index++, value);
    return statement;
}

} // namespace

// ---------------------------------------------------------------------------------------

namespace ComplaintTable {

Result<qint64> insert(Writer& writer, const Complaint& complaint)
{
    auto id = writer.insert("complaints", insertColumns(complaint), kRecordType);
    if (!id)
        return id;
    if (auto status = insertPurposeCategories(writer.database(), *id, sortedUnique(complaint.purposeCategoryIds));
        !status)
        return std::unexpected(status.error());
    for (ComplaintTimelineEntry entry : complaint.timeline) {
        entry.complaintId = *id;
        if (auto added = ComplaintTimelineTable::insert(writer, entry); !added)
            return std::unexpected(added.error());
    }
    if (auto status = refreshSearch(writer, *id); !status)
        return std::unexpected(status.error());
    return id;
}

Status update(Writer& writer, const Complaint& before, const Complaint& after)
{
    const Columns old = editableColumns(before);
    const Columns wanted = editableColumns(after);
    Columns changed;
    for (qsizetype i = 0; i < wanted.size(); ++i)
        if (old.at(i).second != wanted.at(i).second)
            changed.append(wanted.at(i));
    const QList<qint64> oldCategories = sortedUnique(before.purposeCategoryIds);
    const QList<qint64> newCategories = sortedUnique(after.purposeCategoryIds);
    const bool categoriesChanged = oldCategories != newCategories;
    if (changed.isEmpty() && !categoriesChanged)
        return {};
    // Even a change of categories alone bumps the revision, so that a concurrent edit conflicts.
    changed.append({ "updated_utc", nowUtc() });
    if (auto status = writer.update("complaints", before.id, changed, kRecordType, before.revision); !status)
        return status;
    if (categoriesChanged) {
        auto remove = writer.database().prepare("DELETE FROM complaint_categories WHERE complaint_id = ?");
        if (!remove)
            return std::unexpected(remove.error());
        remove->bind(1, before.id);
        if (auto status = remove->run(); !status)
            return status;
        if (auto status = insertPurposeCategories(writer.database(), before.id, newCategories); !status)
            return status;
        // The row's audit entry names columns; the link table is named here.
        if (auto status = writer.audit(u"update"_s, kRecordType, before.id, u"purpose_categories"_s); !status)
            return status;
    }
    return refreshSearch(writer, before.id);
}

Status setStatus(Writer& writer, qint64 id, qint64 expectedRevision, ComplaintStatus status, QDate completedOn)
{
    return writer.update("complaints", id,
        { { "status", statusKey(status) }, { "completed_on", isoDate(completedOn) }, { "updated_utc", nowUtc() } },
        kRecordType, expectedRevision);
}

Status setSignOff(Writer& writer, qint64 id, qint64 expectedRevision, qint64 officerId, const QDateTime& atUtc)
{
    return writer.update("complaints", id,
        { { "signed_off_by", accountOrNull(officerId) },
            { "signed_off_utc", officerId > 0 ? utcTime(atUtc) : QVariant() }, { "updated_utc", nowUtc() } },
        kRecordType, expectedRevision);
}

Result<std::optional<Complaint>> find(Database& db, qint64 id)
{
    return findWhere(db, "WHERE c.id = ?", id);
}

Result<std::optional<Complaint>> findByNumber(Database& db, const QString& number)
{
    return findWhere(db, "WHERE c.number = ?", number.trimmed());
}

Status refreshSearch(Writer& writer, qint64 id)
{
    Database& db = writer.database();
    auto complaint = find(db, id);
    if (!complaint)
        return std::unexpected(complaint.error());
    if (!complaint->has_value())
        return fail(ErrorKind::NotFound);
    const QString tokens = ComplaintSearch::documentTokens(ComplaintSearch::searchableTexts(**complaint));

    auto current = db.prepare("SELECT tokens FROM complaint_search WHERE complaint_id = ?");
    if (!current)
        return std::unexpected(current.error());
    current->bind(1, id);
    auto row = current->step();
    if (!row)
        return std::unexpected(row.error());
    const bool exists = *row;
    if (exists && current->text(0) == tokens)
        return {};
    *current = SqlStatement();

    if (exists) {
        // FTS4 finds what to remove by re-reading the old tokens: delete before they change.
        auto remove = db.prepare("DELETE FROM complaint_fts WHERE docid = ?");
        if (!remove)
            return std::unexpected(remove.error());
        remove->bind(1, id);
        if (auto status = remove->run(); !status)
            return status;
    }
    auto store = db.prepare(exists ? "UPDATE complaint_search SET tokens = ?2 WHERE complaint_id = ?1"
                                   : "INSERT INTO complaint_search (complaint_id, tokens) VALUES (?1, ?2)");
    if (!store)
        return std::unexpected(store.error());
    store->bind(1, id).bind(2, tokens);
    if (auto status = store->run(); !status)
        return status;
    auto index = db.prepare("INSERT INTO complaint_fts (docid, tokens) VALUES (?, ?)");
    if (!index)
        return std::unexpected(index.error());
    index->bind(1, id).bind(2, tokens);
    return index->run();
}

Result<QSet<qint64>> purposeCategoryIds(Database& db)
{
    auto statement = db.prepare("SELECT id FROM purpose_categories");
    if (!statement)
        return std::unexpected(statement.error());
    auto ids = collect<qint64>(*statement, [](const SqlStatement& row) { return row.integer(0); });
    if (!ids)
        return std::unexpected(ids.error());
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

Status optimizeSearchIndex(Writer& writer)
{
    return writer.database().exec("INSERT INTO complaint_fts (complaint_fts) VALUES ('optimize')");
}

} // namespace ComplaintTable

namespace ComplaintTimelineTable {

Result<qint64> insert(Writer& writer, const ComplaintTimelineEntry& entry)
{
    return writer.insert("complaint_timeline", timelineColumns(entry, entry.complaintId), kTimelineRecordType);
}

Result<QList<ComplaintTimelineEntry>> forComplaint(Database& db, qint64 complaintId)
{
    auto statement = db.prepare("SELECT t.id, t.complaint_id, t.at, t.account_id, a.display_name, t.text, t.status, "
                                "t.created_utc FROM complaint_timeline t LEFT JOIN accounts a ON a.id = t.account_id "
                                "WHERE t.complaint_id = ? ORDER BY t.at, t.id");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, complaintId);
    return collect<ComplaintTimelineEntry>(*statement, readTimelineEntry);
}

} // namespace ComplaintTimelineTable

namespace ComplaintListTable {

Result<int> count(Database& db, const ComplaintFilter& filter, QDate today)
{
    auto search = planSearch(db, filter);
    if (!search)
        return std::unexpected(search.error());
    // Every complaint has exactly one search document: a search alone is counted by the index.
    if (search->active() && (!hasConditions(filter) || search->matches == 0))
        return int(search->matches);
    if (!search->active() && !hasConditions(filter)) {
        auto statement = db.prepare("SELECT count(*) FROM complaints");
        if (!statement)
            return std::unexpected(statement.error());
        auto counted = scalar(*statement);
        if (!counted)
            return std::unexpected(counted.error());
        return int(*counted);
    }
    const Access access = chooseAccess(filter, *search, ComplaintSortColumn::ReceivedAt);
    const SqlParts parts = filterConditions(filter, *search, access, today);
    auto statement
        = prepareBound(db, u"SELECT count(*) FROM "_s + complaintsSource(access) + parts.where(), parts.values);
    if (!statement)
        return std::unexpected(statement.error());
    auto counted = scalar(*statement);
    if (!counted)
        return std::unexpected(counted.error());
    return int(*counted);
}

Result<QList<ComplaintListRow>> page(
    Database& db, const ComplaintFilter& filter, const ComplaintSort& sort, int offset, int limit, QDate today)
{
    auto search = planSearch(db, filter);
    if (!search)
        return std::unexpected(search.error());
    if (search->active() && search->matches == 0)
        return QList<ComplaintListRow>();
    const PageQuery query = pageQuery(filter, *search, sort, today, offset, limit);
    auto statement = prepareBound(db, query.sql, query.values);
    if (!statement)
        return std::unexpected(statement.error());
    return collect<ComplaintListRow>(*statement, readListRow);
}

Result<ComplaintDueSummary> dueSummary(Database& db, QDate today)
{
    const QStringList open = openStatusKeys();
    QVariantList values { today.toString(Qt::ISODate), today.toString(Qt::ISODate),
        today.addDays(6).toString(Qt::ISODate) };
    for (const QString& key : open)
        values.append(key);
    auto statement = prepareBound(db,
        u"SELECT total(target_date < ?), total(target_date >= ? AND target_date <= ?) FROM complaints "
        "WHERE status IN ("_s
            + placeholders(open.size()) + u')',
        values);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    ComplaintDueSummary summary;
    if (*row) {
        summary.overdue = int(statement->integer(0));
        summary.dueThisWeek = int(statement->integer(1));
    }
    return summary;
}

Result<QStringList> explainPage(Database& db, const ComplaintFilter& filter, const ComplaintSort& sort, QDate today)
{
    auto search = planSearch(db, filter);
    if (!search)
        return std::unexpected(search.error());
    const PageQuery query = pageQuery(filter, *search, sort, today, 0, 50);
    auto statement = prepareBound(db, u"EXPLAIN QUERY PLAN "_s + query.sql, query.values);
    if (!statement)
        return std::unexpected(statement.error());
    return collect<QString>(*statement, [](const SqlStatement& row) { return row.text(3); });
}

} // namespace ComplaintListTable

// ---------------------------------------------------------------------------------------

ComplaintBulkWriter::ComplaintBulkWriter(Writer& writer)
    : m_writer(writer)
{
}

Status ComplaintBulkWriter::prepare()
{
    Database& db = m_writer.database();
    QStringList names;
    for (const auto& column : insertColumns(Complaint()))
        names.append(QString::fromLatin1(column.first));
    auto complaint
        = db.prepare(u"INSERT INTO complaints (%1) VALUES (%2)"_s.arg(names.join(u", "_s), placeholders(names.size())));
    QStringList timelineNames;
    for (const auto& column : timelineColumns(ComplaintTimelineEntry(), 0))
        timelineNames.append(QString::fromLatin1(column.first));
    auto timeline = db.prepare(u"INSERT INTO complaint_timeline (%1) VALUES (%2)"_s.arg(
        timelineNames.join(u", "_s), placeholders(timelineNames.size())));
    auto category = db.prepare("INSERT OR IGNORE INTO complaint_categories (complaint_id, purpose_category_id) "
                               "VALUES (?, ?)");
    auto search = db.prepare("INSERT INTO complaint_search (complaint_id, tokens) VALUES (?, ?)");
    auto index = db.prepare("INSERT INTO complaint_fts (docid, tokens) VALUES (?, ?)");
    for (const auto* statement : { &complaint, &timeline, &category, &search, &index })
        if (!*statement)
            return std::unexpected(statement->error());
    m_complaint = std::move(*complaint);
    m_timeline = std::move(*timeline);
    m_category = std::move(*category);
    m_search = std::move(*search);
    m_index = std::move(*index);
    m_prepared = true;
    return {};
}

Result<qint64> ComplaintBulkWriter::insert(const Complaint& complaint)
{
    if (!m_prepared)
        if (auto status = prepare(); !status)
            return std::unexpected(status.error());
    Database& db = m_writer.database();
    if (!db.inTransaction())
        return fail(ErrorKind::Internal, u"bulk insert outside a transaction"_s);

    m_complaint.reset();
    int index = 1;
    for (const auto& column : insertColumns(complaint))
        m_complaint.bind(index++, column.second);
    if (auto status = m_complaint.run(); !status)
        return std::unexpected(status.error());
    const qint64 id = db.lastInsertId();

    for (const ComplaintTimelineEntry& entry : complaint.timeline) {
        m_timeline.reset();
        index = 1;
        for (const auto& column : timelineColumns(entry, id))
            m_timeline.bind(index++, column.second);
        if (auto status = m_timeline.run(); !status)
            return std::unexpected(status.error());
    }
    const QList<qint64> categories = sortedUnique(complaint.purposeCategoryIds);
    for (qint64 category : categories) {
        m_category.reset();
        m_category.bind(1, id).bind(2, category);
        if (auto status = m_category.run(); !status)
            return std::unexpected(status.error());
    }

    const QString tokens = ComplaintSearch::documentTokens(ComplaintSearch::searchableTexts(complaint));
    m_search.reset();
    m_search.bind(1, id).bind(2, tokens);
    if (auto status = m_search.run(); !status)
        return std::unexpected(status.error());
    m_pendingIndex.append({ id, tokens });

    // One entry per complaint covers its row, timeline and links; counts only, never values.
    const QString detail
        = u"bulk; timeline=%1; purpose_categories=%2"_s.arg(complaint.timeline.size()).arg(categories.size());
    if (auto status = m_writer.audit(u"create"_s, kRecordType, id, detail); !status)
        return std::unexpected(status.error());
    return id;
}

Status ComplaintBulkWriter::finish()
{
    if (m_pendingIndex.isEmpty())
        return {};
    for (const auto& [id, tokens] : std::as_const(m_pendingIndex)) {
        m_index.reset();
        m_index.bind(1, id).bind(2, tokens);
        if (auto status = m_index.run(); !status)
            return status;
    }
    m_pendingIndex.clear();
    return {};
}

} // namespace pd::storage
