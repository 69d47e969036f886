// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Organization.h"
#include "core/model/PurposeCategory.h"

#include <QList>

namespace pd {

class Session;

/// The society's own settings and reference data: organization details and the purpose register.
class OrganizationService
{
public:
    explicit OrganizationService(Session& session);

    Result<Organization> organization();
    /// Fails with Conflict when someone else saved in the meantime.
    Status saveOrganization(const Organization& organization);
    Result<QList<PurposeCategory>> purposeRegister();

private:
    Session& m_session;
};

} // namespace pd
