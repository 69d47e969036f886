// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace pd {

/// Key material in libsodium guarded memory: locked in RAM, never swapped,
/// wiped when released. Move-only so that a key is never silently duplicated.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const std::uint8_t* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    /// Copies and wipes `source` so that the plaintext lives only here.
    static SecureBytes takeFrom(QByteArray& source);

    SecureBytes copy() const;
    void clear();

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBytes& other) const;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

/// Wipes a QByteArray/QString buffer in place (for passwords that passed through Qt types).
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace pd
