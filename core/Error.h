// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd {

enum class ErrorKind {
    WrongPassword,
    WrongRecoveryKey,
    UnknownAccount,
    AccountDisabled,
    NotADatabase,
    Corrupt,
    MissingKeySlots,
    LockedByOtherProcess,
    Busy,
    DiskFull,
    ReadOnly,
    Io,
    AlreadyExists,
    InvalidInput,
    WeakPassword,
    PermissionDenied,
    NotFound,
    Conflict,
    UnsupportedVersion,
    RolledBack,
    Throttled,
    Cancelled,
    Internal,
};

/// A failure with a kind that code can branch on and a sentence for the user.
/// `detail` is technical context (a file name, an SQLite code) and never personal data.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString detail;

    /// The sentence shown to the user, in the current UI language.
    QString message() const;
};

QString errorKindMessage(ErrorKind kind);

} // namespace pd
