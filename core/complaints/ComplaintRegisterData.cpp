// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintRegisterData.h"

#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintTables.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd {

namespace {
struct RegisterText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRegisterSource)
};

/// Rows per list query while collecting the period: large, because every row is printed anyway.
constexpr int kLoadBatch = 500;

QString actionOf(ComplaintRegisterOutput output)
{
    switch (output) {
    case ComplaintRegisterOutput::Preview:
        return u"view"_s;
    case ComplaintRegisterOutput::Print:
        return u"print"_s;
    case ComplaintRegisterOutput::SavePdf:
        return u"save_pdf"_s;
    }
    return u"print"_s;
}
} // namespace

ComplaintRegisterSource::ComplaintRegisterSource(Session& session)
    : m_session(session)
{
}

Result<ComplaintRegisterData> ComplaintRegisterSource::load(QDate from, QDate until)
{
    if (auto allowed = m_session.require(Permission::PrintAndExport, QString::fromLatin1(kRecordType)); !allowed)
        return std::unexpected(allowed.error());
    if (!from.isValid() || !until.isValid())
        return fail(ErrorKind::InvalidInput, RegisterText::tr("Enter the first and the last day of the period."));
    if (from > until)
        return fail(ErrorKind::InvalidInput, RegisterText::tr("The period ends before it begins."));

    storage::Database& db = m_session.vault().database();
    auto organization = storage::OrganizationTable::load(db);
    if (!organization)
        return std::unexpected(organization.error());

    ComplaintRegisterData data;
    data.from = from;
    data.until = until;
    data.organizationName = organization->name;

    ComplaintFilter filter;
    filter.receivedFrom = from;
    filter.receivedTo = until;
    const ComplaintSort byNumber { ComplaintSortColumn::Number, Qt::AscendingOrder };
    ComplaintQuery query(m_session);
    for (int offset = 0;; offset += kLoadBatch) {
        auto rows = query.page(filter, byNumber, offset, kLoadBatch);
        if (!rows)
            return std::unexpected(rows.error());
        for (const ComplaintListRow& row : *rows) {
            // The list row lacks the content and the answer and completion dates: the record has them.
            auto complaint = storage::ComplaintTable::find(db, row.id);
            if (!complaint)
                return std::unexpected(complaint.error());
            if (!complaint->has_value())
                continue; // deleted since the page was read
            const Complaint& c = **complaint;
            ComplaintRegisterEntry entry;
            entry.id = c.id;
            entry.number = c.number;
            entry.receivedOn = c.receivedAt.date();
            entry.channel = c.channel;
            entry.complainantName = c.complainant.name;
            entry.category = c.category;
            entry.summary = summaryOf(c.content);
            entry.status = c.status;
            entry.assigneeName = c.assigneeId != 0 ? c.assigneeName : QString();
            entry.answeredOn = c.answeredOn;
            entry.completedOn = c.completedOn;
            entry.possibleBreach = c.possibleBreach;
            data.entries.append(std::move(entry));
        }
        if (rows->size() < kLoadBatch)
            break;
    }
    return data;
}

Status ComplaintRegisterSource::recordOutput(
    const ComplaintRegisterData& data, ComplaintRegisterOutput output, int pages)
{
    if (auto allowed = m_session.require(Permission::PrintAndExport, QString::fromLatin1(kRecordType)); !allowed)
        return allowed;
    const QString detail = u"period=%1..%2 complaints=%3 pages=%4"_s.arg(data.from.toString(Qt::ISODate),
        data.until.toString(Qt::ISODate), QString::number(data.entries.size()), QString::number(pages));
    return m_session.vault().store().audit(
        m_session.actor(), actionOf(output), QString::fromLatin1(kRecordType), 0, detail);
}

QString ComplaintRegisterSource::summaryOf(const QString& content)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QString line = content;
    line.replace(whitespace, u" "_s);
    line = line.trimmed();
    if (line.size() <= kSummaryLength)
        return line;
    // Never cut a surrogate pair (rare kanji such as 𠮷 are outside the BMP).
    int cut = kSummaryLength;
    if (line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut) + QChar(0x2026);
}

} // namespace pd
