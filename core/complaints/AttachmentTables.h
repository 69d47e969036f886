// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintDrafts.h"
#include "core/complaints/ComplaintStatus.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pd::storage {

class Database;
class Writer;

// The SQL of attachments, original email messages and drafts (migration v5). Services decide;
// these functions read and write rows, and every write goes through a Writer (one transaction,
// audited with column names and sizes, never values). Blobs are read only by the functions that
// return them: a listing never loads a file.

namespace AttachmentTable {
/// `attachment.id` is ignored; `addedUtc` is set here.
Result<qint64> insert(Writer& writer, const ComplaintAttachment& attachment, const QByteArray& content);
/// Metadata in the order attached.
Result<QList<ComplaintAttachment>> forComplaint(Database& db, qint64 complaintId);
Result<std::optional<ComplaintAttachment>> find(Database& db, qint64 id);
Result<std::optional<QByteArray>> content(Database& db, qint64 id);
Status remove(Writer& writer, qint64 id);
/// The status of a complaint, or nothing when there is no such complaint.
Result<std::optional<ComplaintStatus>> complaintStatus(Database& db, qint64 complaintId);
} // namespace AttachmentTable

namespace ComplaintEmailTable {
Status insert(Writer& writer, qint64 complaintId, qint64 addedBy, const QByteArray& raw);
Result<std::optional<QByteArray>> raw(Database& db, qint64 complaintId);
} // namespace ComplaintEmailTable

namespace ComplaintDraftTable {
/// Replaces the account's draft of that key; audited as "draft_saved" with the key and the size.
Status save(Writer& writer, qint64 accountId, const QString& key, const QByteArray& payload);
/// The account's drafts, newest first.
Result<QList<ComplaintDraftInfo>> list(Database& db, qint64 accountId);
Result<std::optional<QByteArray>> load(Database& db, qint64 accountId, const QString& key);
/// Audited as "draft_discarded" when there was one; no error when there was none.
Status discard(Writer& writer, qint64 accountId, const QString& key);
} // namespace ComplaintDraftTable

} // namespace pd::storage
