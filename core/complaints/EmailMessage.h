// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

struct EmailAttachmentPart
{
    QString fileName; // as the message names it (may be empty)
    QString mimeType; // as the message declares it, lower case
    QByteArray data; // decoded (base64, quoted-printable undone)
};

/// An email that reached the complaints desk, decoded for the intake form.
struct EmailMessage
{
    QString fromAddress;
    QString fromName;
    QDateTime date; // local time; invalid when the message has no usable Date header
    QString subject;
    QString body; // the text body decoded to Unicode (text/plain preferred; HTML-only → text)
    QList<EmailAttachmentPart> attachments;
    QByteArray raw; // the original bytes
};

/// Parses an Internet message (RFC 5322 / MIME, as saved by a mail program as .eml) from memory,
/// never from a file path. Japanese mail is decoded whatever its mailer chose: ISO-2022-JP (with
/// the CP932 characters Windows mailers put into it), Shift_JIS as CP932, EUC-JP, UTF-8, in
/// 7bit, quoted-printable or base64, and RFC 2047/2231 encoded headers and file names.
/// Fails with a clear message for input that is not an email (empty, binary, no headers, no From).
Result<EmailMessage> parseEmail(const QByteArray& raw);

/// The text of an HTML body: tags dropped, line breaks kept, entities decoded. For HTML-only mail.
QString htmlToPlainText(const QString& html);

} // namespace pd
