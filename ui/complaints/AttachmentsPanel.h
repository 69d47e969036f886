// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/EmailMessage.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pd::ui {

class ErrorLabel;
class SessionContext;

/// The 添付 tab of a complaint: FAXes, scanned letters and the files of the email it came by.
/// Attach… (or drop files here) takes PDF, TIFF, PNG and JPEG, checks the size limit before
/// reading a byte, and stores them encrypted; View shows them inside the program from memory
/// (QtPdf, QImageReader); Remove asks first. Before the complaint is saved, files are attached
/// all the same (a FAX taken with the form): checked alike, held in memory only and listed as
/// pending with the files of an imported email; the editor stores them with the complaint.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentsPanel(SessionContext& context, QWidget* parent = nullptr);

    /// 0: not saved yet (only pending files are listed). Drops the pending files of the form
    /// shown before: they were stored with it or belong to a form that is gone.
    void setComplaint(qint64 complaintId);
    qint64 complaintId() const { return m_complaintId; }
    /// Files that arrive with the complaint when it is saved (an email's attachments).
    void setPendingFiles(const QList<EmailAttachmentPart>& files);
    /// Files a user attached before the first save, in the order attached (checked, in memory).
    QList<PendingAttachment> pendingAttachments() const { return m_pendingAttachments; }
    void setPendingAttachments(const QList<PendingAttachment>& files);
    void setReadOnly(bool readOnly);

    QTreeWidget* list() const { return m_list; }
    ErrorLabel* errorLabel() const { return m_error; }
    int count() const;
    bool selectRow(int row);

public slots:
    void reload();
    void clear();
    /// Asks for files.
    void attach();
    /// Size check first, then read and store; stops at the first file that fails and says why.
    bool attachFiles(const QStringList& paths);
    void viewSelected();
    void removeSelected();

signals:
    /// .eml files dropped here: they become complaints of their own.
    void emailFilesDropped(const QStringList& paths);
    void attachmentsChanged();
    /// A file was attached to or removed from the unsaved complaint.
    void pendingAttachmentsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Row
    {
        qint64 id = 0; // 0: pending
        int pendingIndex = -1; // a file of the imported email
        int attachedIndex = -1; // a file attached before the first save
        QString fileName;
        QString mimeType;
    };
    void rebuild();
    void updateActions();
    void showFile(const QByteArray& data, const Row& row);
    int selectedRow() const;

    SessionContext& m_context;
    qint64 m_complaintId = 0;
    bool m_readOnly = false;
    QList<ComplaintAttachment> m_stored;
    QList<EmailAttachmentPart> m_pending;
    QList<PendingAttachment> m_pendingAttachments;
    QList<Row> m_rows;
    QTreeWidget* m_list = nullptr;
    QLabel* m_hint = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_attachButton = nullptr;
    QPushButton* m_viewButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace pd::ui
