// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Crypto.h"

#include <sodium.h>

#include <cstring>

namespace pd::crypto {

bool initialize()
{
    return sodium_init() >= 0;
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

Result<SecureBytes> deriveKey(const QByteArray& password, const QByteArray& salt, const KdfParams& params)
{
    if (salt.size() != int(crypto_pwhash_SALTBYTES))
        return fail(ErrorKind::Corrupt, QStringLiteral("salt size"));
    if (params.opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || params.memLimit < crypto_pwhash_argon2id_MEMLIMIT_MIN
        || params.memLimit > (quint64(1) << 32))
        return fail(ErrorKind::Corrupt, QStringLiteral("kdf parameters"));
    SecureBytes key(kDataKeySize);
    if (crypto_pwhash(key.data(), key.size(), password.constData(), quint64(password.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      std::size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorKind::Internal, QStringLiteral("out of memory in Argon2id"));
    return key;
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

QByteArray seal(const SecureBytes& key, const std::uint8_t* plain, std::size_t size, const QByteArray& associatedData)
{
    constexpr auto nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(qsizetype(nonceSize + size + crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, nonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + nonceSize, &written, plain, size, reinterpret_cast<const unsigned char*>(associatedData.constData()),
        quint64(associatedData.size()), nullptr, nonce, key.data());
    out.resize(qsizetype(nonceSize + written));
    return out;
}

std::optional<SecureBytes> open(const SecureBytes& key, const QByteArray& sealed, const QByteArray& associatedData)
{
    constexpr auto nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr auto tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || std::size_t(sealed.size()) < nonceSize + tagSize)
        return std::nullopt;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    SecureBytes plain(std::size_t(sealed.size()) - nonceSize - tagSize);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &written, nullptr, nonce + nonceSize,
                                                   quint64(sealed.size()) - nonceSize,
                                                   reinterpret_cast<const unsigned char*>(associatedData.constData()),
                                                   quint64(associatedData.size()), nonce, key.data())
        != 0)
        return std::nullopt;
    return plain;
}

SecureBytes deriveSubkey(const SecureBytes& masterKey, std::uint64_t id, const char context[8])
{
    SecureBytes subkey(32);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), id, context, masterKey.data());
    return subkey;
}

QByteArray keyedHash(const SecureBytes& key, const QByteArray& message)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32,
                       reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()), key.data(),
                       key.size());
    return out;
}

QByteArray hash(const QByteArray& message)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32,
                       reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()), nullptr, 0);
    return out;
}

SecureBytes rawKeyLiteral(const SecureBytes& key)
{
    // x' + 64 hex + ' + NUL terminator for sodium_bin2hex
    SecureBytes literal(2 + key.size() * 2 + 1 + 1);
    auto* out = reinterpret_cast<char*>(literal.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size());
    out[2 + key.size() * 2] = '\'';
    out[3 + key.size() * 2] = '\0';
    return literal;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

SealingKeyPair sealingKeyPairFromSeed(const SecureBytes& seed)
{
    static_assert(crypto_box_SEEDBYTES == 32);
    // A subkey, not the seed itself: the wrapping key must never be the X25519 secret too.
    const SecureBytes boxSeed = deriveSubkey(seed, 1, "PDslotkp");
    SealingKeyPair pair;
    pair.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    pair.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data(),
                            boxSeed.data());
    return pair;
}

QByteArray sealToPublicKey(const QByteArray& publicKey, const SecureBytes& secret)
{
    if (publicKey.size() != int(crypto_box_PUBLICKEYBYTES))
        return {};
    QByteArray sealed(qsizetype(secret.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), secret.data(), secret.size(),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return sealed;
}

std::optional<SecureBytes> openSealed(const SealingKeyPair& keyPair, const QByteArray& sealed)
{
    if (sealed.size() <= int(crypto_box_SEALBYTES) || keyPair.publicKey.size() != int(crypto_box_PUBLICKEYBYTES))
        return std::nullopt;
    SecureBytes plain(std::size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             quint64(sealed.size()), reinterpret_cast<const unsigned char*>(keyPair.publicKey.constData()),
                             keyPair.secretKey.data())
        != 0)
        return std::nullopt;
    return plain;
}

} // namespace pd::crypto
