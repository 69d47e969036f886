// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AccountService.h"

#include "core/services/PasswordPolicy.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>

namespace pd {

namespace {
struct AccountText
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};

crypto::KdfParams kdfFor(const storage::Vault& vault)
{
    // New slotList get the cost of the existing ones (tests create cheap databases on purpose).
    for (const auto& slot : vault.keySlots().slotList)
        if (slot.kind == storage::KeySlot::Kind::Password)
            return slot.kdf;
    return crypto::KdfParams::moderate();
}

bool isValidLogin(const QString& login)
{
    if (login.isEmpty() || login.size() > 64)
        return false;
    for (QChar c : login)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-')))
            return false;
    return true;
}
} // namespace

AccountService::AccountService(Session& session)
    : m_session(session)
{
}

Result<QList<Account>> AccountService::accounts()
{
    if (auto allowed = m_session.require(Permission::ReadAll, QStringLiteral("account")); !allowed)
        return std::unexpected(allowed.error());
    return storage::AccountTable::all(m_session.vault().database());
}

Result<QList<AccountStatus>> AccountService::accountsWithSlots()
{
    auto all = accounts();
    if (!all)
        return std::unexpected(all.error());
    QList<AccountStatus> statuses;
    statuses.reserve(all->size());
    for (const Account& account : std::as_const(*all))
        statuses.append({account, m_session.vault().hasPassword(account.login)});
    return statuses;
}

Result<Account> AccountService::addAccount(const QString& login, const QString& displayName, Role role,
                                           const QByteArray& password)
{
    if (auto allowed = m_session.require(Permission::ManageAccounts, QStringLiteral("account")); !allowed)
        return std::unexpected(allowed.error());
    Account account;
    account.login = login.trimmed();
    account.displayName = displayName.trimmed();
    account.role = role;
    account.mustChangePassword = true;
    if (!isValidLogin(account.login) || account.displayName.isEmpty())
        return fail(ErrorKind::InvalidInput);
    const PasswordAssessment assessment =
        PasswordPolicy::assess(QString::fromUtf8(password), {account.login, account.displayName});
    if (!assessment.acceptable)
        return fail(ErrorKind::WeakPassword, assessment.reason);

    storage::Vault& vault = m_session.vault();
    auto existing = storage::AccountTable::findByLogin(vault.database(), account.login);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value() || vault.hasPassword(account.login))
        return fail(ErrorKind::AlreadyExists);

    // The row and its audit entry commit first; a slot without an account row could never sign in.
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto id = storage::AccountTable::insert(writer, account);
        if (!id)
            return std::unexpected(id.error());
        account.id = *id;
        return writer.audit(QStringLiteral("add_key_slot"), QStringLiteral("account"), account.id);
    });
    if (!status)
        return std::unexpected(status.error());
    if (auto slot = vault.setPassword(account.login, password, kdfFor(vault)); !slot)
        return std::unexpected(slot.error());
    auto stored = storage::AccountTable::findByLogin(vault.database(), account.login);
    if (!stored || !stored->has_value())
        return fail(ErrorKind::Internal);
    return **stored;
}

Status AccountService::changeOwnPassword(const QByteArray& currentPassword, const QByteArray& newPassword)
{
    const Account& self = m_session.account();
    if (!m_session.openedWithRecoveryKey()) {
        if (auto verified = m_session.vault().verifyPassword(self.login, currentPassword); !verified) {
            (void)m_session.vault().store().audit(m_session.actor(), QStringLiteral("change_password"),
                                                  QStringLiteral("account"), self.id, {},
                                                  QStringLiteral("refused: wrong current password"));
            return verified;
        }
    }
    const PasswordAssessment assessment =
        PasswordPolicy::assess(QString::fromUtf8(newPassword), {self.login, self.displayName});
    if (!assessment.acceptable)
        return fail(ErrorKind::WeakPassword, assessment.reason);
    storage::Vault& vault = m_session.vault();
    if (auto status = vault.setPassword(self.login, newPassword, kdfFor(vault)); !status)
        return status;
    auto stored = storage::AccountTable::findByLogin(vault.database(), self.login);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return fail(ErrorKind::UnknownAccount);
    Account updated = **stored;
    updated.mustChangePassword = false;
    auto status = vault.store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        if (auto changed = storage::AccountTable::update(writer, updated); !changed)
            return changed;
        return writer.audit(QStringLiteral("change_password"), QStringLiteral("account"), self.id);
    });
    if (!status)
        return status;
    auto fresh = storage::AccountTable::findByLogin(vault.database(), self.login);
    if (fresh && fresh->has_value())
        m_session.refreshAccount(**fresh);
    return {};
}

Result<Account> AccountService::otherAccount(const QString& login, const QString& what)
{
    if (auto allowed = m_session.require(Permission::ManageAccounts, what); !allowed)
        return std::unexpected(allowed.error());
    auto found = storage::AccountTable::findByLogin(m_session.vault().database(), login.trimmed());
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorKind::UnknownAccount);
    if ((*found)->id == m_session.account().id)
        return fail(ErrorKind::InvalidInput, AccountText::tr("not for your own account"));
    return **found;
}

Status AccountService::keepAnActiveOfficer(const Account& changing)
{
    if (changing.role != Role::Officer || !changing.active)
        return {};
    auto all = storage::AccountTable::all(m_session.vault().database());
    if (!all)
        return std::unexpected(all.error());
    for (const Account& account : *all)
        if (account.id != changing.id && account.role == Role::Officer && account.active
            && m_session.vault().hasPassword(account.login))
            return {};
    return fail(ErrorKind::InvalidInput, AccountText::tr("the office needs at least one active privacy officer"));
}

Status AccountService::resetPassword(const QString& login, const QByteArray& oneTimePassword)
{
    auto account = otherAccount(login, QStringLiteral("account"));
    if (!account)
        return std::unexpected(account.error());
    const PasswordAssessment assessment =
        PasswordPolicy::assess(QString::fromUtf8(oneTimePassword), {account->login, account->displayName});
    if (!assessment.acceptable)
        return fail(ErrorKind::WeakPassword, assessment.reason);
    Account updated = *account;
    updated.mustChangePassword = true;
    storage::Vault& vault = m_session.vault();
    if (auto status = vault.store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
            if (auto changed = storage::AccountTable::update(writer, updated); !changed)
                return changed;
            return writer.audit(QStringLiteral("reset_password"), QStringLiteral("account"), updated.id);
        });
        !status)
        return status;
    return vault.setPassword(updated.login, oneTimePassword, kdfFor(vault));
}

Status AccountService::setActive(const QString& login, bool active)
{
    auto account = otherAccount(login, QStringLiteral("account"));
    if (!account)
        return std::unexpected(account.error());
    if (account->active == active)
        return {};
    if (!active)
        if (auto kept = keepAnActiveOfficer(*account); !kept)
            return kept;
    Account updated = *account;
    updated.active = active;
    return m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        if (auto changed = storage::AccountTable::update(writer, updated); !changed)
            return changed;
        return writer.audit(active ? QStringLiteral("enable_account") : QStringLiteral("disable_account"),
                            QStringLiteral("account"), updated.id);
    });
}

Status AccountService::removeAccount(const QString& login)
{
    auto account = otherAccount(login, QStringLiteral("account"));
    if (!account)
        return std::unexpected(account.error());
    if (auto kept = keepAnActiveOfficer(*account); !kept)
        return kept;
    Account updated = *account;
    updated.active = false;
    // Disabled first (with its audit entry), then the slot goes: a crash in between leaves an
    // account that cannot sign in, never a slot without its audit entry.
    if (auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
            if (!account->active)
                return writer.audit(QStringLiteral("remove_key_slot"), QStringLiteral("account"), updated.id);
            if (auto changed = storage::AccountTable::update(writer, updated); !changed)
                return changed;
            return writer.audit(QStringLiteral("remove_key_slot"), QStringLiteral("account"), updated.id);
        });
        !status)
        return status;
    if (!m_session.vault().hasPassword(updated.login))
        return {};
    return m_session.vault().removePassword(updated.login);
}

Result<QList<Account>> AccountService::accountsBlockingKeyRotation()
{
    if (auto allowed = m_session.require(Permission::ManageAccounts, QStringLiteral("key_rotation")); !allowed)
        return std::unexpected(allowed.error());
    storage::Vault& vault = m_session.vault();
    auto all = storage::AccountTable::all(vault.database());
    if (!all)
        return std::unexpected(all.error());
    QList<Account> blocking;
    const storage::KeySlotFile& slotFile = vault.keySlots();
    for (const storage::KeySlot& slot : slotFile.slotsNeedingUpgrade()) {
        if (slot.kind != storage::KeySlot::Kind::Password)
            continue;
        for (const Account& account : *all)
            if (storage::KeySlotFile::loginTag(slotFile.databaseId, account.login) == slot.loginTag)
                blocking.append(account);
    }
    return blocking;
}

Result<KeyRotationOutcome> AccountService::rotateDataKey(bool newRecoveryKey, const std::function<bool(int percent)>& progress)
{
    auto blocking = accountsBlockingKeyRotation();
    if (!blocking)
        return std::unexpected(blocking.error());
    if (!blocking->isEmpty()) {
        QStringList logins;
        for (const Account& account : std::as_const(*blocking))
            logins.append(account.login);
        return fail(ErrorKind::InvalidInput,
                    AccountText::tr("these accounts must sign in once, or get a new password, before the key can "
                                    "change: %1")
                        .arg(logins.join(QStringLiteral(", "))));
    }
    storage::Vault& vault = m_session.vault();
    const int slotCount = int(vault.keySlots().slotList.size());
    storage::Vault::Rotation rotation;
    rotation.newRecoveryKey = newRecoveryKey;
    rotation.progress = progress;
    rotation.beforeCopy = [&](storage::Store& store) -> Status {
        return store.audit(m_session.actor(), QStringLiteral("rotate_data_key"), QStringLiteral("database"), 0,
                           QStringLiteral("severity=high; slots=%1; recovery key %2")
                               .arg(slotCount)
                               .arg(newRecoveryKey ? QStringLiteral("replaced") : QStringLiteral("kept")));
    };
    auto rotated = vault.rotateDataKey(rotation);
    if (!rotated) {
        Error error = rotated.error();
        if (error.kind == ErrorKind::LockedByOtherProcess)
            error.detail = AccountText::tr("close every other PrivacyDesk window or program that has this database "
                                           "open, then try again");
        if (vault.database().isOpen())
            (void)vault.store().audit(m_session.actor(), QStringLiteral("rotate_data_key"), QStringLiteral("database"), 0,
                                      error.detail, QStringLiteral("failed"));
        return std::unexpected(error);
    }
    return KeyRotationOutcome{rotated->newRecoveryKey, rotated->databaseBytes};
}

} // namespace pd
