// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/RecordLetters.h"

#include "core/complaints/ComplaintService.h"
#include "core/services/Session.h"

#include <QCoreApplication>

namespace pd {

namespace {
struct RecordLettersText
{
    Q_DECLARE_TR_FUNCTIONS(RecordLetters)
};
} // namespace

Result<LetterRequest> RecordLetters::requestFor(Session& session, const QString& recordNumber,
                                                const QString& templateName)
{
    LetterService letters(session);
    if (auto stored = letters.latestTemplate(templateName); !stored)
        return std::unexpected(stored.error());
    // Complaints are the records that exist so far; requests (開示等) will be looked up here too.
    auto complaint = ComplaintService(session).findByNumber(recordNumber.trimmed());
    if (!complaint) {
        if (complaint.error().kind == ErrorKind::NotFound)
            return fail(ErrorKind::NotFound, RecordLettersText::tr("no record with the number %1").arg(recordNumber));
        return std::unexpected(complaint.error());
    }
    LetterRequest request;
    request.templateName = templateName;
    request.recordType = QStringLiteral("complaint");
    request.recordId = complaint->id;
    request.recordNumber = complaint->number;
    request.fields = LetterData(ComplaintService::letterFields(*complaint));
    return request;
}

} // namespace pd
