// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AuditReview.h"

#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <algorithm>

namespace pd {

AuditReview::AuditReview(Session& session)
    : m_session(session)
{
}

Result<QList<storage::AuditEntry>> AuditReview::entries(const QDateTime& fromUtc, const QDateTime& untilUtc, int limit)
{
    if (auto allowed = m_session.require(Permission::ReviewAuditLog, QStringLiteral("audit_log")); !allowed)
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

} // namespace pd
