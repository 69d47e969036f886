// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/Session.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pd::test {

/// Cheap Argon2id for tests; production uses MODERATE.
crypto::KdfParams fastKdf();

inline QByteArray officerPassword() { return QByteArrayLiteral("Kiri-no-Mori-7-Hikari"); }
inline QString officerLogin() { return QStringLiteral("tanaka"); }

/// A fresh database unit in a temporary folder, created with the officer signed in.
struct TestOffice
{
    QTemporaryDir dir;
    QString location;
    QString recoveryKey;
    std::unique_ptr<Session> session;

    /// Creates the unit; `organizationName` lets tests plant marker strings.
    explicit TestOffice(const QString& organizationName = QStringLiteral("テスト健康保険組合"));
    bool isValid() const { return session != nullptr; }
    /// Closes the session (locks) so that every page is checkpointed into the database file.
    void lock() { session.reset(); }
    Result<std::unique_ptr<Session>> unlock(const QByteArray& password = officerPassword());
};

QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);
/// Every regular file below `root`, recursively.
QStringList filesBelow(const QString& root);
/// The marker's encodings that could appear in a file: UTF-8, UTF-16LE/BE, Shift_JIS-free ASCII part.
QList<QByteArray> markerEncodings(const QString& marker);

/// Runs privacydesk-admin with `stdinText`; returns exit code and fills out/err.
int runAdmin(const QStringList& arguments, const QByteArray& stdinText, QString* out = nullptr, QString* err = nullptr);

} // namespace pd::test
