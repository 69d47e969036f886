// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pd {

/// 個人情報取扱責任者 / 担当者 / 監事
enum class Role { Officer, Staff, Auditor };

/// What a role may do. The one place where permissions are decided.
enum class Permission {
    ManageAccounts,
    EditOrganization,
    EditPurposeRegister,
    EditLetterTemplates,
    WriteCases,
    SignOffCases, // 責任者確認: the privacy officer's own act
    PrintAndExport,
    ReadAll,
    WriteAuditFindings,
    ManageBackups, // backups and restore: the officer's
    ReviewAuditLog, // reading the audit trail: the officer and the auditor (監事)
};

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role);
bool roleAllows(Role role, Permission permission);

} // namespace pd
