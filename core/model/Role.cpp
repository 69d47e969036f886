// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Role.h"

#include <QCoreApplication>

namespace pd {

namespace {
struct RoleText
{
    Q_DECLARE_TR_FUNCTIONS(Role)
};
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : {Role::Officer, Role::Staff, Role::Auditor})
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Officer:
        return RoleText::tr("Privacy officer");
    case Role::Staff:
        return RoleText::tr("Staff");
    case Role::Auditor:
        return RoleText::tr("Auditor");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Officer:
        return true;
    case Role::Staff:
        return permission == Permission::WriteCases || permission == Permission::PrintAndExport
            || permission == Permission::ReadAll;
    case Role::Auditor:
        return permission == Permission::ReadAll || permission == Permission::WriteAuditFindings
            || permission == Permission::ReviewAuditLog;
    }
    return false;
}

} // namespace pd
