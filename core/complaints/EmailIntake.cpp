// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/EmailIntake.h"

#include "core/complaints/AttachmentTables.h"
#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintService.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

struct IntakeText
{
    Q_DECLARE_TR_FUNCTIONS(EmailIntake)
};

const QString kRecordType = u"complaint_email"_s;

} // namespace

EmailIntake::EmailIntake(Session& session)
    : m_session(session)
{
}

Complaint EmailIntake::draftFrom(const EmailMessage& message)
{
    Complaint complaint;
    complaint.channel = ComplaintChannel::Email;
    complaint.receivedAt = QDateTime::currentDateTime();
    ChannelDetails& details = complaint.channelDetails;
    details.emailFrom
        = message.fromName.isEmpty() ? message.fromAddress : u"%1 <%2>"_s.arg(message.fromName, message.fromAddress);
    details.emailDate = message.date;
    details.emailSubject = message.subject;
    details.emailBody = message.body;
    // A sender who gave no name is still not anonymous: the address stands in until the form
    // (or the person who reads the mail) puts the name there.
    complaint.complainant.name = message.fromName.isEmpty() ? message.fromAddress : message.fromName;
    complaint.complainant.email = message.fromAddress;
    complaint.complainant.relation = ComplainantRelation::Self;
    complaint.content = message.body.trimmed().isEmpty() ? message.subject : message.body;
    return complaint;
}

QString EmailIntake::attachmentType(const EmailAttachmentPart& part)
{
    const QString detected = ComplaintAttachments::detectViewableType(part.data);
    if (!detected.isEmpty())
        return detected;
    // A declared viewable type the content does not bear out would make the viewer fail.
    static const QRegularExpression mimeType(u"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$"_s);
    const QString declared = part.mimeType.trimmed().toLower();
    if (!ComplaintAttachments::isViewable(declared) && mimeType.match(declared).hasMatch())
        return declared;
    return u"application/octet-stream"_s;
}

Result<EmailMessage> EmailIntake::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::InvalidInput,
            IntakeText::tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Checked before reading, so that a huge file is never loaded.
    if (auto fits = ComplaintAttachments(m_session).checkSize(file.size()); !fits)
        return std::unexpected(fits.error());
    const QByteArray raw = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorKind::InvalidInput,
            IntakeText::tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return parseEmail(raw);
}

Result<Complaint> EmailIntake::create(
    const Complaint& draft, const EmailMessage& message, const QList<PendingAttachment>& files)
{
    if (message.raw.isEmpty())
        return fail(ErrorKind::InvalidInput, IntakeText::tr("The original email message is missing."));
    Complaint complaint = draft;
    complaint.channel = ComplaintChannel::Email;
    const qint64 accountId = m_session.account().id;
    return ComplaintService(m_session).create(
        complaint, [&](storage::Writer& writer, const Complaint& stored) -> Status {
            // Read inside the transaction: the limit that applies is the one in force at the commit.
            auto organization = storage::OrganizationTable::load(writer.database());
            if (!organization)
                return std::unexpected(organization.error());
            const qint64 limit = ComplaintAttachments::sizeLimitBytes(*organization);
            using SizedItem = ComplaintAttachments::SizedItem;
            if (auto fits = ComplaintAttachments::checkSize(message.raw.size(), limit, SizedItem::Email); !fits)
                return fits;
            for (const EmailAttachmentPart& part : message.attachments)
                if (auto fits = ComplaintAttachments::checkSize(part.data.size(), limit, SizedItem::EmailAttachment);
                    !fits)
                    return fits;
            if (auto kept = storage::ComplaintEmailTable::insert(writer, stored.id, accountId, message.raw); !kept)
                return kept;
            for (const EmailAttachmentPart& part : message.attachments) {
                ComplaintAttachment attachment;
                attachment.complaintId = stored.id;
                attachment.mimeType = attachmentType(part);
                attachment.fileName = ComplaintAttachments::cleanFileName(part.fileName, attachment.mimeType);
                attachment.size = part.data.size();
                attachment.source = ComplaintAttachments::kSourceEmail;
                attachment.addedBy = accountId;
                if (auto id = storage::AttachmentTable::insert(writer, attachment, part.data); !id)
                    return std::unexpected(id.error());
            }
            return ComplaintAttachments::storePending(writer, stored.id, accountId, files);
        });
}

Result<std::optional<QByteArray>> EmailIntake::originalMessage(qint64 complaintId)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType, complaintId); !allowed)
        return std::unexpected(allowed.error());
    auto raw = storage::ComplaintEmailTable::raw(m_session.vault().database(), complaintId);
    if (!raw)
        return raw;
    if (raw->has_value())
        if (auto audited = m_session.vault().store().audit(m_session.actor(), u"view"_s, kRecordType, complaintId);
            !audited)
            return std::unexpected(audited.error());
    return raw;
}

} // namespace pd
