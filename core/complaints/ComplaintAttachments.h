// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Organization.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

namespace storage {
class Writer;
}

class Session;

/// A file kept with a complaint: a FAX, a scanned letter, an attachment of the email it came by.
struct ComplaintAttachment
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QString fileName; // as given (base name only)
    QString mimeType; // detected from the content: application/pdf, image/tiff, image/png, image/jpeg;
                      // email attachments of other types keep their declared type (application/octet-stream…)
    qint64 size = 0;
    QString source; // "file" (attached by a user), "email" (came with an email)
    qint64 addedBy = 0;
    QString addedByName; // read only
    QDateTime addedUtc;
};

/// A file attached to a complaint that is not saved yet (a FAX taken with the form): checked as
/// add() checks, held in memory only (never a temporary file), stored with the complaint.
struct PendingAttachment
{
    QString fileName; // cleaned (cleanFileName)
    QString mimeType; // detected from the content
    QByteArray data;
};

/// Files attached to complaints, kept in the encrypted database (never as files on disk).
///
/// Rules decided here: a user attaches PDF, TIFF, PNG and JPEG only, recognised by their content
/// (magic bytes), never by the extension; no file may exceed the organization's limit
/// (attachmentLimitMb, 1–100 MB, default 25); officer and staff attach and remove
/// (Permission::WriteCases), everyone may read (ReadAll), and reading a file is audited as a
/// view. A closed or withdrawn complaint keeps its files: new ones may still arrive (a late
/// letter), but none is removed.
class ComplaintAttachments
{
public:
    static constexpr int kDefaultLimitMb = 25;
    static constexpr int kMaxLimitMb = 100;
    static inline const QString kSourceFile = QStringLiteral("file");
    static inline const QString kSourceEmail = QStringLiteral("email");

    explicit ComplaintAttachments(Session& session);

    /// 1 to kMaxLimitMb.
    static Status validateLimitMb(int megabytes);
    static constexpr qint64 bytesForMb(int megabytes) { return qint64(megabytes) * 1024 * 1024; }

    /// The organization's limit per file, in bytes.
    Result<qint64> sizeLimitBytes();
    /// The limit `organization` sets; the default when its setting is out of range (written by an
    /// older build or by hand), rather than letting through files of any size.
    static qint64 sizeLimitBytes(const Organization& organization);
    /// InvalidInput naming the limit in MB when `bytes` exceeds it; call before reading a file.
    Status checkSize(qint64 bytes);
    /// What a size message talks about.
    enum class SizedItem { File, Email, EmailAttachment };
    /// The same check against a limit already read (inside a transaction, for many files).
    static Status checkSize(qint64 bytes, qint64 limitBytes, SizedItem item = SizedItem::File);

    /// Only PDF/TIFF/PNG/JPEG (by magic bytes, not by extension) for source "file"; refuses
    /// others with a clear message.
    Result<ComplaintAttachment> add(qint64 complaintId, const QString& fileName, const QByteArray& data);
    /// The checks of add() for a complaint not saved yet (WriteCases, not empty, size, type);
    /// nothing is stored. Store the result with storePending() when the complaint is created.
    Result<PendingAttachment> prepare(const QString& fileName, const QByteArray& data);
    /// Stores `files` with the complaint `complaintId` inside the caller's transaction (the
    /// AlsoWrite of ComplaintService::create): checked again against the limit in force at the
    /// commit, source "file", added by `accountId`, audited exactly as add() audits.
    static Status storePending(
        storage::Writer& writer, qint64 complaintId, qint64 accountId, const QList<PendingAttachment>& files);
    /// Metadata only, never the files, in the order attached.
    Result<QList<ComplaintAttachment>> list(qint64 complaintId);
    /// The file's bytes; audited as a view.
    Result<QByteArray> content(qint64 attachmentId);
    /// Needs WriteCases; audited. Refused once the complaint is closed or withdrawn.
    Status remove(qint64 attachmentId);

    /// pdf, tiff, png, jpeg: the types the application shows itself.
    static bool isViewable(const QString& mimeType);
    /// One of the viewable types when the bytes start like one, else an empty string.
    static QString detectViewableType(const QByteArray& data);
    /// The base name of `fileName` (either separator), without control characters, at most
    /// 255 characters; a name made up from `mimeType` when nothing is left.
    static QString cleanFileName(const QString& fileName, const QString& mimeType);

private:
    /// The rules of a user's file (not empty, within `limitBytes`, a viewable type by content),
    /// as the row to insert; the one place add(), prepare() and storePending() take them from.
    static Result<ComplaintAttachment> checkedFile(const QString& fileName, const QByteArray& data, qint64 limitBytes);
    /// A file someone adds now: their right to write cases, then checkedFile() under the current limit.
    Result<ComplaintAttachment> admitted(qint64 complaintId, const QString& fileName, const QByteArray& data);

    Session& m_session;
};

} // namespace pd
