// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace pd::ui {

/// Copies secrets (the recovery key, a one-time password) to the clipboard: marked so
/// that clipboard managers do not keep them, and cleared after a timeout and at quit,
/// unless the user has copied something else in the meantime.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kDefaultClearDelay{30};
    /// The MIME type KDE's Klipper and other clipboard managers honour.
    static constexpr auto kPasswordManagerHint = "x-kde-passwordManagerHint";

    static SecretClipboard& instance();

    void copy(const QString& secret);
    void setClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clearDelay() const;
    /// Clears the clipboard if it still holds our secret.
    void clearIfUnchanged();

signals:
    void copied();
    void cleared();

private:
    explicit SecretClipboard(QObject* parent);

    QTimer m_timer;
    QByteArray m_fingerprint; // a hash of what we copied: the secret itself is not kept
};

} // namespace pd::ui
