// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintQuery.h"

#include "core/complaints/ComplaintTables.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"

using namespace Qt::StringLiterals;

namespace pd {

namespace {
const QString kRecordType = u"complaint"_s;
} // namespace

ComplaintQuery::ComplaintQuery(Session& session)
    : m_session(session)
{
}

QDate ComplaintQuery::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

Result<int> ComplaintQuery::count(const ComplaintFilter& filter)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    return storage::ComplaintListTable::count(m_session.vault().database(), filter, today());
}

Result<QList<ComplaintListRow>> ComplaintQuery::page(
    const ComplaintFilter& filter, const ComplaintSort& sort, int offset, int limit)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    if (offset < 0 || limit < 0)
        return fail(ErrorKind::InvalidInput, u"offset or limit"_s);
    return storage::ComplaintListTable::page(m_session.vault().database(), filter, sort, offset, limit, today());
}

Result<ComplaintDueSummary> ComplaintQuery::dueSummary(QDate today)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    return storage::ComplaintListTable::dueSummary(
        m_session.vault().database(), today.isValid() ? today : this->today());
}

Result<QStringList> ComplaintQuery::explainPage(const ComplaintFilter& filter, const ComplaintSort& sort)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    return storage::ComplaintListTable::explainPage(m_session.vault().database(), filter, sort, today());
}

} // namespace pd
