// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/OrganizationService.h"

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintService.h"
#include "core/letters/DocumentNumberFormat.h"
#include "core/services/AuditReview.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

namespace pd {

OrganizationService::OrganizationService(Session& session)
    : m_session(session)
{
}

Result<Organization> OrganizationService::organization()
{
    return storage::OrganizationTable::load(m_session.vault().database());
}

Status OrganizationService::saveOrganization(const Organization& organization)
{
    if (auto allowed = m_session.require(Permission::EditOrganization, QStringLiteral("organization")); !allowed)
        return allowed;
    if (organization.name.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput);
    if (auto valid = DocumentNumberFormat::validate(organization.documentNumberFormat); !valid)
        return valid;
    if (auto valid = ComplaintService::validateNumberFormat(organization.complaintNumberFormat); !valid)
        return valid;
    if (auto valid = ComplaintService::validateAnswerDays(organization.complaintAnswerDays); !valid)
        return valid;
    if (auto valid = ComplaintAttachments::validateLimitMb(organization.attachmentLimitMb); !valid)
        return valid;
    if (auto valid = AuditReview::validatePolicy(organization.auditPolicy); !valid)
        return valid;
    return m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) {
        return storage::OrganizationTable::save(writer, organization);
    });
}

Result<QList<PurposeCategory>> OrganizationService::purposeRegister()
{
    return storage::PurposeTable::current(m_session.vault().database());
}

} // namespace pd
