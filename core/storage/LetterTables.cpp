// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LetterTables.h"

#include "core/storage/Database.h"
#include "core/storage/Store.h"

namespace pd::storage {

namespace {
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

constexpr auto kTemplateColumns = "SELECT id, name, version, title, html, built_in, created_utc, created_by "
                                  "FROM letter_templates ";

StoredTemplate readTemplate(const SqlStatement& row)
{
    StoredTemplate stored;
    stored.id = row.integer(0);
    stored.name = row.text(1);
    stored.version = int(row.integer(2));
    stored.title = row.text(3);
    stored.html = row.text(4);
    stored.builtIn = row.integer(5) != 0;
    stored.createdUtc = QDateTime::fromString(row.text(6), Qt::ISODateWithMs);
    stored.createdBy = row.text(7);
    return stored;
}

// The listing columns; the PDF is column 19 only when asked for.
constexpr auto kLetterColumns =
    "SELECT l.id, l.document_number, l.fiscal_year, l.sequence, l.template_id, t.name, t.version, l.record_type, "
    "l.record_id, l.recipient_name, l.title, l.data_json, l.pdf_hash, l.page_count, l.issued_utc, l.issued_by, "
    "a.display_name, l.record_number, l.issue_date ";

constexpr auto kLetterJoins = " FROM issued_letters l JOIN letter_templates t ON t.id = l.template_id "
                              "LEFT JOIN accounts a ON a.id = l.issued_by ";

IssuedLetter readLetter(const SqlStatement& row, bool withPdf)
{
    IssuedLetter letter;
    letter.id = row.integer(0);
    letter.documentNumber = row.text(1);
    letter.fiscalYear = int(row.integer(2));
    letter.sequence = row.integer(3);
    letter.templateId = row.integer(4);
    letter.templateName = row.text(5);
    letter.templateVersion = int(row.integer(6));
    letter.recordType = row.text(7);
    letter.recordId = row.integer(8);
    letter.recipientName = row.text(9);
    letter.title = row.text(10);
    letter.dataJson = row.text(11);
    letter.pdfHash = row.blob(12);
    letter.pageCount = int(row.integer(13));
    letter.issuedUtc = QDateTime::fromString(row.text(14), Qt::ISODateWithMs);
    letter.issuedBy = row.integer(15);
    letter.issuedByName = row.text(16);
    letter.recordNumber = row.text(17);
    letter.issueDate = QDate::fromString(row.text(18), Qt::ISODate);
    if (withPdf)
        letter.pdf = row.blob(19);
    return letter;
}
} // namespace

namespace NumberCounters {

Result<qint64> next(Writer& writer, const QString& series, int fiscalYear)
{
    Database& db = writer.database();
    if (!db.inTransaction())
        return fail(ErrorKind::Internal, QStringLiteral("numbering outside a transaction"));
    auto current = peek(db, series, fiscalYear);
    if (!current)
        return current;
    const qint64 value = *current + 1;
    auto statement = db.prepare(*current == 0
                                    ? "INSERT INTO number_counters (last_value, series, fiscal_year) VALUES (?, ?, ?)"
                                    : "UPDATE number_counters SET last_value = ? WHERE series = ? AND fiscal_year = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, value).bind(2, series).bind(3, fiscalYear);
    if (auto status = statement->run(); !status)
        return std::unexpected(status.error());
    return value;
}

Result<qint64> peek(Database& db, const QString& series, int fiscalYear)
{
    auto statement = db.prepare("SELECT last_value FROM number_counters WHERE series = ? AND fiscal_year = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, series).bind(2, fiscalYear);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->integer(0) : 0;
}

} // namespace NumberCounters

namespace TemplateTable {

Result<QList<StoredTemplate>> latestVersions(Database& db)
{
    auto statement = db.prepare(QString::fromLatin1(kTemplateColumns)
                                + QStringLiteral("WHERE version = (SELECT max(version) FROM letter_templates v "
                                                 "WHERE v.name = letter_templates.name) ORDER BY built_in DESC, id"));
    if (!statement)
        return std::unexpected(statement.error());
    return collect<StoredTemplate>(*statement, readTemplate);
}

Result<std::optional<StoredTemplate>> latest(Database& db, const QString& name)
{
    auto statement =
        db.prepare(QString::fromLatin1(kTemplateColumns) + QStringLiteral("WHERE name = ? ORDER BY version DESC LIMIT 1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, name);
    return single<StoredTemplate>(*statement, readTemplate);
}

Result<std::optional<StoredTemplate>> byId(Database& db, qint64 id)
{
    auto statement = db.prepare(QString::fromLatin1(kTemplateColumns) + QStringLiteral("WHERE id = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return single<StoredTemplate>(*statement, readTemplate);
}

Result<QList<StoredTemplate>> versions(Database& db, const QString& name)
{
    auto statement =
        db.prepare(QString::fromLatin1(kTemplateColumns) + QStringLiteral("WHERE name = ? ORDER BY version DESC"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, name);
    return collect<StoredTemplate>(*statement, readTemplate);
}

Result<StoredTemplate> addVersion(Writer& writer, const StoredTemplate& draft)
{
    auto current = latest(writer.database(), draft.name);
    if (!current)
        return std::unexpected(current.error());
    StoredTemplate stored = draft;
    stored.version = current->has_value() ? (*current)->version + 1 : 1;
    const QString now = nowIso();
    auto id = writer.insert("letter_templates",
                            {{"name", stored.name},
                             {"version", stored.version},
                             {"title", stored.title},
                             {"html", stored.html},
                             {"built_in", stored.builtIn},
                             {"created_utc", now},
                             {"created_by", stored.createdBy}},
                            QStringLiteral("letter_template"));
    if (!id)
        return std::unexpected(id.error());
    stored.id = *id;
    stored.createdUtc = QDateTime::fromString(now, Qt::ISODateWithMs);
    return stored;
}

} // namespace TemplateTable

namespace IssuedLetterTable {

Result<qint64> insert(Writer& writer, const IssuedLetter& letter)
{
    return writer.insert("issued_letters",
                         {{"document_number", letter.documentNumber},
                          {"fiscal_year", letter.fiscalYear},
                          {"sequence", letter.sequence},
                          {"template_id", letter.templateId},
                          {"record_type", letter.recordType},
                          {"record_id", letter.recordId},
                          {"record_number", letter.recordNumber},
                          {"issue_date", letter.issueDate.toString(Qt::ISODate)},
                          {"recipient_name", letter.recipientName},
                          {"title", letter.title},
                          {"data_json", letter.dataJson},
                          {"pdf", letter.pdf},
                          {"pdf_hash", letter.pdfHash},
                          {"page_count", letter.pageCount},
                          {"issued_utc", letter.issuedUtc.toUTC().toString(Qt::ISODateWithMs)},
                          {"issued_by", letter.issuedBy}},
                         QStringLiteral("issued_letter"));
}

Result<QList<IssuedLetter>> forRecord(Database& db, const QString& recordType, qint64 recordId)
{
    auto statement = db.prepare(QString::fromLatin1(kLetterColumns) + QString::fromLatin1(kLetterJoins)
                                + QStringLiteral("WHERE l.record_type = ? AND l.record_id = ? ORDER BY l.issued_utc DESC"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, recordType).bind(2, recordId);
    return collect<IssuedLetter>(*statement, [](const SqlStatement& row) { return readLetter(row, false); });
}

Result<QList<IssuedLetter>> issuedBetween(Database& db, const QDateTime& fromUtc, const QDateTime& untilUtc)
{
    auto statement = db.prepare(QString::fromLatin1(kLetterColumns) + QString::fromLatin1(kLetterJoins)
                                + QStringLiteral("WHERE l.issued_utc >= ? AND l.issued_utc < ? "
                                                 "ORDER BY l.fiscal_year, l.sequence"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, fromUtc.toUTC().toString(Qt::ISODateWithMs)).bind(2, untilUtc.toUTC().toString(Qt::ISODateWithMs));
    return collect<IssuedLetter>(*statement, [](const SqlStatement& row) { return readLetter(row, false); });
}

Result<std::optional<IssuedLetter>> byId(Database& db, qint64 id)
{
    auto statement = db.prepare(QString::fromLatin1(kLetterColumns) + QStringLiteral(", l.pdf")
                                + QString::fromLatin1(kLetterJoins) + QStringLiteral("WHERE l.id = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return single<IssuedLetter>(*statement, [](const SqlStatement& row) { return readLetter(row, true); });
}

Result<std::optional<IssuedLetter>> byNumber(Database& db, const QString& documentNumber)
{
    auto statement = db.prepare(QString::fromLatin1(kLetterColumns) + QStringLiteral(", l.pdf")
                                + QString::fromLatin1(kLetterJoins)
                                + QStringLiteral("WHERE l.document_number = ? ORDER BY l.issued_utc DESC LIMIT 1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, documentNumber);
    return single<IssuedLetter>(*statement, [](const SqlStatement& row) { return readLetter(row, true); });
}

} // namespace IssuedLetterTable

} // namespace pd::storage
