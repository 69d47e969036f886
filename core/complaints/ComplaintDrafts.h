// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class Session;

struct ComplaintDraftInfo
{
    QString key;
    QDateTime savedUtc;
};

/// Unsaved intake and edit forms, kept per signed-in account in the encrypted database, so that
/// they survive a lock, a crash or a power cut without ever touching a plaintext file.
///
/// The payload is the form's own serialization; core stores it as it is. A draft belongs to the
/// account that saved it: no other account lists, loads or discards it. Saving needs WriteCases
/// (the auditor keeps no drafts); saves and discards are audited ("draft_saved",
/// "draft_discarded") with the key and the size, never the content; loading is audited as a view.
class ComplaintDrafts
{
public:
    /// A form's text is far smaller; the cap keeps a runaway autosave from filling the database.
    static constexpr qsizetype kMaxPayloadBytes = 4 * 1024 * 1024;

    explicit ComplaintDrafts(Session& session);

    /// Letters, digits, '-' and '_', 1 to 100 characters (e.g. "new-<uuid>", "complaint-42"):
    /// keys name forms, never people, so that they can stand in the audit log.
    static bool isValidKey(const QString& key);

    /// Replaces the draft of that key.
    Status save(const QString& key, const QByteArray& payload);
    /// The signed-in account's drafts, newest first.
    Result<QList<ComplaintDraftInfo>> list();
    Result<std::optional<QByteArray>> load(const QString& key);
    /// No error when there is no such draft.
    Status discard(const QString& key);

private:
    Status checkKey(const QString& key) const;

    Session& m_session;
};

} // namespace pd
