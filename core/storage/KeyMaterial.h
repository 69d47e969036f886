// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

namespace pd::storage {

class Database;

/// The keys that must outlive a rotation of the data key: the audit chain's key (every entry is
/// hashed under it) and the key that signs audit checkpoints (files handed to the auditor).
/// Until the first rotation they are derived from the data key; the rotation stores the keys in
/// use inside the database (table key_material, encrypted with everything else) and from then on
/// they are read from there.
class KeyMaterial
{
public:
    SecureBytes chainKey;
    SecureBytes checkpointKey;

    static Result<KeyMaterial> load(Database& db, const SecureBytes& dataKey);
    /// Stores the keys in use if they are not stored yet. Call inside the rotation's transaction.
    static Status pin(Database& db, const KeyMaterial& keys);

private:
    static SecureBytes derivedFrom(const SecureBytes& dataKey, const char* purpose);
};

} // namespace pd::storage
