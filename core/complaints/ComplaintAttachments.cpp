// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintAttachments.h"

#include "core/complaints/AttachmentTables.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

struct AttachmentText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintAttachments)
};

const QString kRecordType = u"complaint_attachment"_s;

std::unexpected<Error> refuse(const QString& reason)
{
    return fail(ErrorKind::InvalidInput, reason);
}

QString megabytes(qint64 bytes)
{
    // One decimal, rounded up, so that a file just over the limit never reads as equal to it.
    const qint64 tenths = (bytes * 10 + ComplaintAttachments::bytesForMb(1) - 1) / ComplaintAttachments::bytesForMb(1);
    return QString::number(double(tenths) / 10.0, 'f', 1);
}

QString extensionFor(const QString& mimeType)
{
    if (mimeType == "application/pdf"_L1)
        return u".pdf"_s;
    if (mimeType == "image/tiff"_L1)
        return u".tif"_s;
    if (mimeType == "image/png"_L1)
        return u".png"_s;
    if (mimeType == "image/jpeg"_L1)
        return u".jpg"_s;
    if (mimeType == "message/rfc822"_L1)
        return u".eml"_s;
    if (mimeType.startsWith("text/"_L1))
        return u".txt"_s;
    return u".bin"_s;
}

} // namespace

ComplaintAttachments::ComplaintAttachments(Session& session)
    : m_session(session)
{
}

Status ComplaintAttachments::validateLimitMb(int megabytes)
{
    if (megabytes < 1 || megabytes > kMaxLimitMb)
        return refuse(
            AttachmentText::tr("The size limit for attached files must be from 1 to %1 MB.").arg(kMaxLimitMb));
    return {};
}

Result<qint64> ComplaintAttachments::sizeLimitBytes()
{
    auto organization = storage::OrganizationTable::load(m_session.vault().database());
    if (!organization)
        return std::unexpected(organization.error());
    return sizeLimitBytes(*organization);
}

qint64 ComplaintAttachments::sizeLimitBytes(const Organization& organization)
{
    return bytesForMb(
        validateLimitMb(organization.attachmentLimitMb) ? organization.attachmentLimitMb : kDefaultLimitMb);
}

Status ComplaintAttachments::checkSize(qint64 bytes)
{
    auto limit = sizeLimitBytes();
    if (!limit)
        return std::unexpected(limit.error());
    return checkSize(bytes, *limit);
}

Status ComplaintAttachments::checkSize(qint64 bytes, qint64 limitBytes, SizedItem item)
{
    if (bytes <= limitBytes)
        return {};
    const QString size = megabytes(bytes);
    const qint64 limit = limitBytes / bytesForMb(1);
    switch (item) {
    case SizedItem::Email:
        return refuse(AttachmentText::tr("The email is %1 MB; files kept with a complaint may be at most %2 MB each. "
                                         "The limit is set in the organization settings.")
                          .arg(size)
                          .arg(limit));
    case SizedItem::EmailAttachment:
        return refuse(AttachmentText::tr("An attachment of the email is %1 MB; files kept with a complaint may be at "
                                         "most %2 MB each. The limit is set in the organization settings. Nothing "
                                         "was saved.")
                          .arg(size)
                          .arg(limit));
    case SizedItem::File:
        break;
    }
    return refuse(AttachmentText::tr("The file is %1 MB; files kept with a complaint may be at most %2 MB each. "
                                     "The limit is set in the organization settings.")
                      .arg(size)
                      .arg(limit));
}

Result<ComplaintAttachment> ComplaintAttachments::checkedFile(
    const QString& fileName, const QByteArray& data, qint64 limitBytes)
{
    if (data.isEmpty())
        return refuse(AttachmentText::tr("The file is empty."));
    if (auto fits = checkSize(data.size(), limitBytes); !fits)
        return std::unexpected(fits.error());
    const QString mimeType = detectViewableType(data);
    if (mimeType.isEmpty())
        return refuse(AttachmentText::tr("Only PDF, TIFF, PNG and JPEG files can be attached, and this file is none "
                                         "of them. Scan or save the document in one of these formats."));
    ComplaintAttachment attachment;
    attachment.fileName = cleanFileName(fileName, mimeType);
    attachment.mimeType = mimeType;
    attachment.size = data.size();
    attachment.source = kSourceFile;
    return attachment;
}

Result<ComplaintAttachment> ComplaintAttachments::admitted(qint64 complaintId, const QString& fileName,
                                                           const QByteArray& data)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType, complaintId); !allowed)
        return std::unexpected(allowed.error());
    auto limit = sizeLimitBytes();
    if (!limit)
        return std::unexpected(limit.error());
    return checkedFile(fileName, data, *limit);
}

Result<ComplaintAttachment> ComplaintAttachments::add(
    qint64 complaintId, const QString& fileName, const QByteArray& data)
{
    auto checked = admitted(complaintId, fileName, data);
    if (!checked)
        return std::unexpected(checked.error());
    ComplaintAttachment attachment = std::move(*checked);
    attachment.complaintId = complaintId;
    attachment.addedBy = m_session.account().id;

    ComplaintAttachment stored;
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto complaint = storage::AttachmentTable::complaintStatus(writer.database(), complaintId);
        if (!complaint)
            return std::unexpected(complaint.error());
        if (!complaint->has_value())
            return fail(ErrorKind::NotFound);
        auto id = storage::AttachmentTable::insert(writer, attachment, data);
        if (!id)
            return std::unexpected(id.error());
        auto found = storage::AttachmentTable::find(writer.database(), *id);
        if (!found)
            return std::unexpected(found.error());
        if (!found->has_value())
            return fail(ErrorKind::Internal, u"attachment not found after insert"_s);
        stored = std::move(**found);
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return stored;
}

Result<PendingAttachment> ComplaintAttachments::prepare(const QString& fileName, const QByteArray& data)
{
    auto checked = admitted(0, fileName, data);
    if (!checked)
        return std::unexpected(checked.error());
    return PendingAttachment { checked->fileName, checked->mimeType, data };
}

Status ComplaintAttachments::storePending(
    storage::Writer& writer, qint64 complaintId, qint64 accountId, const QList<PendingAttachment>& files)
{
    if (files.isEmpty())
        return {};
    // Read inside the transaction: the limit that applies is the one in force at the commit.
    auto organization = storage::OrganizationTable::load(writer.database());
    if (!organization)
        return std::unexpected(organization.error());
    const qint64 limit = sizeLimitBytes(*organization);
    for (const PendingAttachment& file : files) {
        auto checked = checkedFile(file.fileName, file.data, limit);
        if (!checked)
            return std::unexpected(checked.error());
        ComplaintAttachment attachment = std::move(*checked);
        attachment.complaintId = complaintId;
        attachment.addedBy = accountId;
        if (auto id = storage::AttachmentTable::insert(writer, attachment, file.data); !id)
            return std::unexpected(id.error());
    }
    return {};
}

Result<QList<ComplaintAttachment>> ComplaintAttachments::list(qint64 complaintId)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType, complaintId); !allowed)
        return std::unexpected(allowed.error());
    return storage::AttachmentTable::forComplaint(m_session.vault().database(), complaintId);
}

Result<QByteArray> ComplaintAttachments::content(qint64 attachmentId)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType, attachmentId); !allowed)
        return std::unexpected(allowed.error());
    auto content = storage::AttachmentTable::content(m_session.vault().database(), attachmentId);
    if (!content)
        return std::unexpected(content.error());
    if (!content->has_value())
        return fail(ErrorKind::NotFound);
    // No trace, no data: a view that cannot be recorded is not shown.
    if (auto audited = m_session.vault().store().audit(m_session.actor(), u"view"_s, kRecordType, attachmentId);
        !audited)
        return std::unexpected(audited.error());
    return std::move(**content);
}

Status ComplaintAttachments::remove(qint64 attachmentId)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType, attachmentId); !allowed)
        return allowed;
    return m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto attachment = storage::AttachmentTable::find(writer.database(), attachmentId);
        if (!attachment)
            return std::unexpected(attachment.error());
        if (!attachment->has_value())
            return fail(ErrorKind::NotFound);
        auto status = storage::AttachmentTable::complaintStatus(writer.database(), (*attachment)->complaintId);
        if (!status)
            return std::unexpected(status.error());
        if (status->has_value() && isFinal(**status))
            return refuse(AttachmentText::tr("The files of a closed or withdrawn complaint are part of its record and "
                                             "cannot be removed."));
        return storage::AttachmentTable::remove(writer, attachmentId);
    });
}

bool ComplaintAttachments::isViewable(const QString& mimeType)
{
    return mimeType == "application/pdf"_L1 || mimeType == "image/tiff"_L1 || mimeType == "image/png"_L1
        || mimeType == "image/jpeg"_L1;
}

QString ComplaintAttachments::detectViewableType(const QByteArray& data)
{
    // The signatures of the formats themselves: an extension or a declared type can lie, and the
    // viewer must never be handed something it cannot show.
    if (data.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (data.startsWith(QByteArrayView("II*\0", 4)) || data.startsWith(QByteArrayView("MM\0*", 4)))
        return u"image/tiff"_s;
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    return {};
}

QString ComplaintAttachments::cleanFileName(const QString& fileName, const QString& mimeType)
{
    QString name = fileName;
    const qsizetype separator = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (separator >= 0)
        name = name.mid(separator + 1);
    name.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    name = name.trimmed();
    if (name == "."_L1 || name == ".."_L1)
        name.clear();
    if (name.size() > 255) {
        // Keep the extension: it is what a user recognises the file by.
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString extension = dot > 0 && name.size() - dot <= 10 ? name.mid(dot) : QString();
        name = name.left(255 - extension.size()) + extension;
    }
    if (name.isEmpty())
        name = AttachmentText::tr("attachment") + extensionFor(mimeType);
    return name;
}

} // namespace pd
