// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/EmailMessage.h"

#include <QByteArray>

#include <optional>

namespace pd {

class Session;

/// A complaint that arrived by email: the record, the original message and its attachments.
///
/// The original is kept as received (in the encrypted database), so that what the sender wrote
/// can always be shown again, whatever the form made of it. The message counts as one file for
/// the organization's size limit, and so does each attachment.
class EmailIntake
{
public:
    explicit EmailIntake(Session& session);

    /// Channel Email, receivedAt = now, channelDetails.email* from the message, complainant name
    /// (the address when the sender gave none) and email from the sender, content = body (the
    /// subject when the body is empty). The form lets the user correct it before saving.
    static Complaint draftFrom(const EmailMessage& message);

    /// Reads and parses a saved message (.eml): the size limit is checked before the file is read,
    /// and the file is read into memory only (GMime never sees the path). Clear messages for a
    /// file that cannot be read, is too large or is not an email.
    Result<EmailMessage> readFile(const QString& path);

    /// Creates the complaint like ComplaintService::create, stores the original message and each
    /// attachment (source "email"), and the files attached to the form before the save (`files`,
    /// source "file", as ComplaintService::createWithFiles), all in ONE transaction: any failure
    /// (size limit...) stores nothing.
    Result<Complaint> create(
        const Complaint& draft, const EmailMessage& message, const QList<PendingAttachment>& files = {});

    /// The stored original .eml of a complaint, if any; audited as a view.
    Result<std::optional<QByteArray>> originalMessage(qint64 complaintId);

    /// The type an email attachment is kept as: a viewable type only when the content is one
    /// (whatever the message declares), else the declared type, else application/octet-stream.
    static QString attachmentType(const EmailAttachmentPart& part);

private:
    Session& m_session;
};

} // namespace pd
