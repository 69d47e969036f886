// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/AuditLog.h"

#include <QDateTime>
#include <QList>

namespace pd {

class Session;

/// Reading the audit trail (監査用アクセス記録): the officer and the auditor only
/// (Permission::ReviewAuditLog), and the reading is itself recorded.
class AuditReview
{
public:
    explicit AuditReview(Session& session);

    /// Entries with fromUtc <= time < untilUtc (either may be invalid: open-ended), oldest first.
    Result<QList<storage::AuditEntry>> entries(const QDateTime& fromUtc, const QDateTime& untilUtc, int limit = 1'000'000);

private:
    Session& m_session;
};

} // namespace pd
