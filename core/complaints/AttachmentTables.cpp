// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/AttachmentTables.h"

#include "core/storage/Database.h"
#include "core/storage/Store.h"

using namespace Qt::StringLiterals;

namespace pd::storage {

namespace {

const QString kAttachmentRecordType = u"complaint_attachment"_s;
const QString kEmailRecordType = u"complaint_email"_s;
const QString kDraftRecordType = u"complaint_draft"_s;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime readUtcTime(const SqlStatement& row, int column)
{
    // Stored with a "Z", so the result is in UTC.
    return row.isNull(column) ? QDateTime() : QDateTime::fromString(row.text(column), Qt::ISODateWithMs);
}

constexpr auto kAttachmentSelect
    = "SELECT t.id, t.complaint_id, t.file_name, t.mime_type, t.size, t.source, t.added_by, a.display_name, "
      "t.added_utc FROM complaint_attachments t LEFT JOIN accounts a ON a.id = t.added_by ";

ComplaintAttachment readAttachment(const SqlStatement& row)
{
    ComplaintAttachment attachment;
    attachment.id = row.integer(0);
    attachment.complaintId = row.integer(1);
    attachment.fileName = row.text(2);
    attachment.mimeType = row.text(3);
    attachment.size = row.integer(4);
    attachment.source = row.text(5);
    attachment.addedBy = row.integer(6);
    attachment.addedByName = row.text(7);
    attachment.addedUtc = readUtcTime(row, 8);
    return attachment;
}

Result<std::optional<QByteArray>> singleBlob(SqlStatement& statement)
{
    return single<QByteArray>(statement, [](const SqlStatement& row) { return row.blob(0); });
}

Result<std::optional<qint64>> draftId(Database& db, qint64 accountId, const QString& key)
{
    auto statement = db.prepare("SELECT id FROM complaint_drafts WHERE account_id = ? AND draft_key = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, accountId).bind(2, key);
    return single<qint64>(*statement, [](const SqlStatement& row) { return row.integer(0); });
}

} // namespace

namespace AttachmentTable {

Result<qint64> insert(Writer& writer, const ComplaintAttachment& attachment, const QByteArray& content)
{
    // The content goes last, as in the table, and the audit entry lists column names only.
    return writer.insert("complaint_attachments",
        {
            { "complaint_id", attachment.complaintId },
            { "file_name", attachment.fileName },
            { "mime_type", attachment.mimeType },
            { "size", qint64(content.size()) },
            { "source", attachment.source },
            { "added_by", attachment.addedBy },
            { "added_utc", nowUtc() },
            { "content", content },
        },
        kAttachmentRecordType);
}

Result<QList<ComplaintAttachment>> forComplaint(Database& db, qint64 complaintId)
{
    auto statement = db.prepare(QString::fromLatin1(kAttachmentSelect) + u"WHERE t.complaint_id = ? ORDER BY t.id"_s);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, complaintId);
    return collect<ComplaintAttachment>(*statement, readAttachment);
}

Result<std::optional<ComplaintAttachment>> find(Database& db, qint64 id)
{
    auto statement = db.prepare(QString::fromLatin1(kAttachmentSelect) + u"WHERE t.id = ?"_s);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return single<ComplaintAttachment>(*statement, readAttachment);
}

Result<std::optional<QByteArray>> content(Database& db, qint64 id)
{
    auto statement = db.prepare("SELECT content FROM complaint_attachments WHERE id = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return singleBlob(*statement);
}

Status remove(Writer& writer, qint64 id)
{
    return writer.remove("complaint_attachments", id, kAttachmentRecordType);
}

Result<std::optional<ComplaintStatus>> complaintStatus(Database& db, qint64 complaintId)
{
    auto statement = db.prepare("SELECT status FROM complaints WHERE id = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, complaintId);
    auto key = single<QString>(*statement, [](const SqlStatement& row) { return row.text(0); });
    if (!key)
        return std::unexpected(key.error());
    if (!key->has_value())
        return std::optional<ComplaintStatus>();
    auto status = statusFromKey(**key);
    if (!status)
        return fail(ErrorKind::Corrupt, u"complaint status"_s);
    return std::optional<ComplaintStatus>(*status);
}

} // namespace AttachmentTable

namespace ComplaintEmailTable {

Status insert(Writer& writer, qint64 complaintId, qint64 addedBy, const QByteArray& raw)
{
    auto id = writer.insert("complaint_emails",
        {
            { "complaint_id", complaintId },
            { "added_by", addedBy },
            { "added_utc", nowUtc() },
            { "raw", raw },
        },
        kEmailRecordType);
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Result<std::optional<QByteArray>> raw(Database& db, qint64 complaintId)
{
    auto statement = db.prepare("SELECT raw FROM complaint_emails WHERE complaint_id = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, complaintId);
    return singleBlob(*statement);
}

} // namespace ComplaintEmailTable

namespace ComplaintDraftTable {

// Drafts are written with statements of their own rather than Writer::insert/update, so that an
// autosave is recorded as what it is ("draft_saved") and not as a create or update of a record.

Status save(Writer& writer, qint64 accountId, const QString& key, const QByteArray& payload)
{
    Database& db = writer.database();
    auto existing = draftId(db, accountId, key);
    if (!existing)
        return std::unexpected(existing.error());
    const QString now = nowUtc();
    qint64 id = 0;
    if (existing->has_value()) {
        id = **existing;
        auto statement = db.prepare("UPDATE complaint_drafts SET saved_utc = ?, payload = ? WHERE id = ?");
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, now).bind(2, payload).bind(3, id);
        if (auto status = statement->run(); !status)
            return status;
    } else {
        auto statement = db.prepare(
            "INSERT INTO complaint_drafts (account_id, draft_key, saved_utc, payload) VALUES (?, ?, ?, ?)");
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, accountId).bind(2, key).bind(3, now).bind(4, payload);
        if (auto status = statement->run(); !status)
            return status;
        id = db.lastInsertId();
    }
    return writer.audit(u"draft_saved"_s, kDraftRecordType, id, u"key=%1; bytes=%2"_s.arg(key).arg(payload.size()));
}

Result<QList<ComplaintDraftInfo>> list(Database& db, qint64 accountId)
{
    auto statement = db.prepare(
        "SELECT draft_key, saved_utc FROM complaint_drafts WHERE account_id = ? ORDER BY saved_utc DESC, id DESC");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, accountId);
    return collect<ComplaintDraftInfo>(*statement, [](const SqlStatement& row) {
        return ComplaintDraftInfo { row.text(0), readUtcTime(row, 1) };
    });
}

Result<std::optional<QByteArray>> load(Database& db, qint64 accountId, const QString& key)
{
    auto statement = db.prepare("SELECT payload FROM complaint_drafts WHERE account_id = ? AND draft_key = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, accountId).bind(2, key);
    return singleBlob(*statement);
}

Status discard(Writer& writer, qint64 accountId, const QString& key)
{
    Database& db = writer.database();
    auto existing = draftId(db, accountId, key);
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->has_value())
        return {};
    auto statement = db.prepare("DELETE FROM complaint_drafts WHERE id = ?");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, **existing);
    if (auto status = statement->run(); !status)
        return status;
    return writer.audit(u"draft_discarded"_s, kDraftRecordType, **existing, u"key=%1"_s.arg(key));
}

} // namespace ComplaintDraftTable

} // namespace pd::storage
