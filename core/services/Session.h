// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/Crypto.h"
#include "core/model/Account.h"
#include "core/model/Organization.h"
#include "core/storage/AuditLog.h"

#include <memory>
#include <optional>

namespace pd {

namespace storage {
class Vault;
struct ChainAnchorCheck;
}

/// What the creation wizard (or `privacydesk-admin init`) asks for.
struct CreationRequest
{
    QString location;
    Organization organization;
    QString officerLogin;
    QString officerName;
    QByteArray password;
    crypto::KdfParams kdf = crypto::KdfParams::moderate();
};

/// A signed-in account on an unlocked database. Destroying the session locks the
/// database: the connection closes and the data key is wiped.
class Session
{
public:
    struct Created;

    ~Session();

    /// Creates the database unit with its officer account, organization and purpose register.
    static Result<Created> create(CreationRequest request);
    static Result<std::unique_ptr<Session>> unlock(const QString& location, const QString& login,
                                                   const QByteArray& password);
    static Result<std::unique_ptr<Session>> unlockWithRecoveryKey(const QString& location, const QString& recoveryKey);

    /// Verifies key, every page (SQLCipher HMAC) and the whole audit chain before writing
    /// anything, so that a damaged file is reported untouched; then records the check.
    /// An empty `login` means `secret` is the recovery key.
    static Result<storage::ChainHead> checkUnit(const QString& location, const QString& login, const QByteArray& secret);

    const Account& account() const { return m_account; }
    storage::Actor actor() const;
    storage::Vault& vault() { return *m_vault; }
    QString location() const;
    bool openedWithRecoveryKey() const;
    /// Set when the database turned out older than the chain head recorded beside it (an older
    /// copy was put back). The session still opens, the event is audited with high severity,
    /// and the current head is recorded from then on; the window tells the user.
    std::optional<storage::ChainAnchorCheck> rollbackWarning() const;

    /// Fails with PermissionDenied (and audits the refusal) when the role may not.
    Status require(Permission permission, const QString& what, qint64 recordId = 0);
    bool may(Permission permission) const;

    /// Records that the session is being locked; the caller then destroys the session.
    void recordLock();
    /// Records that the database is being closed (quit, or another database opened).
    void recordClose();
    /// Takes over a changed row of the signed-in account (after a password change).
    void refreshAccount(const Account& account);

private:
    Session(std::unique_ptr<storage::Vault> vault, Account account);
    static Result<std::unique_ptr<Session>> signInAsOfficer(std::unique_ptr<storage::Vault> vault);
    /// Moves the wrong passwords counted in the slot file into the audit log and ends the run of
    /// failures of the account that just signed in.
    static Status auditFailedUnlocks(storage::Vault& vault, const Account& signedIn);
    static Result<std::unique_ptr<Session>> signIn(std::unique_ptr<storage::Vault> vault, const QString& login,
                                                   bool recovery);

    std::unique_ptr<storage::Vault> m_vault;
    Account m_account;
};

struct Session::Created
{
    std::unique_ptr<Session> session;
    QString recoveryKey;
};

} // namespace pd
