// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Account.h"
#include "core/model/Organization.h"
#include "core/model/PurposeCategory.h"

#include <QList>

namespace pd::storage {

class Database;
class Writer;

/// SQL for the accounts table. Services decide; these functions only read and write rows.
namespace AccountTable {
Result<QList<Account>> all(Database& db);
Result<std::optional<Account>> findByLogin(Database& db, const QString& login);
Result<qint64> insert(Writer& writer, const Account& account);
Status update(Writer& writer, const Account& account);
Result<int> count(Database& db);
} // namespace AccountTable

namespace OrganizationTable {
Result<Organization> load(Database& db);
Status save(Writer& writer, const Organization& organization);
} // namespace OrganizationTable

namespace PurposeTable {
/// The register in force today, in the order of the public notice.
Result<QList<PurposeCategory>> current(Database& db);
} // namespace PurposeTable

} // namespace pd::storage
