// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Account.h"

#include <QList>

namespace pd {

class Session;

/// Accounts and their key slotList. Adding an account or changing a password rewrites one
/// key slot and never the database pages.
class AccountService
{
public:
    explicit AccountService(Session& session);

    Result<QList<Account>> accounts();
    /// Officer only. The password is a one-time password the person must change at first login.
    Result<Account> addAccount(const QString& login, const QString& displayName, Role role, const QByteArray& password);
    /// The current password must be given, except in a session opened with the recovery key.
    /// Clears the "must change at first login" mark of a one-time password.
    Status changeOwnPassword(const QByteArray& currentPassword, const QByteArray& newPassword);

private:
    Session& m_session;
};

} // namespace pd
