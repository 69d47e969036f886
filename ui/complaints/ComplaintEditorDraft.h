// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintAttachments.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace pd::ui {

/// What the complaint editor autosaves: the form's fields as JSON, with the record it edits
/// (id and the revision it was read at, so that a restored draft still detects a conflict),
/// the note being typed for the timeline, an imported email and the files attached to a new
/// complaint, none of them stored yet. Only the fields a user can type are kept; everything else
/// comes from the database on restore. Files are checked again when the draft is restored.
struct ComplaintEditorDraft
{
    static constexpr int kFormatVersion = 1;

    qint64 complaintId = 0;
    qint64 revision = 0;
    Complaint fields;
    QString timelineNote;
    QByteArray emailRaw;
    bool emailOmitted = false; // the email was too large for a draft
    QList<PendingAttachment> files; // attached before the first save
    int filesOmitted = 0; // files that did not fit into the draft

    QByteArray toJson() const;
    static std::optional<ComplaintEditorDraft> fromJson(const QByteArray& payload);

    /// Copies the fields a user edits in the form from `from` into `to`.
    static void copyEditableFields(const Complaint& from, Complaint& to);
};

} // namespace pd::ui
