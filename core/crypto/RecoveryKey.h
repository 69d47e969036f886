// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QString>

namespace pd::crypto {

/// The printable form of the 256-bit recovery secret: Crockford base32 with a
/// 24-bit checksum, in groups of four ("7K3Q-…"), so that a mistyped key is told
/// apart from a wrong one.
class RecoveryKey
{
public:
    static SecureBytes generateSecret();
    static QString format(const SecureBytes& secret);
    /// Accepts lower case, spaces, full-width characters and O/I/L look-alikes.
    static Result<SecureBytes> parse(const QString& text);
    /// Wrapping key for the recovery slot. The secret has full entropy, so a fast KDF suffices.
    static SecureBytes wrappingKey(const SecureBytes& secret, const QByteArray& salt);
};

} // namespace pd::crypto
