// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Account.h"

#include <QList>

#include <functional>

namespace pd {

class Session;

/// An account as the account manager lists it: a removed account keeps its row (the audit
/// trail names it) but has no key slot, so it can never sign in again.
struct AccountStatus
{
    Account account;
    bool hasKeySlot = false;
};

/// What a rotation of the data key leaves for the officer to keep.
struct KeyRotationOutcome
{
    QString newRecoveryKey; // empty when the recovery key stayed the same
    qint64 databaseBytes = 0;
};

/// Accounts and their key slotList. Adding an account or changing a password rewrites one
/// key slot and never the database pages.
class AccountService
{
public:
    explicit AccountService(Session& session);

    Result<QList<Account>> accounts();
    /// The accounts with whether each still has a key slot (removed accounts have none).
    Result<QList<AccountStatus>> accountsWithSlots();
    /// Officer only. The password is a one-time password the person must change at first login.
    Result<Account> addAccount(const QString& login, const QString& displayName, Role role, const QByteArray& password);
    /// The current password must be given, except in a session opened with the recovery key.
    /// Clears the "must change at first login" mark of a one-time password.
    Status changeOwnPassword(const QByteArray& currentPassword, const QByteArray& newPassword);
    /// Officer only: a new one-time password for someone who forgot theirs (their old slot is replaced).
    Status resetPassword(const QString& login, const QByteArray& oneTimePassword);
    /// Officer only. A disabled account keeps its slot but cannot sign in. Never the signed-in
    /// account itself, and never the last active officer.
    Status setActive(const QString& login, bool active);
    /// Officer only: removes the account's key slot; the row stays (disabled) so that the audit
    /// trail keeps naming it. A copy of the old slot file still holds that slot: rotate the data
    /// key as well when the person must be locked out of such copies.
    Status removeAccount(const QString& login);

    /// Officer only: re-encrypts the database under a new data key and gives it to every key
    /// slot, so that someone who kept a copy of an older slot file (a removed account) can no
    /// longer open it. Everyone keeps their password; with `newRecoveryKey` the recovery key
    /// changes too (and the new one is returned, to be printed and kept). Needs the database to
    /// itself. `progress` gets 0–100 and may cancel until the new file takes the old one's place.
    Result<KeyRotationOutcome> rotateDataKey(bool newRecoveryKey, const std::function<bool(int percent)>& progress = {});
    /// Accounts whose key slot is still of the first format (they have not signed in since this
    /// version): the data key cannot be given to them without their password, so they must sign
    /// in once, or get a new password, before the key can rotate.
    Result<QList<Account>> accountsBlockingKeyRotation();

private:
    Result<Account> otherAccount(const QString& login, const QString& what);
    Status keepAnActiveOfficer(const Account& changing);

    Session& m_session;
};

} // namespace pd
