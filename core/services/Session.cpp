// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Session.h"

#include "core/services/PasswordPolicy.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

namespace pd {

Session::Session(std::unique_ptr<storage::Vault> vault, Account account)
    : m_vault(std::move(vault))
    , m_account(std::move(account))
{
}

Session::~Session() = default;

storage::Actor Session::actor() const
{
    return {m_account.id, m_account.login, roleKey(m_account.role)};
}

QString Session::location() const
{
    return m_vault->paths().folder;
}

bool Session::openedWithRecoveryKey() const
{
    return m_vault->openedWithRecoveryKey();
}

std::optional<storage::ChainAnchorCheck> Session::rollbackWarning() const
{
    const storage::ChainAnchorCheck& check = m_vault->chainAnchorCheck();
    if (!check.isWarning())
        return std::nullopt;
    return check;
}

Result<Session::Created> Session::create(CreationRequest request)
{
    request.officerLogin = request.officerLogin.trimmed();
    request.officerName = request.officerName.trimmed();
    request.organization.name = request.organization.name.trimmed();
    if (request.officerLogin.isEmpty() || request.officerName.isEmpty() || request.organization.name.isEmpty())
        return fail(ErrorKind::InvalidInput);
    const PasswordAssessment assessment =
        PasswordPolicy::assess(QString::fromUtf8(request.password), {request.officerLogin, request.officerName});
    if (!assessment.acceptable)
        return fail(ErrorKind::WeakPassword, assessment.reason);

    auto created = storage::Vault::create(request.location, request.officerLogin, request.password, request.kdf);
    wipe(request.password);
    if (!created)
        return std::unexpected(created.error());

    Account officer;
    officer.login = request.officerLogin;
    officer.displayName = request.officerName;
    officer.role = Role::Officer;
    storage::Vault& vault = *created->vault;
    const storage::Actor founder{0, officer.login, roleKey(Role::Officer)};
    auto status = vault.store().write(founder, [&](storage::Writer& writer) -> Status {
        if (auto audit = writer.audit(QStringLiteral("create_database"), QStringLiteral("database"), 0); !audit)
            return audit;
        auto id = storage::AccountTable::insert(writer, officer);
        if (!id)
            return std::unexpected(id.error());
        officer.id = *id;
        auto current = storage::OrganizationTable::load(writer.database());
        if (!current)
            return std::unexpected(current.error());
        Organization organization = request.organization;
        organization.revision = current->revision;
        return storage::OrganizationTable::save(writer, organization);
    });
    if (!status) {
        storage::Vault::discardNew(std::move(created->vault));
        return std::unexpected(status.error());
    }
    auto account = storage::AccountTable::findByLogin(vault.database(), officer.login);
    if (!account || !account->has_value())
        return fail(ErrorKind::Internal, QStringLiteral("officer account"));
    std::unique_ptr<Session> session(new Session(std::move(created->vault), **account));
    return Created{std::move(session), created->recoveryKey};
}

Result<std::unique_ptr<Session>> Session::unlock(const QString& location, const QString& login,
                                                 const QByteArray& password)
{
    auto vault = storage::Vault::unlock(location, login, password);
    if (!vault)
        return std::unexpected(vault.error());
    return signIn(std::move(*vault), login, false);
}

Result<std::unique_ptr<Session>> Session::unlockWithRecoveryKey(const QString& location, const QString& recoveryKey)
{
    auto vault = storage::Vault::unlockWithRecoveryKey(location, recoveryKey);
    if (!vault)
        return std::unexpected(vault.error());
    return signInAsOfficer(std::move(*vault));
}

Result<std::unique_ptr<Session>> Session::signInAsOfficer(std::unique_ptr<storage::Vault> vault)
{
    // The recovery key belongs to the office, not to a person: the session acts as the first active officer.
    auto accounts = storage::AccountTable::all(vault->database());
    if (!accounts)
        return std::unexpected(accounts.error());
    for (const Account& account : *accounts)
        if (account.role == Role::Officer && account.active)
            return signIn(std::move(vault), account.login, true);
    return fail(ErrorKind::UnknownAccount);
}

Status Session::auditFailedUnlocks(storage::Vault& vault, const Account& signedIn)
{
    const QList<storage::FailedUnlocks> pending = vault.unauditedFailedUnlocks();
    const QString databaseId = vault.keySlots().databaseId;
    const QByteArray signedInTag = vault.openedWithRecoveryKey()
        ? storage::FailedUnlocks::recoveryTag()
        : storage::KeySlotFile::loginTag(databaseId, signedIn.login);
    if (!pending.isEmpty()) {
        auto accounts = storage::AccountTable::all(vault.database());
        if (!accounts)
            return std::unexpected(accounts.error());
        for (const storage::FailedUnlocks& record : pending) {
            // The slot file names accounts only by tag; the failures are written as the account they were
            // made against. An unknown login stays unnamed: what was typed may be anything.
            storage::Actor actor{0, QString(), QString()};
            QString what = QStringLiteral("unknown login");
            if (record.loginTag == storage::FailedUnlocks::recoveryTag()) {
                what = QStringLiteral("recovery key");
            } else {
                for (const Account& account : *accounts)
                    if (storage::KeySlotFile::loginTag(databaseId, account.login) == record.loginTag) {
                        actor = storage::Actor{account.id, account.login, roleKey(account.role)};
                        what = QStringLiteral("password");
                    }
            }
            // Dated when they happened, so that the review's office-hours view judges the attempt itself.
            for (const QDateTime& at : record.unaudited)
                if (auto status = vault.store().audit(actor, QStringLiteral("login_failed"), QStringLiteral("account"),
                                                      actor.accountId,
                                                      QStringLiteral("%1; at=%2").arg(what, at.toString(Qt::ISODateWithMs)),
                                                      QStringLiteral("refused"), at);
                    !status)
                    return status;
        }
    }
    if (pending.isEmpty() && !vault.keySlots().failuresFor(signedInTag))
        return {};
    return vault.settleFailedUnlocks(signedInTag);
}

Result<std::unique_ptr<Session>> Session::signIn(std::unique_ptr<storage::Vault> vault, const QString& login,
                                                 bool recovery)
{
    auto account = storage::AccountTable::findByLogin(vault->database(), login);
    if (!account)
        return std::unexpected(account.error());
    if (!account->has_value())
        return fail(ErrorKind::UnknownAccount);
    const Account& found = **account;
    const storage::Actor actor{found.id, found.login, roleKey(found.role)};
    if (!found.active) {
        (void)vault->store().audit(actor, QStringLiteral("login"), QStringLiteral("account"), found.id, {},
                                   QStringLiteral("refused: disabled"));
        return fail(ErrorKind::AccountDisabled);
    }
    auto audited = vault->store().audit(actor, recovery ? QStringLiteral("recovery_unlock") : QStringLiteral("login"),
                                        QStringLiteral("account"), found.id,
                                        recovery ? QStringLiteral("severity=high") : QString());
    if (!audited)
        return std::unexpected(audited.error());
    if (auto status = auditFailedUnlocks(*vault, found); !status)
        return std::unexpected(status.error());
    if (vault->finishedInterruptedRotation()) {
        if (auto status = vault->store().audit(actor, QStringLiteral("rotate_data_key"), QStringLiteral("database"), 0,
                                               QStringLiteral("severity=high; finished at this unlock after an interruption"));
            !status)
            return std::unexpected(status.error());
    }
    if (const storage::ChainAnchorCheck& anchor = vault->chainAnchorCheck(); anchor.isWarning()) {
        if (auto status = vault->store().audit(actor, QStringLiteral("rollback_detected"), QStringLiteral("database"), 0,
                                               QStringLiteral("severity=high; ") + anchor.describe(),
                                               QStringLiteral("warning"));
            !status)
            return std::unexpected(status.error());
        // From here on this copy is the record; the audit entry above says what was found.
        auto head = vault->store().verifyChain();
        if (!head)
            return std::unexpected(head.error());
        if (auto status = vault->recordChainHead(*head, true); !status)
            return std::unexpected(status.error());
    }
    return std::unique_ptr<Session>(new Session(std::move(vault), found));
}

Result<storage::ChainHead> Session::checkUnit(const QString& location, const QString& login, const QByteArray& secret)
{
    auto vault = login.isEmpty() ? storage::Vault::unlockWithRecoveryKey(location, QString::fromUtf8(secret))
                                 : storage::Vault::unlock(location, login, secret);
    if (!vault)
        return std::unexpected(vault.error());
    // Reported before anything is written, so that the evidence stays as found; first, because
    // an older page often also breaks an index, and "an older copy was put back" says more.
    if (const storage::ChainAnchorCheck& anchor = (*vault)->chainAnchorCheck(); anchor.isWarning())
        return fail(ErrorKind::RolledBack, anchor.describe());
    if (auto status = (*vault)->checkIntegrity(); !status)
        return std::unexpected(status.error());
    auto session = login.isEmpty() ? signInAsOfficer(std::move(*vault)) : signIn(std::move(*vault), login, false);
    if (!session)
        return std::unexpected(session.error());
    auto& store = (*session)->vault().store();
    if (auto status = store.audit((*session)->actor(), QStringLiteral("check"), QStringLiteral("database"), 0); !status)
        return std::unexpected(status.error());
    return store.verifyChain();
}

bool Session::may(Permission permission) const
{
    return roleAllows(m_account.role, permission);
}

Status Session::require(Permission permission, const QString& what, qint64 recordId)
{
    if (may(permission))
        return {};
    (void)m_vault->store().audit(actor(), QStringLiteral("denied"), what, recordId, {}, QStringLiteral("refused"));
    return fail(ErrorKind::PermissionDenied);
}

void Session::recordClose()
{
    (void)m_vault->store().audit(actor(), QStringLiteral("close"), QStringLiteral("account"), m_account.id);
}

void Session::refreshAccount(const Account& account)
{
    if (account.id == m_account.id)
        m_account = account;
}

void Session::recordLock()
{
    (void)m_vault->store().audit(actor(), QStringLiteral("lock"), QStringLiteral("account"), m_account.id);
}

} // namespace pd
