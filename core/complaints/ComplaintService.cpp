// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintService.h"

#include "core/complaints/ComplaintTables.h"
#include "core/letters/DocumentNumberFormat.h"
#include "core/model/FiscalYear.h"
#include "core/services/Session.h"
#include "core/storage/LetterTables.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

struct ServiceText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintService)
};

const QString kRecordType = u"complaint"_s;

Status refuse(const QString& reason)
{
    return fail(ErrorKind::InvalidInput, reason);
}

/// Seconds are the finest unit stored; trimming here keeps the returned record equal to the stored one.
QDateTime toStoredLocalTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // Building a local QDateTime costs a time-zone lookup: skip it when there is nothing to trim.
    if (time.timeSpec() == Qt::LocalTime && time.time().msec() == 0)
        return time;
    const QDateTime local = time.toLocalTime();
    const QTime t = local.time();
    return QDateTime(local.date(), QTime(t.hour(), t.minute(), t.second()));
}

/// Orders local times without converting them to UTC (which needs a time-zone lookup each).
std::pair<qint64, int> localOrder(const QDateTime& time)
{
    return { time.date().toJulianDay(), time.time().msecsSinceStartOfDay() };
}

void normalizeTimes(Complaint& complaint)
{
    complaint.receivedAt = toStoredLocalTime(complaint.receivedAt);
    ChannelDetails& details = complaint.channelDetails;
    details.callStarted = toStoredLocalTime(details.callStarted);
    details.callEnded = toStoredLocalTime(details.callEnded);
    details.emailDate = toStoredLocalTime(details.emailDate);
    for (ComplaintTimelineEntry& entry : complaint.timeline)
        entry.at = toStoredLocalTime(entry.at);
}

QString familyName(const QString& displayName)
{
    static const QRegularExpression separator(u"[ \u3000]"_s);
    const QString trimmed = displayName.trimmed();
    const qsizetype at = trimmed.indexOf(separator);
    return at > 0 ? trimmed.left(at) : trimmed;
}

using Accounts = QHash<qint64, Account>;

Result<Accounts> accountsById(storage::Database& db)
{
    auto all = storage::AccountTable::all(db);
    if (!all)
        return std::unexpected(all.error());
    Accounts accounts;
    for (const Account& account : *all)
        accounts.insert(account.id, account);
    return accounts;
}

/// The number format and answer period as the organization has them, checked before use so that
/// a broken setting can never issue a malformed or colliding number.
struct NumberingSettings
{
    QString format;
    QString shortName;
    int answerDays = 14;
};

Result<NumberingSettings> numberingSettings(storage::Database& db)
{
    auto organization = storage::OrganizationTable::load(db);
    if (!organization)
        return std::unexpected(organization.error());
    if (auto valid = ComplaintService::validateNumberFormat(organization->complaintNumberFormat); !valid)
        return std::unexpected(valid.error());
    if (auto valid = ComplaintService::validateAnswerDays(organization->complaintAnswerDays); !valid)
        return std::unexpected(valid.error());
    return NumberingSettings { organization->complaintNumberFormat, organization->shortName,
        organization->complaintAnswerDays };
}

/// Assigns 受付番号, fiscal year, sequence and (unless given) the target date, inside the transaction.
Status assignNumber(storage::Writer& writer, const NumberingSettings& settings, Complaint& complaint)
{
    const QDate received = complaint.receivedAt.date();
    const FiscalYear fiscalYear = FiscalYear::containing(received);
    auto sequence = storage::NumberCounters::next(
        writer, QString::fromLatin1(ComplaintService::kNumberSeries), fiscalYear.startYear());
    if (!sequence)
        return std::unexpected(sequence.error());
    auto number = DocumentNumberFormat::format(
        settings.format, NumberContext { *sequence, fiscalYear, settings.shortName, received });
    if (!number)
        return std::unexpected(number.error());
    complaint.number = *number;
    complaint.fiscalYear = fiscalYear.startYear();
    complaint.sequence = *sequence;
    if (!complaint.targetDate.isValid())
        complaint.targetDate = received.addDays(settings.answerDays);
    return {};
}

Status checkAssignee(qint64 assigneeId, const Accounts& accounts)
{
    if (assigneeId == 0)
        return {};
    const auto assignee = accounts.constFind(assigneeId);
    if (assignee == accounts.cend() || !assignee->active || assignee->role == Role::Auditor)
        return refuse(ServiceText::tr("The person in charge must be an active officer or staff account."));
    return {};
}

Status checkAccounts(const Complaint& complaint, const Accounts& accounts)
{
    if (!accounts.contains(complaint.receivedBy))
        return refuse(ServiceText::tr("The account that received the complaint does not exist."));
    if (auto valid = checkAssignee(complaint.assigneeId, accounts); !valid)
        return valid;
    if (complaint.signedOffBy != 0) {
        const auto officer = accounts.constFind(complaint.signedOffBy);
        if (officer == accounts.cend() || officer->role != Role::Officer)
            return refuse(ServiceText::tr("Only the privacy officer can sign off a complaint."));
    }
    for (const ComplaintTimelineEntry& entry : complaint.timeline)
        if (!accounts.contains(entry.accountId))
            return refuse(ServiceText::tr("A timeline entry names an account that does not exist."));
    return {};
}

} // namespace

ComplaintService::ComplaintService(Session& session)
    : m_session(session)
{
}

Status ComplaintService::validateNumberFormat(const QString& pattern)
{
    if (auto valid = DocumentNumberFormat::validate(pattern); !valid)
        return valid;
    if (!pattern.contains(u"{年度}"_s) && !pattern.contains(u"{年度和暦}"_s))
        return refuse(ServiceText::tr("The complaint number format must contain {年度} or {年度和暦}: the running "
                                      "number starts again every fiscal year."));
    return {};
}

Status ComplaintService::validateAnswerDays(int days)
{
    if (days < 1 || days > kMaxAnswerDays)
        return refuse(ServiceText::tr("The answer period must be from 1 to %1 days.").arg(kMaxAnswerDays));
    return {};
}

Status ComplaintService::requireOfficer(const QString& what, qint64 recordId)
{
    return m_session.require(Permission::SignOffCases, what, recordId);
}

Status ComplaintService::validateDraft(const Complaint& complaint, const QSet<qint64>& purposeCategories)
{
    if (!complaint.receivedAt.isValid())
        return refuse(ServiceText::tr("Enter when the complaint was received."));
    if (complaint.receivedAt.date() > QDate::currentDate().addDays(1))
        return refuse(ServiceText::tr("The time the complaint was received is in the future."));
    if (complaint.content.trimmed().isEmpty())
        return refuse(ServiceText::tr("Enter the content of the complaint."));
    if (complaint.complainant.relation != ComplainantRelation::Anonymous
        && complaint.complainant.name.trimmed().isEmpty())
        return refuse(ServiceText::tr("Enter the name of the complainant, or mark the complaint as anonymous."));
    const ChannelDetails& details = complaint.channelDetails;
    if (details.callStarted.isValid() && details.callEnded.isValid()
        && localOrder(details.callEnded) < localOrder(details.callStarted))
        return refuse(ServiceText::tr("The call cannot end before it starts."));
    if (complaint.targetDate.isValid() && complaint.targetDate < complaint.receivedAt.date())
        return refuse(ServiceText::tr("The target answer date is before the date the complaint was received."));
    for (qint64 id : complaint.purposeCategoryIds)
        if (!purposeCategories.contains(id))
            return refuse(ServiceText::tr("A related category is not in the purpose register."));
    return {};
}

Result<Complaint> ComplaintService::load(qint64 id)
{
    auto found = storage::ComplaintTable::find(m_session.vault().database(), id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorKind::NotFound);
    return std::move(**found);
}

Result<Complaint> ComplaintService::create(const Complaint& draft)
{
    return create(draft, {});
}

Result<Complaint> ComplaintService::createWithFiles(const Complaint& draft, const QList<PendingAttachment>& files)
{
    if (files.isEmpty())
        return create(draft, {});
    const qint64 accountId = m_session.account().id;
    return create(draft, [&](storage::Writer& writer, const Complaint& stored) {
        return ComplaintAttachments::storePending(writer, stored.id, accountId, files);
    });
}

Result<Complaint> ComplaintService::create(const Complaint& draft, const AlsoWrite& alsoWrite)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    Complaint complaint = draft;
    complaint.id = 0;
    complaint.status = ComplaintStatus::Received;
    complaint.signedOffBy = 0;
    complaint.signedOffAt = {};
    complaint.completedOn = {};
    if (complaint.receivedBy == 0)
        complaint.receivedBy = m_session.account().id;
    const QDateTime now = QDateTime::currentDateTime();
    for (ComplaintTimelineEntry& entry : complaint.timeline) {
        if (entry.accountId == 0)
            entry.accountId = m_session.account().id;
        if (!entry.at.isValid())
            entry.at = now;
        entry.status.reset(); // notes only: status steps are recorded by transition()
    }
    normalizeTimes(complaint);
    auto categories = storage::ComplaintTable::purposeCategoryIds(m_session.vault().database());
    if (!categories)
        return std::unexpected(categories.error());
    if (auto valid = validateDraft(complaint, *categories); !valid)
        return std::unexpected(valid.error());
    auto accounts = accountsById(m_session.vault().database());
    if (!accounts)
        return std::unexpected(accounts.error());
    if (auto valid = checkAccounts(complaint, *accounts); !valid)
        return std::unexpected(valid.error());

    Complaint stored;
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto settings = numberingSettings(writer.database());
        if (!settings)
            return std::unexpected(settings.error());
        if (auto numbered = assignNumber(writer, *settings, complaint); !numbered)
            return numbered;
        auto id = storage::ComplaintTable::insert(writer, complaint);
        if (!id)
            return std::unexpected(id.error());
        auto found = load(*id);
        if (!found)
            return std::unexpected(found.error());
        stored = std::move(*found);
        if (alsoWrite)
            return alsoWrite(writer, stored);
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return stored;
}

Status ComplaintService::createMany(QList<Complaint>& complaints)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return allowed;
    const bool anySignedOff
        = std::any_of(complaints.cbegin(), complaints.cend(), [](const Complaint& c) { return c.isSignedOff(); });
    if (anySignedOff)
        if (auto allowed = requireOfficer(kRecordType, 0); !allowed)
            return allowed;
    auto accounts = accountsById(m_session.vault().database());
    if (!accounts)
        return std::unexpected(accounts.error());
    auto categories = storage::ComplaintTable::purposeCategoryIds(m_session.vault().database());
    if (!categories)
        return std::unexpected(categories.error());
    for (Complaint& complaint : complaints) {
        complaint.id = 0;
        if (complaint.receivedBy == 0)
            complaint.receivedBy = m_session.account().id;
        for (ComplaintTimelineEntry& entry : complaint.timeline)
            if (entry.accountId == 0)
                entry.accountId = m_session.account().id;
        normalizeTimes(complaint);
        if (auto valid = validateDraft(complaint, *categories); !valid)
            return valid;
        if (auto valid = checkRecordForStatus(complaint); !valid)
            return valid;
        if (auto valid = checkAccounts(complaint, *accounts); !valid)
            return valid;
    }
    // Numbers follow the order of reception, as they would have been given at the desk.
    QList<qsizetype> order(complaints.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return localOrder(complaints.at(a).receivedAt) < localOrder(complaints.at(b).receivedAt);
    });

    QList<Complaint> written = complaints;
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto settings = numberingSettings(writer.database());
        if (!settings)
            return std::unexpected(settings.error());
        storage::ComplaintBulkWriter bulk(writer);
        for (qsizetype index : order) {
            Complaint& complaint = written[index];
            if (auto numbered = assignNumber(writer, *settings, complaint); !numbered)
                return numbered;
            auto id = bulk.insert(complaint);
            if (!id)
                return std::unexpected(id.error());
            complaint.id = *id;
        }
        return bulk.finish();
    });
    if (!status)
        return status;
    // Only a committed transaction hands out its ids and numbers.
    complaints = std::move(written);
    return {};
}

Result<Complaint> ComplaintService::update(const Complaint& complaint)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    Complaint wanted = complaint;
    normalizeTimes(wanted);
    auto categories = storage::ComplaintTable::purposeCategoryIds(m_session.vault().database());
    if (!categories)
        return std::unexpected(categories.error());
    if (auto valid = validateDraft(wanted, *categories); !valid)
        return std::unexpected(valid.error());
    auto accounts = accountsById(m_session.vault().database());
    if (!accounts)
        return std::unexpected(accounts.error());

    Complaint stored;
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto before = load(wanted.id);
        if (!before)
            return std::unexpected(before.error());
        if (before->revision != wanted.revision)
            return fail(ErrorKind::Conflict);
        if (isFinal(before->status))
            return refuse(ServiceText::tr("A closed or withdrawn complaint can no longer be changed."));
        if (FiscalYear::containing(wanted.receivedAt.date()).startYear() != before->fiscalYear)
            return refuse(ServiceText::tr("The reception date cannot move into another fiscal year: the complaint "
                                          "number belongs to its fiscal year."));
        // Only the editable fields come from the caller; number, status, sign-off and timeline stay.
        Complaint after = *before;
        after.receivedAt = wanted.receivedAt;
        after.channel = wanted.channel;
        after.channelDetails = wanted.channelDetails;
        after.complainant = wanted.complainant;
        after.content = wanted.content;
        after.category = wanted.category;
        after.purposeCategoryIds = wanted.purposeCategoryIds;
        if (wanted.targetDate.isValid())
            after.targetDate = wanted.targetDate;
        after.assigneeId = wanted.assigneeId;
        after.answerMethod = wanted.answerMethod;
        after.answeredOn = wanted.answeredOn;
        after.result = wanted.result;
        after.prevention = wanted.prevention;
        after.possibleBreach = wanted.possibleBreach;
        // Only a new assignment is checked: an assignee whose account was disabled since must not
        // block every other edit of their complaints.
        if (after.assigneeId != before->assigneeId)
            if (auto valid = checkAssignee(after.assigneeId, *accounts); !valid)
                return valid;
        // An answered complaint keeps what made it answered.
        if (auto valid = checkRecordForStatus(after); !valid)
            return valid;
        // The officer signed what was written then: a changed result needs a new sign-off.
        const bool signOffWithdrawn
            = before->isSignedOff() && (after.result != before->result || after.prevention != before->prevention);
        if (signOffWithdrawn) {
            after.signedOffBy = 0;
            after.signedOffAt = {};
        }
        if (auto written = storage::ComplaintTable::update(writer, *before, after); !written)
            return written;
        if (signOffWithdrawn)
            if (auto audited = writer.audit(u"sign_off_withdrawn"_s, kRecordType, before->id); !audited)
                return audited;
        auto found = load(before->id);
        if (!found)
            return std::unexpected(found.error());
        stored = std::move(*found);
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return stored;
}

Result<ComplaintTimelineEntry> ComplaintService::addTimelineEntry(
    qint64 complaintId, const QString& text, const QDateTime& at)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    if (text.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, ServiceText::tr("Enter what was done."));
    ComplaintTimelineEntry entry;
    entry.complaintId = complaintId;
    entry.at = toStoredLocalTime(at.isValid() ? at : QDateTime::currentDateTime());
    entry.accountId = m_session.account().id;
    entry.accountName = m_session.account().displayName;
    entry.text = text.trimmed();
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        // The timeline is append-only and does not change the record's revision: a note added
        // while someone edits the form must not make their save fail.
        if (auto exists = load(complaintId); !exists)
            return std::unexpected(exists.error());
        auto id = storage::ComplaintTimelineTable::insert(writer, entry);
        if (!id)
            return std::unexpected(id.error());
        entry.id = *id;
        return storage::ComplaintTable::refreshSearch(writer, complaintId);
    });
    if (!status)
        return std::unexpected(status.error());
    entry.createdUtc = QDateTime::currentDateTimeUtc();
    return entry;
}

Result<Complaint> ComplaintService::transition(
    qint64 complaintId, qint64 expectedRevision, ComplaintStatus to, const QString& note)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    Complaint stored;
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto current = load(complaintId);
        if (!current)
            return std::unexpected(current.error());
        if (current->revision != expectedRevision)
            return fail(ErrorKind::Conflict);
        if (auto allowed = checkTransition(*current, to); !allowed)
            return allowed;
        QDate completedOn = current->completedOn;
        if (isFinal(to) && !completedOn.isValid())
            completedOn = QDate::currentDate();
        if (auto written = storage::ComplaintTable::setStatus(writer, complaintId, expectedRevision, to, completedOn);
            !written)
            return written;
        ComplaintTimelineEntry entry;
        entry.complaintId = complaintId;
        entry.at = toStoredLocalTime(QDateTime::currentDateTime());
        entry.accountId = m_session.account().id;
        entry.text = note.trimmed();
        entry.status = to;
        if (auto added = storage::ComplaintTimelineTable::insert(writer, entry); !added)
            return std::unexpected(added.error());
        const QString detail = u"from=%1; to=%2"_s.arg(statusKey(current->status), statusKey(to));
        if (auto audited = writer.audit(u"transition"_s, kRecordType, complaintId, detail); !audited)
            return audited;
        if (!entry.text.isEmpty())
            if (auto indexed = storage::ComplaintTable::refreshSearch(writer, complaintId); !indexed)
                return indexed;
        auto found = load(complaintId);
        if (!found)
            return std::unexpected(found.error());
        stored = std::move(*found);
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return stored;
}

Result<Complaint> ComplaintService::signOff(qint64 complaintId, qint64 expectedRevision)
{
    if (auto allowed = requireOfficer(u"complaint_sign_off"_s, complaintId); !allowed)
        return std::unexpected(allowed.error());
    Complaint stored;
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto current = load(complaintId);
        if (!current)
            return std::unexpected(current.error());
        if (current->revision != expectedRevision)
            return fail(ErrorKind::Conflict);
        if (current->status != ComplaintStatus::InProgress && current->status != ComplaintStatus::Answered)
            return refuse(ServiceText::tr("A complaint can be signed off while it is in progress or answered."));
        if (current->isSignedOff())
            return refuse(ServiceText::tr("The complaint has already been signed off."));
        if (current->result.trimmed().isEmpty())
            return refuse(ServiceText::tr("Enter the result of the handling before the complaint is signed off."));
        if (auto written = storage::ComplaintTable::setSignOff(
                writer, complaintId, expectedRevision, m_session.account().id, QDateTime::currentDateTimeUtc());
            !written)
            return written;
        if (auto audited = writer.audit(u"sign_off"_s, kRecordType, complaintId); !audited)
            return audited;
        auto found = load(complaintId);
        if (!found)
            return std::unexpected(found.error());
        stored = std::move(*found);
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return stored;
}

Result<Complaint> ComplaintService::find(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    auto complaint = load(id);
    if (!complaint)
        return complaint;
    // No trace, no data: a view that cannot be recorded is not shown.
    if (auto audited = m_session.vault().store().audit(m_session.actor(), u"view"_s, kRecordType, id); !audited)
        return std::unexpected(audited.error());
    return complaint;
}

Result<Complaint> ComplaintService::findByNumber(const QString& number)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    auto found = storage::ComplaintTable::findByNumber(m_session.vault().database(), number);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorKind::NotFound);
    const qint64 id = (*found)->id;
    if (auto audited = m_session.vault().store().audit(m_session.actor(), u"view"_s, kRecordType, id); !audited)
        return std::unexpected(audited.error());
    return std::move(**found);
}

Status ComplaintService::optimizeSearchIndex()
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return allowed;
    return m_session.vault().store().write(m_session.actor(), [](storage::Writer& writer) -> Status {
        if (auto status = storage::ComplaintTable::optimizeSearchIndex(writer); !status)
            return status;
        return writer.audit(u"maintenance"_s, u"complaint_search"_s, 0, u"optimize"_s);
    });
}

Status ComplaintService::recordPrint(qint64 complaintId, const QString& document)
{
    if (auto allowed = m_session.require(Permission::PrintAndExport, kRecordType); !allowed)
        return allowed;
    // The document is a template key, so the audit detail can never carry free text.
    static const QRegularExpression key(u"^[a-z0-9_]{1,64}$"_s);
    if (!key.match(document).hasMatch())
        return fail(ErrorKind::InvalidInput, u"document key"_s);
    if (auto exists = load(complaintId); !exists)
        return std::unexpected(exists.error());
    return m_session.vault().store().audit(
        m_session.actor(), u"print"_s, kRecordType, complaintId, u"document=%1"_s.arg(document));
}

QVariantMap ComplaintService::letterFields(const Complaint& complaint)
{
    QVariantMap fields;
    fields.insert(u"受付番号"_s, complaint.number);
    fields.insert(u"申出日"_s, complaint.receivedAt.date().toString(Qt::ISODate));
    fields.insert(u"申出内容"_s, complaint.content);
    fields.insert(u"宛先氏名"_s, complaint.complainant.name);
    fields.insert(u"宛先郵便番号"_s, complaint.complainant.postalCode);
    fields.insert(u"宛先住所"_s, complaint.complainant.address);
    fields.insert(u"回答内容"_s, complaint.result);
    fields.insert(u"再発防止策"_s, complaint.prevention);
    // A default for the letter editor: an apology where the society was at fault or may have been.
    const bool apology = complaint.possibleBreach || complaint.category == ComplaintCategory::Breach
        || complaint.category == ComplaintCategory::StaffConduct
        || complaint.category == ComplaintCategory::SafetyManagement;
    fields.insert(u"お詫び"_s, apology);
    // Letters name the person in charge by family name, as the template's sample does (佐藤).
    const QString inCharge = complaint.assigneeId != 0 ? complaint.assigneeName : complaint.receivedByName;
    fields.insert(u"担当者氏名"_s, familyName(inCharge));
    return fields;
}

} // namespace pd
