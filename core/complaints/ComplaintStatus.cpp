// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintStatus.h"

#include "core/complaints/Complaint.h"

#include <QCoreApplication>

namespace pd {

namespace {
struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintStatus)
};

Status refuse(const QString& reason)
{
    return fail(ErrorKind::InvalidInput, reason);
}
} // namespace

QList<ComplaintStatus> validFollowStates(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return { ComplaintStatus::InProgress, ComplaintStatus::Withdrawn };
    case ComplaintStatus::InProgress:
        return { ComplaintStatus::Answered, ComplaintStatus::Withdrawn };
    case ComplaintStatus::Answered:
        return { ComplaintStatus::Closed, ComplaintStatus::Withdrawn };
    case ComplaintStatus::Closed:
    case ComplaintStatus::Withdrawn:
        break;
    }
    return {};
}

bool canTransition(ComplaintStatus from, ComplaintStatus to)
{
    return validFollowStates(from).contains(to);
}

Status checkRecordForStatus(const Complaint& complaint)
{
    const QDate received = complaint.receivedAt.date();
    const ComplaintStatus status = complaint.status;
    const bool answered = status == ComplaintStatus::Answered || status == ComplaintStatus::Closed;
    if (answered) {
        if (complaint.answerMethod == AnswerMethod::None || !complaint.answeredOn.isValid())
            return refuse(StatusText::tr("Enter how and when the complaint was answered."));
        if (received.isValid() && complaint.answeredOn < received)
            return refuse(StatusText::tr("The answer date is before the date the complaint was received."));
    }
    if (status == ComplaintStatus::Closed) {
        if (complaint.result.trimmed().isEmpty())
            return refuse(StatusText::tr("Enter the result of the handling before the complaint is closed."));
        if (!complaint.isSignedOff())
            return refuse(StatusText::tr("The privacy officer must sign off the complaint before it is closed."));
    }
    if (isFinal(status)) {
        if (!complaint.completedOn.isValid())
            return refuse(StatusText::tr("Enter the date the complaint was completed."));
        if (received.isValid() && complaint.completedOn < received)
            return refuse(StatusText::tr("The completion date is before the date the complaint was received."));
    }
    return {};
}

Status checkTransition(const Complaint& complaint, ComplaintStatus to)
{
    if (complaint.status == to)
        return refuse(StatusText::tr("The complaint is already \"%1\".").arg(statusDisplayName(to)));
    if (!canTransition(complaint.status, to)) {
        if (isFinal(complaint.status))
            return refuse(StatusText::tr("A complaint that is \"%1\" cannot change its status any more.")
                              .arg(statusDisplayName(complaint.status)));
        return refuse(StatusText::tr("A complaint that is \"%1\" cannot become \"%2\".")
                          .arg(statusDisplayName(complaint.status), statusDisplayName(to)));
    }
    // The step itself records the completion date, so it is not asked of the user beforehand.
    Complaint next = complaint;
    next.status = to;
    if (isFinal(to) && !next.completedOn.isValid())
        next.completedOn = QDate::currentDate();
    return checkRecordForStatus(next);
}

bool awaitsAnswer(ComplaintStatus status)
{
    return status == ComplaintStatus::Received || status == ComplaintStatus::InProgress;
}

bool isFinal(ComplaintStatus status)
{
    return status == ComplaintStatus::Closed || status == ComplaintStatus::Withdrawn;
}

QString statusKey(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return QStringLiteral("received");
    case ComplaintStatus::InProgress:
        return QStringLiteral("in_progress");
    case ComplaintStatus::Answered:
        return QStringLiteral("answered");
    case ComplaintStatus::Closed:
        return QStringLiteral("closed");
    case ComplaintStatus::Withdrawn:
        break;
    }
    return QStringLiteral("withdrawn");
}

std::optional<ComplaintStatus> statusFromKey(const QString& key)
{
    for (ComplaintStatus status : kComplaintStatuses)
        if (statusKey(status) == key)
            return status;
    return std::nullopt;
}

QString statusDisplayName(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return StatusText::tr("Received");
    case ComplaintStatus::InProgress:
        return StatusText::tr("In progress");
    case ComplaintStatus::Answered:
        return StatusText::tr("Answered");
    case ComplaintStatus::Closed:
        return StatusText::tr("Closed");
    case ComplaintStatus::Withdrawn:
        break;
    }
    return StatusText::tr("Withdrawn");
}

} // namespace pd
