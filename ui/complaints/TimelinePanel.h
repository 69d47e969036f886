// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace pd::ui {

class ErrorLabel;
class SessionContext;

/// The 対応経過 of a complaint: what was done, when and by whom, oldest first, with status
/// steps marked; a field below adds a note (Ctrl+Enter). Notes are append-only and can be
/// added even to a closed complaint (a late call), but not before the complaint is saved.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(SessionContext& context, QWidget* parent = nullptr);

    void setEntries(qint64 complaintId, const QList<ComplaintTimelineEntry>& entries);
    void setReadOnly(bool readOnly);
    void clear();

    QTreeWidget* list() const { return m_list; }
    QPlainTextEdit* entryEdit() const { return m_entry; }
    QPushButton* addButton() const { return m_addButton; }
    /// What is typed and not yet added (kept in drafts and across a lock).
    QString pendingText() const;
    void setPendingText(const QString& text);

public slots:
    /// Stores the typed note; the field keeps the text when that fails.
    bool addEntry();

signals:
    void entryAdded(const ComplaintTimelineEntry& entry);
    void pendingTextChanged();

private:
    void appendRow(const ComplaintTimelineEntry& entry);
    void updateActions();

    SessionContext& m_context;
    qint64 m_complaintId = 0;
    bool m_readOnly = false;
    QTreeWidget* m_list = nullptr;
    QLabel* m_entryLabel = nullptr;
    QPlainTextEdit* m_entry = nullptr;
    QPushButton* m_addButton = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace pd::ui
