// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/SecretClipboard.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/SecureBytes.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace pd::ui {

namespace {
QByteArray fingerprintOf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    QByteArray digest = crypto::hash(utf8);
    wipe(utf8);
    return digest;
}
} // namespace

SecretClipboard& SecretClipboard::instance()
{
    static SecretClipboard* clipboard = [] {
        auto* created = new SecretClipboard(qApp);
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, created, &SecretClipboard::clearIfUnchanged);
        return created;
    }();
    return *clipboard;
}

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultClearDelay);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

void SecretClipboard::copy(const QString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    mime->setData(QLatin1String(kPasswordManagerHint), QByteArrayLiteral("secret"));
    QClipboard* clipboard = QApplication::clipboard();
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_fingerprint = fingerprintOf(secret);
    m_timer.start();
    emit copied();
}

void SecretClipboard::setClearDelay(std::chrono::milliseconds delay)
{
    m_timer.setInterval(delay);
}

std::chrono::milliseconds SecretClipboard::clearDelay() const
{
    return m_timer.intervalAsDuration();
}

void SecretClipboard::clearIfUnchanged()
{
    m_timer.stop();
    if (m_fingerprint.isEmpty())
        return;
    QClipboard* clipboard = QApplication::clipboard();
    if (fingerprintOf(clipboard->text(QClipboard::Clipboard)) == m_fingerprint) {
        clipboard->clear(QClipboard::Clipboard);
        emit cleared();
    }
    m_fingerprint.clear();
}

} // namespace pd::ui
