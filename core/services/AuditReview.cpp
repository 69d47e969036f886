// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AuditReview.h"

#include "core/crypto/Crypto.h"
#include "core/model/JapaneseHolidays.h"
#include "core/model/Role.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace pd {

namespace {

constexpr int kJapanOffsetSeconds = 9 * 3600;
/// A review note is a sentence or two of the reviewer's finding, not a report.
constexpr int kMaxNoteLength = 1000;

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString headText(const storage::ChainHead& head)
{
    return QStringLiteral("%1:%2").arg(head.seq).arg(QString::fromLatin1(head.hash.toHex()));
}

/// The names of the conditions a reading used, for its audit entry: never their values, which
/// may name an account or a record.
QString conditionNames(const storage::AuditQuery& query)
{
    QStringList names;
    if (query.fromUtc.isValid())
        names << QStringLiteral("from");
    if (query.untilUtc.isValid())
        names << QStringLiteral("until");
    if (query.accountId)
        names << QStringLiteral("account");
    if (!query.actions.isEmpty())
        names << QStringLiteral("action");
    if (!query.recordType.isEmpty() || query.recordId)
        names << QStringLiteral("record");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1Char(','));
}

/// Every record type the code writes into the trail (audit() and the Writer's record types, and
/// the `what` of Session::require), with the name the screen and the print give it.
const QList<std::pair<QString, const char*>>& recordTypeNames()
{
    static const QList<std::pair<QString, const char*>> names = {
        {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("AuditReview", "Complaint")},
        {QStringLiteral("complaint_timeline"), QT_TRANSLATE_NOOP("AuditReview", "Complaint history")},
        {QStringLiteral("complaint_attachment"), QT_TRANSLATE_NOOP("AuditReview", "Attachment")},
        {QStringLiteral("complaint_email"), QT_TRANSLATE_NOOP("AuditReview", "Complaint e-mail")},
        {QStringLiteral("complaint_draft"), QT_TRANSLATE_NOOP("AuditReview", "Complaint draft")},
        {QStringLiteral("complaint_sign_off"), QT_TRANSLATE_NOOP("AuditReview", "Officer sign-off")},
        {QStringLiteral("complaint_register"), QT_TRANSLATE_NOOP("AuditReview", "Register of complaints")},
        {QStringLiteral("complaint_search"), QT_TRANSLATE_NOOP("AuditReview", "Complaint search index")},
        {QStringLiteral("issued_letter"), QT_TRANSLATE_NOOP("AuditReview", "Issued letter")},
        {QStringLiteral("letter_draft"), QT_TRANSLATE_NOOP("AuditReview", "Letter draft")},
        {QStringLiteral("letter_template"), QT_TRANSLATE_NOOP("AuditReview", "Letter template")},
        {QStringLiteral("letter_register"), QT_TRANSLATE_NOOP("AuditReview", "Register of letters")},
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("AuditReview", "Account")},
        {QStringLiteral("organization"), QT_TRANSLATE_NOOP("AuditReview", "Organization settings")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("AuditReview", "Database")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("AuditReview", "Backup")},
        {QStringLiteral("key_rotation"), QT_TRANSLATE_NOOP("AuditReview", "Data key rotation")},
        {QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("AuditReview", "Audit trail")},
        {QStringLiteral("audit_review"), QT_TRANSLATE_NOOP("AuditReview", "Review mark")},
        {QStringLiteral("audit_checkpoint"), QT_TRANSLATE_NOOP("AuditReview", "Audit checkpoint")},
    };
    return names;
}

QString viewKey(AuditView view)
{
    switch (view) {
    case AuditView::All:
        return QStringLiteral("all");
    case AuditView::FailedLogins:
        return QStringLiteral("failed_logins");
    case AuditView::OutsideOfficeHours:
        return QStringLiteral("outside_office_hours");
    case AuditView::BulkViewing:
        return QStringLiteral("bulk_viewing");
    }
    return QStringLiteral("all");
}

Status validPeriod(const QDateTime& fromUtc, const QDateTime& untilUtc)
{
    if (!fromUtc.isValid() || !untilUtc.isValid())
        return fail(ErrorKind::InvalidInput, AuditReview::tr("Give the first and the last day of the period."));
    if (untilUtc <= fromUtc)
        return fail(ErrorKind::InvalidInput, AuditReview::tr("The period ends before it begins."));
    return {};
}

} // namespace

QDateTime OfficeHours::toJapanTime(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(kJapanOffsetSeconds));
}

bool OfficeHours::contains(const QDateTime& utc) const
{
    const QDateTime local = toJapanTime(utc);
    const QDate date = local.date();
    if (closedOnSaturdays && date.dayOfWeek() == Qt::Saturday)
        return false;
    if (closedOnSundays && date.dayOfWeek() == Qt::Sunday)
        return false;
    // 年末年始: most societies close from 29 December to 3 January (1 January is a holiday anyway).
    if (closedAtYearEnd && ((date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3)))
        return false;
    if (closedOnHolidays && JapaneseHolidays::isHoliday(date))
        return false;
    const QTime time = local.time();
    return time >= start && time < end;
}

namespace AuditAnomalies {

bool isFailedLogin(const storage::AuditEntry& entry)
{
    if (entry.action == QLatin1String("login_failed") || entry.action == QLatin1String("denied"))
        return true;
    const bool signIn = entry.action == QLatin1String("login") || entry.action == QLatin1String("recovery_unlock");
    return signIn && entry.result != QLatin1String("ok");
}

QList<storage::AuditEntry> failedLogins(const QList<storage::AuditEntry>& entries)
{
    QList<storage::AuditEntry> found;
    std::copy_if(entries.begin(), entries.end(), std::back_inserter(found), isFailedLogin);
    return found;
}

QList<storage::AuditEntry> outsideOfficeHours(const QList<storage::AuditEntry>& entries, const OfficeHours& hours)
{
    QList<storage::AuditEntry> found;
    std::copy_if(entries.begin(), entries.end(), std::back_inserter(found),
                 [&](const storage::AuditEntry& entry) { return !hours.contains(entry.atUtc); });
    return found;
}

QList<storage::AuditEntry> bulkViewing(const QList<storage::AuditEntry>& entries, const BulkViewingRule& rule)
{
    if (rule.minimumViews <= 0 || rule.windowMinutes <= 0)
        return {};
    const qint64 windowMs = qint64(rule.windowMinutes) * 60 * 1000;
    // Views of records only: reading the trail itself is what a reviewer does all day.
    QHash<qint64, QList<qsizetype>> viewsByAccount;
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const storage::AuditEntry& entry = entries.at(index);
        if (entry.action == QLatin1String("view") && entry.recordType != QLatin1String("audit_log"))
            viewsByAccount[entry.accountId].append(index);
    }
    // "Many records", not "many views": reopening one complaint while working on it is no burst.
    using RecordKey = std::pair<QString, qint64>;
    auto recordOf = [&entries](qsizetype index) {
        return RecordKey(entries.at(index).recordType, entries.at(index).recordId);
    };
    QList<bool> inBurst(entries.size(), false);
    for (const QList<qsizetype>& views : std::as_const(viewsByAccount)) {
        qsizetype first = 0;
        qsizetype markedUpTo = -1; // each view is marked once, so a long burst costs linear time
        QHash<RecordKey, int> viewsInWindow; // per record, the views between first and last
        for (qsizetype last = 0; last < views.size(); ++last) {
            const QDateTime lastTime = entries.at(views.at(last)).atUtc;
            ++viewsInWindow[recordOf(views.at(last))];
            while (entries.at(views.at(first)).atUtc.msecsTo(lastTime) >= windowMs) {
                const auto leaving = viewsInWindow.find(recordOf(views.at(first)));
                if (--leaving.value() == 0)
                    viewsInWindow.erase(leaving);
                ++first;
            }
            if (viewsInWindow.size() >= rule.minimumViews) {
                for (qsizetype mark = std::max(first, markedUpTo + 1); mark <= last; ++mark)
                    inBurst[views.at(mark)] = true;
                markedUpTo = last;
            }
        }
    }
    QList<storage::AuditEntry> found;
    for (qsizetype index = 0; index < entries.size(); ++index)
        if (inBurst.at(index))
            found.append(entries.at(index));
    return found;
}

} // namespace AuditAnomalies

QByteArray AuditCheckpoint::canonical() const
{
    QByteArray out;
    auto field = [&out](const QByteArray& bytes) {
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
    };
    field(QByteArray(kFormat));
    field(databaseId.toUtf8());
    field(isoUtc(fromUtc).toUtf8());
    field(isoUtc(untilUtc).toUtf8());
    field(reviewedBy.toUtf8());
    field(isoUtc(createdUtc).toUtf8());
    field(QByteArray::number(head.seq));
    field(head.hash.toHex());
    field(QByteArray::number(entryCount));
    return out;
}

QByteArray AuditCheckpoint::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    root.insert(QStringLiteral("databaseId"), databaseId);
    root.insert(QStringLiteral("period"),
                QJsonObject{{QStringLiteral("from"), isoUtc(fromUtc)}, {QStringLiteral("until"), isoUtc(untilUtc)}});
    root.insert(QStringLiteral("reviewedBy"), reviewedBy);
    root.insert(QStringLiteral("createdUtc"), isoUtc(createdUtc));
    root.insert(QStringLiteral("chainHead"),
                QJsonObject{{QStringLiteral("seq"), head.seq},
                            {QStringLiteral("hash"), QString::fromLatin1(head.hash.toHex())}});
    root.insert(QStringLiteral("entryCount"), entryCount);
    root.insert(QStringLiteral("mac"), QString::fromLatin1(mac.toHex()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<AuditCheckpoint> AuditCheckpoint::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorKind::InvalidInput, AuditReview::tr("This is not a checkpoint file."));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(ErrorKind::InvalidInput, AuditReview::tr("This is not a checkpoint file of PrivacyDesk."));
    const QJsonObject period = root.value(QStringLiteral("period")).toObject();
    const QJsonObject head = root.value(QStringLiteral("chainHead")).toObject();
    AuditCheckpoint checkpoint;
    checkpoint.databaseId = root.value(QStringLiteral("databaseId")).toString();
    checkpoint.fromUtc = fromIsoUtc(period.value(QStringLiteral("from")).toString());
    checkpoint.untilUtc = fromIsoUtc(period.value(QStringLiteral("until")).toString());
    checkpoint.reviewedBy = root.value(QStringLiteral("reviewedBy")).toString();
    checkpoint.createdUtc = fromIsoUtc(root.value(QStringLiteral("createdUtc")).toString());
    const QJsonValue seq = head.value(QStringLiteral("seq"));
    checkpoint.head.seq = seq.toInteger(-1);
    checkpoint.head.hash = QByteArray::fromHex(head.value(QStringLiteral("hash")).toString().toLatin1());
    checkpoint.entryCount = root.value(QStringLiteral("entryCount")).toInteger(-1);
    checkpoint.mac = QByteArray::fromHex(root.value(QStringLiteral("mac")).toString().toLatin1());
    if (checkpoint.databaseId.isEmpty() || checkpoint.head.seq < 0 || checkpoint.head.hash.size() != 32
        || checkpoint.entryCount < 0 || checkpoint.mac.size() != 32 || !checkpoint.createdUtc.isValid())
        return fail(ErrorKind::InvalidInput, AuditReview::tr("The checkpoint file is incomplete."));
    return checkpoint;
}

AuditReview::AuditReview(Session& session)
    : m_session(session)
{
}

Status AuditReview::requireReading()
{
    return m_session.require(Permission::ReviewAuditLog, QStringLiteral("audit_log"));
}

QString AuditReview::reviewDetail(const AuditReviewMark& mark, const QString& note)
{
    // The note goes last: whatever it contains cannot be mistaken for one of the fields before it.
    QString detail = QStringLiteral("period=%1/%2; head=%3; entries=%4")
                         .arg(isoUtc(mark.fromUtc), isoUtc(mark.untilUtc), headText(mark.head))
                         .arg(mark.entryCount);
    if (!note.isEmpty())
        detail += QStringLiteral("; note=") + note;
    return detail;
}

QString AuditReview::actionDisplayName(const QString& action)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("login"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Wrong password")},
        {QStringLiteral("recovery_unlock"), QT_TR_NOOP("Opened with recovery key")},
        {QStringLiteral("lock"), QT_TR_NOOP("Locked")},
        {QStringLiteral("close"), QT_TR_NOOP("Closed")},
        {QStringLiteral("view"), QT_TR_NOOP("Viewed")},
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("print"), QT_TR_NOOP("Printed")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("issue"), QT_TR_NOOP("Issued")},
        {QStringLiteral("denied"), QT_TR_NOOP("Refused for the role")},
        {QStringLiteral("review"), QT_TR_NOOP("Marked reviewed")},
        {QStringLiteral("check"), QT_TR_NOOP("Checked")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backed up")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("create_database"), QT_TR_NOOP("Created the database")},
        {QStringLiteral("add_key_slot"), QT_TR_NOOP("Password set")},
        {QStringLiteral("remove_key_slot"), QT_TR_NOOP("Password removed")},
        {QStringLiteral("change_password"), QT_TR_NOOP("Changed password")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("Reset password")},
        {QStringLiteral("enable_account"), QT_TR_NOOP("Enabled account")},
        {QStringLiteral("disable_account"), QT_TR_NOOP("Disabled account")},
        {QStringLiteral("rollback_detected"), QT_TR_NOOP("Older database copy detected")},
        {QStringLiteral("rotate_data_key"), QT_TR_NOOP("Rotated the data key")},
        {QStringLiteral("transition"), QT_TR_NOOP("Changed the status")},
        {QStringLiteral("sign_off"), QT_TR_NOOP("Signed off")},
        {QStringLiteral("sign_off_withdrawn"), QT_TR_NOOP("Sign-off withdrawn")},
        {QStringLiteral("draft_saved"), QT_TR_NOOP("Saved a draft")},
        {QStringLiteral("draft_discarded"), QT_TR_NOOP("Discarded a draft")},
        {QStringLiteral("save_pdf"), QT_TR_NOOP("Saved as PDF")},
        {QStringLiteral("maintenance"), QT_TR_NOOP("Maintenance")},
    };
    const auto name = names.constFind(action);
    return name == names.constEnd() ? action : tr(*name);
}

QString AuditReview::recordTypeDisplayName(const QString& recordType)
{
    for (const auto& [key, name] : recordTypeNames())
        if (key == recordType)
            return tr(name);
    return recordType;
}

QString AuditReview::targetDisplayName(const QString& recordType, qint64 recordId)
{
    const QString type = recordTypeDisplayName(recordType);
    return recordId == 0 ? type : QStringLiteral("%1 #%2").arg(type).arg(recordId);
}

QString AuditReview::targetKey(const QString& recordType, qint64 recordId)
{
    return recordId == 0 ? recordType : QStringLiteral("%1 #%2").arg(recordType).arg(recordId);
}

QString AuditReview::resultDisplayName(const QString& result)
{
    // A result is an outcome, optionally with the reason after a colon ("refused: disabled").
    static const QHash<QString, const char*> outcomes = {
        {QStringLiteral("ok"), QT_TR_NOOP("Succeeded")},
        {QStringLiteral("refused"), QT_TR_NOOP("Refused")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("warning"), QT_TR_NOOP("Warning")},
    };
    static const QHash<QString, const char*> reasons = {
        {QStringLiteral("disabled"), QT_TR_NOOP("account disabled")},
        {QStringLiteral("wrong current password"), QT_TR_NOOP("wrong current password")},
        {QStringLiteral("chain broken"), QT_TR_NOOP("chain broken")},
        {QStringLiteral("trail shorter"), QT_TR_NOOP("trail shorter than the checkpoint")},
        {QStringLiteral("entry differs"), QT_TR_NOOP("entry differs from the checkpoint")},
        {QStringLiteral("checkpoint invalid"), QT_TR_NOOP("not a valid checkpoint")},
    };
    const qsizetype colon = result.indexOf(QLatin1Char(':'));
    const auto outcome = outcomes.constFind(colon < 0 ? result : result.left(colon));
    if (outcome == outcomes.constEnd())
        return result;
    if (colon < 0)
        return tr(*outcome);
    const QString reason = result.mid(colon + 1).trimmed();
    const auto known = reasons.constFind(reason);
    return tr("%1: %2", "an audit result and its reason")
        .arg(tr(*outcome), known == reasons.constEnd() ? reason : tr(*known));
}

Result<AuditRecordFilter> AuditReview::parseRecordFilter(const QString& text)
{
    // NFKC: a Japanese input method may give "＃１２" in full width.
    const QString input = text.normalized(QString::NormalizationForm_KC).simplified();
    AuditRecordFilter filter;
    if (input.isEmpty())
        return filter;
    auto refuse = [] {
        return fail(ErrorKind::InvalidInput, tr("Write the record as a type, a number or both, e.g. %1.")
                                                 .arg(targetDisplayName(QStringLiteral("complaint"), 12)));
    };
    static const QRegularExpression pattern(QStringLiteral("^(.*?)\\s*(?:#\\s*)?(\\d+)?$"));
    const QRegularExpressionMatch match = pattern.match(input);
    const QString name = match.captured(1);
    if (!match.hasMatch() || (name.isEmpty() && match.captured(2).isEmpty()))
        return refuse();
    if (!name.isEmpty()) {
        auto folded = [](const QString& value) {
            return value.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
        };
        const QString wanted = folded(name);
        for (const auto& [key, source] : recordTypeNames()) {
            // The English name too: a reviewer may copy "Complaint #12" from an English screen.
            if (wanted == key || wanted == folded(tr(source)) || wanted == folded(QString::fromLatin1(source))) {
                filter.recordType = key;
                break;
            }
        }
        // A key this version does not name (a later version may write new ones) is still a key.
        static const QRegularExpression rawKey(QStringLiteral("^[a-z_]+$"));
        if (filter.recordType.isEmpty() && rawKey.match(wanted).hasMatch())
            filter.recordType = wanted;
        if (filter.recordType.isEmpty())
            return refuse();
    }
    if (!match.captured(2).isEmpty()) {
        bool ok = false;
        const qint64 id = match.captured(2).toLongLong(&ok);
        if (!ok)
            return refuse();
        filter.recordId = id;
    }
    return filter;
}

QString AuditReview::roleDisplayName(const QString& roleKey)
{
    const std::optional<Role> role = roleFromKey(roleKey);
    return role ? pd::roleDisplayName(*role) : roleKey;
}

QString AuditReview::viewDisplayName(AuditView view)
{
    switch (view) {
    case AuditView::All:
        return tr("All entries");
    case AuditView::FailedLogins:
        return tr("Failed sign-ins and refusals");
    case AuditView::OutsideOfficeHours:
        return tr("Outside office hours");
    case AuditView::BulkViewing:
        return tr("Bulk viewing");
    }
    return {};
}

QString AuditReview::viewRuleText(AuditView view, const AuditPolicy& policy)
{
    switch (view) {
    case AuditView::All:
        return {};
    case AuditView::FailedLogins:
        return tr("Wrong passwords, refused sign-ins and actions refused for the role.");
    case AuditView::OutsideOfficeHours:
        return officeHoursText(policy.officeHours);
    case AuditView::BulkViewing:
        return bulkViewingText(policy.bulkViewing);
    }
    return {};
}

QString AuditReview::officeHoursText(const OfficeHours& hours)
{
    QStringList closed;
    if (hours.closedOnSaturdays && hours.closedOnSundays)
        closed << tr("weekends");
    else if (hours.closedOnSaturdays)
        closed << tr("Saturdays");
    else if (hours.closedOnSundays)
        closed << tr("Sundays");
    if (hours.closedOnHolidays)
        closed << tr("national holidays");
    if (hours.closedAtYearEnd)
        closed << tr("29 Dec – 3 Jan");
    const QString span = QStringLiteral("%1–%2").arg(hours.start.toString(QStringLiteral("H:mm")),
                                                     hours.end.toString(QStringLiteral("H:mm")));
    if (closed.isEmpty())
        return tr("Outside %1 on every day of the week (Japan time).").arg(span);
    QString list = closed.constLast();
    if (closed.size() > 1)
        list = closed.mid(0, closed.size() - 1).join(tr(", ", "between items of a list"))
            + tr(" and ", "before the last item of a list") + list;
    return tr("Outside %1 on working days, and all day on %2 (Japan time).").arg(span, list);
}

QString AuditReview::bulkViewingText(const BulkViewingRule& rule)
{
    return tr("One account viewing %1 or more different records within %n minute(s).", nullptr, rule.windowMinutes)
        .arg(rule.minimumViews);
}

Status AuditReview::validatePolicy(const AuditPolicy& policy)
{
    const OfficeHours& hours = policy.officeHours;
    if (!hours.start.isValid() || !hours.end.isValid())
        return fail(ErrorKind::InvalidInput, tr("Give the start and the end of office hours."));
    if (hours.end <= hours.start)
        return fail(ErrorKind::InvalidInput,
                    tr("Office hours end at %1, before they start at %2: the end must be later than the start.")
                        .arg(hours.end.toString(QStringLiteral("H:mm")), hours.start.toString(QStringLiteral("H:mm"))));
    const BulkViewingRule& rule = policy.bulkViewing;
    if (rule.minimumViews < kMinBulkViews || rule.minimumViews > kMaxBulkViews)
        return fail(ErrorKind::InvalidInput,
                    tr("Bulk viewing needs between %1 and %2 records; one view alone is not a burst.")
                        .arg(kMinBulkViews)
                        .arg(kMaxBulkViews));
    if (rule.windowMinutes < kMinBulkWindowMinutes || rule.windowMinutes > kMaxBulkWindowMinutes)
        return fail(ErrorKind::InvalidInput, tr("The bulk-viewing window must be between %1 and %2 minutes.")
                                                 .arg(kMinBulkWindowMinutes)
                                                 .arg(kMaxBulkWindowMinutes));
    return {};
}

Result<QList<storage::AuditEntry>> AuditReview::entries(const QDateTime& fromUtc, const QDateTime& untilUtc, int limit)
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    storage::AuditLog::Filter filter;
    filter.fromUtc = fromUtc;
    filter.untilUtc = untilUtc;
    filter.limit = limit;
    auto entries = storage::AuditLog::entries(m_session.vault().database(), filter);
    if (!entries)
        return entries;
    std::reverse(entries->begin(), entries->end());
    if (auto status = m_session.vault().store().audit(
            m_session.actor(), QStringLiteral("view"), QStringLiteral("audit_log"), 0,
            QStringLiteral("entries=%1").arg(entries->size()));
        !status)
        return std::unexpected(status.error());
    return entries;
}

Result<AuditSnapshot> AuditReview::open(const storage::AuditQuery& query)
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    storage::Database& db = m_session.vault().database();
    auto head = storage::AuditLog::head(db);
    if (!head)
        return std::unexpected(head.error());
    storage::AuditQuery fixed = query;
    fixed.upToSeq = head->seq;
    auto count = storage::AuditQueries::count(db, fixed);
    if (!count)
        return std::unexpected(count.error());
    if (auto status = m_session.vault().store().audit(
            m_session.actor(), QStringLiteral("view"), QStringLiteral("audit_log"), 0,
            QStringLiteral("entries=%1; filter=%2").arg(*count).arg(conditionNames(query)));
        !status)
        return std::unexpected(status.error());
    return AuditSnapshot{*count, head->seq};
}

Result<QList<storage::AuditEntry>> AuditReview::page(const storage::AuditQuery& query, qint64 offset, int limit)
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    return storage::AuditQueries::page(m_session.vault().database(), query, offset, limit);
}

Result<AuditPolicy> AuditReview::policy()
{
    // The society's policy is not personal data: anyone signed in may read it (and the page
    // shows it before reading the trail), like the rest of the organization row.
    auto organization = OrganizationService(m_session).organization();
    if (!organization)
        return std::unexpected(organization.error());
    return organization->auditPolicy;
}

Result<QList<storage::AuditEntry>> AuditReview::view(const storage::AuditQuery& query, AuditView view)
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    auto policy = this->policy();
    if (!policy)
        return std::unexpected(policy.error());
    // Narrow in SQL where the view allows it, so that a year of a busy office is not read whole.
    storage::AuditQuery narrowed = query;
    if (narrowed.actions.isEmpty()) {
        if (view == AuditView::FailedLogins)
            narrowed.actions = {QStringLiteral("login_failed"), QStringLiteral("denied"), QStringLiteral("login"),
                                QStringLiteral("recovery_unlock")};
        else if (view == AuditView::BulkViewing)
            narrowed.actions = {QStringLiteral("view")};
    }
    auto read = storage::AuditQueries::all(m_session.vault().database(), narrowed);
    if (!read)
        return read;
    QList<storage::AuditEntry> shown;
    switch (view) {
    case AuditView::All:
        shown = std::move(*read);
        break;
    case AuditView::FailedLogins:
        shown = AuditAnomalies::failedLogins(*read);
        break;
    case AuditView::OutsideOfficeHours:
        shown = AuditAnomalies::outsideOfficeHours(*read, policy->officeHours);
        break;
    case AuditView::BulkViewing:
        shown = AuditAnomalies::bulkViewing(*read, policy->bulkViewing);
        break;
    }
    if (auto status = m_session.vault().store().audit(
            m_session.actor(), QStringLiteral("view"), QStringLiteral("audit_log"), 0,
            QStringLiteral("entries=%1; view=%2; filter=%3").arg(shown.size()).arg(viewKey(view), conditionNames(query)));
        !status)
        return std::unexpected(status.error());
    return shown;
}

Result<QStringList> AuditReview::actions()
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    return storage::AuditQueries::actions(m_session.vault().database());
}

Result<QList<storage::AuditAccount>> AuditReview::accounts()
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    return storage::AuditQueries::accounts(m_session.vault().database());
}

Result<storage::ChainHead> AuditReview::verifyChain()
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    auto head = m_session.vault().store().verifyChain();
    (void)m_session.vault().store().audit(m_session.actor(), QStringLiteral("check"), QStringLiteral("audit_log"),
                                          head ? head->seq : 0, {},
                                          head ? QStringLiteral("ok") : QStringLiteral("failed: chain broken"));
    return head;
}

Result<AuditReviewMark> AuditReview::markReviewed(const QDateTime& fromUtc, const QDateTime& untilUtc,
                                                  const QString& note)
{
    if (auto allowed = m_session.require(Permission::WriteAuditFindings, QStringLiteral("audit_review")); !allowed)
        return std::unexpected(allowed.error());
    if (auto valid = validPeriod(fromUtc, untilUtc); !valid)
        return std::unexpected(valid.error());
    // One line in the trail: line breaks would make the detail read as several.
    const QString oneLine = note.simplified();
    if (oneLine.size() > kMaxNoteLength)
        return fail(ErrorKind::InvalidInput,
                    tr("The note is %1 characters long; keep it to %2.").arg(oneLine.size()).arg(kMaxNoteLength));
    storage::Database& db = m_session.vault().database();
    auto head = storage::AuditLog::head(db);
    if (!head)
        return std::unexpected(head.error());
    storage::AuditQuery period;
    period.fromUtc = fromUtc;
    period.untilUtc = untilUtc;
    period.upToSeq = head->seq;
    auto count = storage::AuditQueries::count(db, period);
    if (!count)
        return std::unexpected(count.error());
    AuditReviewMark mark{fromUtc.toUTC(), untilUtc.toUTC(), *head, *count};
    if (auto status = m_session.vault().store().audit(m_session.actor(), QStringLiteral("review"),
                                                      QStringLiteral("audit_log"), head->seq,
                                                      reviewDetail(mark, oneLine));
        !status)
        return std::unexpected(status.error());
    return mark;
}

Result<QList<storage::AuditEntry>> AuditReview::reviewMarks()
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    storage::AuditQuery query;
    query.actions = {QStringLiteral("review")};
    return storage::AuditQueries::page(m_session.vault().database(), query, 0, 1000);
}

Result<QByteArray> AuditReview::exportCheckpoint(const QDateTime& fromUtc, const QDateTime& untilUtc)
{
    if (auto allowed = m_session.require(Permission::WriteAuditFindings, QStringLiteral("audit_checkpoint")); !allowed)
        return std::unexpected(allowed.error());
    if (auto valid = validPeriod(fromUtc, untilUtc); !valid)
        return std::unexpected(valid.error());
    storage::Vault& vault = m_session.vault();
    auto head = storage::AuditLog::head(vault.database());
    if (!head)
        return std::unexpected(head.error());
    storage::AuditQuery period;
    period.fromUtc = fromUtc;
    period.untilUtc = untilUtc;
    period.upToSeq = head->seq;
    auto count = storage::AuditQueries::count(vault.database(), period);
    if (!count)
        return std::unexpected(count.error());

    AuditCheckpoint checkpoint;
    checkpoint.databaseId = vault.keySlots().databaseId;
    checkpoint.fromUtc = fromUtc.toUTC();
    checkpoint.untilUtc = untilUtc.toUTC();
    checkpoint.reviewedBy = m_session.account().login;
    // Whole milliseconds: the file carries ISO text, and the MAC must cover what the file says.
    checkpoint.createdUtc = fromIsoUtc(isoUtc(QDateTime::currentDateTimeUtc()));
    checkpoint.head = *head;
    checkpoint.entryCount = *count;
    checkpoint.mac = vault.checkpointMac(checkpoint.canonical());
    if (auto status = vault.store().audit(
            m_session.actor(), QStringLiteral("export"), QStringLiteral("audit_checkpoint"), head->seq,
            QStringLiteral("period=%1/%2; head=%3; entries=%4")
                .arg(isoUtc(checkpoint.fromUtc), isoUtc(checkpoint.untilUtc))
                .arg(head->seq)
                .arg(*count));
        !status)
        return std::unexpected(status.error());
    return checkpoint.toJson();
}

Result<AuditCheckpoint> AuditReview::verifyCheckpoint(const QByteArray& json)
{
    if (auto allowed = requireReading(); !allowed)
        return std::unexpected(allowed.error());
    storage::Vault& vault = m_session.vault();
    auto outcome = [&]() -> Result<AuditCheckpoint> {
        auto checkpoint = AuditCheckpoint::fromJson(json);
        if (!checkpoint)
            return checkpoint;
        if (checkpoint->databaseId != vault.keySlots().databaseId)
            return fail(ErrorKind::InvalidInput,
                        tr("The checkpoint was made for another database (%1).").arg(checkpoint->databaseId));
        if (!crypto::constantTimeEquals(checkpoint->mac, vault.checkpointMac(checkpoint->canonical())))
            return fail(ErrorKind::InvalidInput,
                        tr("The checkpoint's signature does not match its content: the file has been altered."));
        auto hash = storage::AuditLog::hashAt(vault.database(), checkpoint->head.seq);
        if (!hash)
            return std::unexpected(hash.error());
        if (!hash->has_value())
            return fail(ErrorKind::RolledBack,
                        tr("The audit trail ends before entry #%1, which the checkpoint records.")
                            .arg(checkpoint->head.seq));
        if (!crypto::constantTimeEquals(**hash, checkpoint->head.hash))
            return fail(ErrorKind::Corrupt,
                        tr("Entry #%1 of the audit trail is not the one the checkpoint records: the trail was "
                           "altered or an older copy of the database was put back.")
                            .arg(checkpoint->head.seq));
        // The entry matches; the chain up to it must also still be intact.
        if (auto chain = vault.store().verifyChain(); !chain)
            return std::unexpected(chain.error());
        return checkpoint;
    }();
    QString result = QStringLiteral("ok");
    if (!outcome) {
        switch (outcome.error().kind) {
        case ErrorKind::RolledBack:
            result = QStringLiteral("failed: trail shorter");
            break;
        case ErrorKind::Corrupt:
            result = QStringLiteral("failed: entry differs");
            break;
        case ErrorKind::InvalidInput:
            result = QStringLiteral("failed: checkpoint invalid");
            break;
        default:
            result = QStringLiteral("failed");
            break;
        }
    }
    if (auto status = vault.store().audit(m_session.actor(), QStringLiteral("check"),
                                          QStringLiteral("audit_checkpoint"), outcome ? outcome->head.seq : 0, {},
                                          result);
        !status && outcome)
        return std::unexpected(status.error());
    return outcome;
}

} // namespace pd
