// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintDrafts.h"

#include "core/complaints/AttachmentTables.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

struct DraftText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintDrafts)
};

const QString kRecordType = u"complaint_draft"_s;

} // namespace

ComplaintDrafts::ComplaintDrafts(Session& session)
    : m_session(session)
{
}

bool ComplaintDrafts::isValidKey(const QString& key)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,100}$"_s);
    return pattern.match(key).hasMatch();
}

Status ComplaintDrafts::checkKey(const QString& key) const
{
    if (isValidKey(key))
        return {};
    // A programming error of the form, not something a user typed: the detail stays technical.
    return fail(ErrorKind::InvalidInput, u"draft key"_s);
}

Status ComplaintDrafts::save(const QString& key, const QByteArray& payload)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return allowed;
    if (auto valid = checkKey(key); !valid)
        return valid;
    if (payload.isEmpty())
        return fail(ErrorKind::InvalidInput, u"empty draft"_s);
    if (payload.size() > kMaxPayloadBytes)
        return fail(ErrorKind::InvalidInput,
            DraftText::tr("The unsaved form is too large to be kept as a draft (more than %1 MB).")
                .arg(kMaxPayloadBytes / (1024 * 1024)));
    const qint64 accountId = m_session.account().id;
    return m_session.vault().store().write(m_session.actor(),
        [&](storage::Writer& writer) { return storage::ComplaintDraftTable::save(writer, accountId, key, payload); });
}

Result<QList<ComplaintDraftInfo>> ComplaintDrafts::list()
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    return storage::ComplaintDraftTable::list(m_session.vault().database(), m_session.account().id);
}

Result<std::optional<QByteArray>> ComplaintDrafts::load(const QString& key)
{
    if (auto allowed = m_session.require(Permission::ReadAll, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    if (auto valid = checkKey(key); !valid)
        return std::unexpected(valid.error());
    auto payload = storage::ComplaintDraftTable::load(m_session.vault().database(), m_session.account().id, key);
    if (!payload)
        return payload;
    if (payload->has_value())
        if (auto audited
            = m_session.vault().store().audit(m_session.actor(), u"view"_s, kRecordType, 0, u"key=%1"_s.arg(key));
            !audited)
            return std::unexpected(audited.error());
    return payload;
}

Status ComplaintDrafts::discard(const QString& key)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return allowed;
    if (auto valid = checkKey(key); !valid)
        return valid;
    const qint64 accountId = m_session.account().id;
    return m_session.vault().store().write(m_session.actor(),
        [&](storage::Writer& writer) { return storage::ComplaintDraftTable::discard(writer, accountId, key); });
}

} // namespace pd
