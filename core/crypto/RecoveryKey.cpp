// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/RecoveryKey.h"

#include "core/crypto/Crypto.h"

#include <sodium.h>

namespace pd::crypto {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kChecksumSize = 3;

QByteArray checksum(const std::uint8_t* data, std::size_t size)
{
    unsigned char out[16];
    crypto_generichash(out, sizeof out, data, size, nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(out), kChecksumSize);
}

int decodeChar(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u == u'O')
        return 0;
    if (u == u'I' || u == u'L')
        return 1;
    for (int i = 0; i < 32; ++i)
        if (kAlphabet[i] == u)
            return i;
    return -1;
}
} // namespace

SecureBytes RecoveryKey::generateSecret()
{
    return SecureBytes::random(kDataKeySize);
}

QString RecoveryKey::format(const SecureBytes& secret)
{
    SecureBytes buffer(secret.size() + kChecksumSize);
    std::memcpy(buffer.data(), secret.data(), secret.size());
    const QByteArray sum = checksum(secret.data(), secret.size());
    std::memcpy(buffer.data() + secret.size(), sum.constData(), kChecksumSize);

    QString out;
    quint32 acc = 0;
    int bits = 0;
    int written = 0;
    auto emit5 = [&](quint32 value) {
        if (written && written % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(kAlphabet[value & 31]);
        ++written;
    };
    for (std::size_t i = 0; i < buffer.size(); ++i) {
        acc = (acc << 8) | buffer.data()[i];
        bits += 8;
        while (bits >= 5) {
            emit5(acc >> (bits - 5));
            bits -= 5;
        }
    }
    if (bits > 0)
        emit5(acc << (5 - bits));
    acc = 0;
    return out;
}

Result<SecureBytes> RecoveryKey::parse(const QString& text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_KC);
    SecureBytes buffer(kDataKeySize + kChecksumSize);
    std::size_t filled = 0;
    quint32 acc = 0;
    int bits = 0;
    for (QChar c : normalized) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = decodeChar(c);
        if (value < 0)
            return fail(ErrorKind::InvalidInput, QStringLiteral("recovery key character"));
        acc = (acc << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            if (filled >= buffer.size())
                return fail(ErrorKind::InvalidInput, QStringLiteral("recovery key length"));
            buffer.data()[filled++] = std::uint8_t(acc >> (bits - 8));
            bits -= 8;
        }
    }
    acc = 0;
    if (filled != buffer.size())
        return fail(ErrorKind::InvalidInput, QStringLiteral("recovery key length"));
    SecureBytes secret(buffer.data(), kDataKeySize);
    if (!constantTimeEquals(checksum(secret.data(), secret.size()),
                            QByteArray(reinterpret_cast<const char*>(buffer.data() + kDataKeySize), kChecksumSize)))
        return fail(ErrorKind::InvalidInput, QStringLiteral("recovery key checksum"));
    return secret;
}

SecureBytes RecoveryKey::wrappingKey(const SecureBytes& secret, const QByteArray& salt)
{
    SecureBytes key(kDataKeySize);
    const QByteArray personal = QByteArrayLiteral("PDrecovery\0\0\0\0\0\0");
    crypto_generichash_blake2b_salt_personal(key.data(), key.size(), nullptr, 0, secret.data(), secret.size(),
                                             reinterpret_cast<const unsigned char*>(salt.left(16).leftJustified(16, '\0').constData()),
                                             reinterpret_cast<const unsigned char*>(personal.constData()));
    return key;
}

} // namespace pd::crypto
