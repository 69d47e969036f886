// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace pd::crypto {

constexpr std::size_t kDataKeySize = 32;
constexpr std::size_t kSaltSize = 16;

bool initialize();

/// Argon2id cost; stored with every slot so that each slot can have its own.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    static KdfParams interactive();
    static KdfParams moderate();
    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

/// Derives a 32-byte wrapping key from a password with Argon2id (algorithm always explicit).
Result<SecureBytes> deriveKey(const QByteArray& password, const QByteArray& salt, const KdfParams& params);

QByteArray randomBytes(std::size_t size);

/// XChaCha20-Poly1305 (IETF). Output is nonce ‖ ciphertext ‖ tag.
QByteArray seal(const SecureBytes& key, const std::uint8_t* plain, std::size_t size, const QByteArray& associatedData);
/// Returns empty SecureBytes when authentication fails.
std::optional<SecureBytes> open(const SecureBytes& key, const QByteArray& sealed, const QByteArray& associatedData);

/// Derives a purpose-bound subkey (crypto_kdf) so that the data key itself is used only by SQLCipher.
SecureBytes deriveSubkey(const SecureBytes& masterKey, std::uint64_t id, const char context[8]);

/// Keyed BLAKE2b-256.
QByteArray keyedHash(const SecureBytes& key, const QByteArray& message);
QByteArray hash(const QByteArray& message);

/// Formats a raw SQLCipher key pragma value: x'<64 hex>'. SQLCipher recognises a raw
/// key by exact length only; anything else silently becomes a passphrase.
SecureBytes rawKeyLiteral(const SecureBytes& key);

bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

/// An X25519 key pair for sealed boxes. The secret half lives in secure memory.
struct SealingKeyPair
{
    QByteArray publicKey;
    SecureBytes secretKey;
};

/// The key pair determined by a 32-byte seed (a key slot's wrapping key): the slot stores only
/// the public half, so anyone may seal a new data key to it, and only the password opens it.
SealingKeyPair sealingKeyPairFromSeed(const SecureBytes& seed);
/// crypto_box_seal: encrypts `secret` so that only the holder of the pair's secret key opens it.
QByteArray sealToPublicKey(const QByteArray& publicKey, const SecureBytes& secret);
std::optional<SecureBytes> openSealed(const SealingKeyPair& keyPair, const QByteArray& sealed);

} // namespace pd::crypto
