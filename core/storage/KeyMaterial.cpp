// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeyMaterial.h"

#include "core/crypto/Crypto.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <cstring>

namespace pd::storage {

namespace {
constexpr auto kChainPurpose = "audit_chain";
constexpr auto kCheckpointPurpose = "checkpoint";

Result<SecureBytes> storedKey(Database& db, const char* purpose)
{
    auto query = db.prepare("SELECT key FROM key_material WHERE purpose = ?1");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, QString::fromLatin1(purpose));
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return SecureBytes();
    return query->secureBlob(0);
}
} // namespace

SecureBytes KeyMaterial::derivedFrom(const SecureBytes& dataKey, const char* purpose)
{
    if (std::strcmp(purpose, kChainPurpose) == 0)
        return AuditLog::chainKey(dataKey);
    return crypto::deriveSubkey(dataKey, 3, "PDchkpt_");
}

Result<KeyMaterial> KeyMaterial::load(Database& db, const SecureBytes& dataKey)
{
    KeyMaterial keys;
    for (auto [purpose, target] : {std::pair{kChainPurpose, &keys.chainKey}, std::pair{kCheckpointPurpose, &keys.checkpointKey}}) {
        auto stored = storedKey(db, purpose);
        if (!stored)
            return std::unexpected(stored.error());
        *target = stored->isEmpty() ? derivedFrom(dataKey, purpose) : std::move(*stored);
    }
    return keys;
}

Status KeyMaterial::pin(Database& db, const KeyMaterial& keys)
{
    for (auto [purpose, key] : {std::pair{kChainPurpose, &keys.chainKey}, std::pair{kCheckpointPurpose, &keys.checkpointKey}}) {
        auto insert = db.prepare("INSERT OR IGNORE INTO key_material (purpose, key) VALUES (?1, ?2)");
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, QString::fromLatin1(purpose));
        insert->bindSecret(2, *key);
        if (auto status = insert->run(); !status)
            return status;
    }
    return {};
}

} // namespace pd::storage
