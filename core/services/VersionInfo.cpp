// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/VersionInfo.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/SecureBytes.h"
#include "core/storage/Database.h"

#include <sodium.h>
#include <unicode/uversion.h>

namespace pd {

VersionInfo VersionInfo::current()
{
    VersionInfo info;
    info.application = QStringLiteral(PRIVACYDESK_VERSION);
    info.qt = QString::fromLatin1(qVersion());
    info.sqlite = storage::Database::sqliteVersion();
    info.sodium = QString::fromLatin1(sodium_version_string());
    UVersionInfo icu;
    u_getVersion(icu);
    char icuText[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu, icuText);
    info.icu = QString::fromLatin1(icuText);
    // cipher_version is a pragma: ask a throwaway in-memory connection.
    storage::Database probe;
    crypto::initialize();
    if (probe.open(QStringLiteral(":memory:"), SecureBytes::random(crypto::kDataKeySize), true,
                   storage::JournalMode::RollbackExclusive))
        info.sqlcipher = probe.cipherVersion();
    return info;
}

} // namespace pd
