// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"

#include <QCoreApplication>

namespace pd {

namespace {
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Error)
};
} // namespace

QString errorKindMessage(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::WrongPassword:
        return ErrorText::tr("The password is wrong for this account.");
    case ErrorKind::WrongRecoveryKey:
        return ErrorText::tr("The recovery key does not open this database.");
    case ErrorKind::UnknownAccount:
        return ErrorText::tr("There is no account with this login name.");
    case ErrorKind::AccountDisabled:
        return ErrorText::tr("This account has been disabled. Ask the privacy officer.");
    case ErrorKind::NotADatabase:
        return ErrorText::tr("This is not a PrivacyDesk database.");
    case ErrorKind::Corrupt:
        return ErrorText::tr("The database is damaged or has been tampered with. Restore it from a backup.");
    case ErrorKind::MissingKeySlots:
        return ErrorText::tr("The key file of this database is missing or damaged, so the database cannot be opened.");
    case ErrorKind::LockedByOtherProcess:
        return ErrorText::tr("The database is in use by someone else.");
    case ErrorKind::Busy:
        return ErrorText::tr("The database is busy. Please try again in a moment.");
    case ErrorKind::Cancelled:
        return ErrorText::tr("Cancelled. Nothing was changed.");
    case ErrorKind::DiskFull:
        return ErrorText::tr("The disk is full. Nothing was saved; free some space and try again.");
    case ErrorKind::ReadOnly:
        return ErrorText::tr("The database cannot be written: the file or folder is read-only.");
    case ErrorKind::Io:
        // Not only the database: export files, backup folders and attachments fail this way too; the
        // detail names the file.
        return ErrorText::tr("A file could not be read or written. Check that the disk or folder is available.");
    case ErrorKind::AlreadyExists:
        return ErrorText::tr("A database already exists at this location.");
    case ErrorKind::InvalidInput:
        return ErrorText::tr("Some of the input is not valid.");
    case ErrorKind::WeakPassword:
        return ErrorText::tr("The password is too weak.");
    case ErrorKind::PermissionDenied:
        return ErrorText::tr("Your role does not allow this action.");
    case ErrorKind::NotFound:
        return ErrorText::tr("The record was not found.");
    case ErrorKind::Conflict:
        return ErrorText::tr("Someone else changed this record in the meantime. Reload it and try again.");
    case ErrorKind::UnsupportedVersion:
        return ErrorText::tr("This database was made by a newer version of PrivacyDesk.");
    case ErrorKind::RolledBack:
        return ErrorText::tr("This database is older than the audit record kept beside it: an older copy of the file "
                             "(or of part of it) has been put back. Find out who restored it before going on.");
    case ErrorKind::Throttled:
        return ErrorText::tr("Too many wrong passwords for this account. Wait before trying again.");
    case ErrorKind::Internal:
        break;
    }
    return ErrorText::tr("An unexpected error occurred.");
}

QString Error::message() const
{
    const QString base = errorKindMessage(kind);
    if (detail.isEmpty())
        return base;
    return ErrorText::tr("%1 (%2)").arg(base, detail);
}

} // namespace pd
