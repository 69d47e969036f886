// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintWindows.h"

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintDrafts.h"
#include "core/complaints/EmailMessage.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/complaints/ComplaintEditor.h"
#include "ui/complaints/EmailDrop.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>

namespace pd::ui {

namespace {
QString errorText(const Error& error)
{
    if (error.kind == ErrorKind::InvalidInput && !error.detail.isEmpty())
        return error.detail;
    return error.message();
}
} // namespace

ComplaintWindows::ComplaintWindows(SessionContext& context, QWidget* mainWindow)
    : QObject(mainWindow)
    , m_context(context)
    , m_mainWindow(mainWindow)
{
}

ComplaintWindows::~ComplaintWindows() = default;

QWidget* ComplaintWindows::dialogParent() const
{
    if (QWidget* active = QApplication::activeWindow())
        return active;
    return m_mainWindow;
}

QList<ComplaintEditor*> ComplaintWindows::editors() const
{
    QList<ComplaintEditor*> open;
    for (const QPointer<ComplaintEditor>& editor : m_editors)
        if (editor)
            open.append(editor);
    return open;
}

ComplaintEditor* ComplaintWindows::editorFor(qint64 complaintId) const
{
    for (ComplaintEditor* editor : editors())
        if (complaintId != 0 && editor->complaintId() == complaintId)
            return editor;
    return nullptr;
}

ComplaintEditor* ComplaintWindows::createEditor()
{
    m_editors.removeAll(nullptr);
    auto* editor = new ComplaintEditor(m_context, m_mainWindow);
    m_editors.append(editor);
    connect(editor, &ComplaintEditor::emailFilesDropped, this, [this](const QStringList& paths) {
        for (const QString& path : paths)
            openFromEmailFile(path);
    });
    connect(editor, &ComplaintEditor::newComplaintRequested, this, &ComplaintWindows::newComplaint);
    connect(editor, &ComplaintEditor::importEmailRequested, this, &ComplaintWindows::importEmail);
    // Cascade new windows a little, so that the one below stays visible.
    if (m_mainWindow) {
        const int offset = 28 * ((m_editors.size() - 1) % 6);
        editor->move(m_mainWindow->geometry().topLeft() + QPoint(60 + offset, 40 + offset));
    }
    return editor;
}

void ComplaintWindows::present(ComplaintEditor* editor)
{
    editor->show();
    editor->raise();
    editor->activateWindow();
}

ComplaintEditor* ComplaintWindows::newComplaint()
{
    Session* session = m_context.session();
    if (!session || !session->may(Permission::WriteCases))
        return nullptr;
    ComplaintEditor* editor = createEditor();
    editor->startNew();
    present(editor);
    return editor;
}

ComplaintEditor* ComplaintWindows::openComplaint(qint64 complaintId)
{
    if (!m_context.session())
        return nullptr;
    if (ComplaintEditor* open = editorFor(complaintId)) {
        present(open);
        return open;
    }
    ComplaintEditor* editor = createEditor();
    if (!editor->loadComplaint(complaintId)) {
        // The reason is in the editor's error line; a window without a record is of no use.
        MessageBox::warning(dialogParent(), tr("Open Complaint"), editor->errorLabel()->text());
        editor->deleteLater();
        return nullptr;
    }
    present(editor);
    return editor;
}

ComplaintEditor* ComplaintWindows::openFromEmailFile(const QString& path)
{
    Session* session = m_context.session();
    if (!session || !session->may(Permission::WriteCases))
        return nullptr;
    const QFileInfo info(path);
    const QString title = tr("Import Email");
    // The limit is checked before reading, so that a huge file is never loaded.
    if (auto fits = ComplaintAttachments(*session).checkSize(info.size()); !fits) {
        MessageBox::warning(dialogParent(), title,
                            tr("%1 was not imported: %2").arg(info.fileName(), errorText(fits.error())));
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(dialogParent(), title, tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
        return nullptr;
    }
    auto message = parseEmail(file.readAll());
    if (!message) {
        MessageBox::warning(dialogParent(), title,
                            tr("%1 is not an email that PrivacyDesk can read: %2")
                                .arg(info.fileName(), errorText(message.error())));
        return nullptr;
    }
    ComplaintEditor* editor = createEditor();
    editor->startFromEmail(*message);
    present(editor);
    return editor;
}

void ComplaintWindows::importEmail()
{
    Session* session = m_context.session();
    if (!session || !session->may(Permission::WriteCases))
        return;
    auto* dialog = new QFileDialog(dialogParent(), tr("Import Email"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Saved emails (*.eml)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& files) {
        for (const QString& path : files)
            openFromEmailFile(path);
    });
    dialog->open();
}

QStringList ComplaintWindows::openDraftKeys() const
{
    QStringList keys;
    for (ComplaintEditor* editor : editors())
        keys.append(editor->draftKey());
    return keys;
}

int ComplaintWindows::recoverableDraftCount() const
{
    Session* session = m_context.session();
    if (!session || !session->may(Permission::WriteCases))
        return 0;
    auto drafts = ComplaintDrafts(*session).list();
    if (!drafts)
        return 0;
    const QStringList open = openDraftKeys();
    int count = 0;
    for (const ComplaintDraftInfo& draft : *drafts)
        if (!open.contains(draft.key))
            ++count;
    return count;
}

void ComplaintWindows::offerDraftRecovery()
{
    // Once per database and account: unlocking after a lock does not ask again.
    Session* session = m_context.session();
    if (!session)
        return;
    const QString who = session->location() + QLatin1Char('\n') + session->account().login;
    if (m_recoveryOfferedFor == who)
        return;
    m_recoveryOfferedFor = who;
    const int count = recoverableDraftCount();
    if (count == 0)
        return;
    MessageBox::question(m_mainWindow, tr("Recover Unsaved Complaints"),
                         tr("%n complaint form(s) were being filled in when PrivacyDesk last stopped and were never "
                            "saved. Reopen them now? Otherwise they are kept and offered again next time.",
                            nullptr, count),
                         tr("&Reopen"), [this](bool reopen) {
                             if (reopen)
                                 recoverDrafts();
                         });
}

QList<ComplaintEditor*> ComplaintWindows::recoverDrafts()
{
    QList<ComplaintEditor*> opened;
    Session* session = m_context.session();
    if (!session || !session->may(Permission::WriteCases))
        return opened;
    ComplaintDrafts drafts(*session);
    auto listed = drafts.list();
    if (!listed) {
        MessageBox::error(dialogParent(), tr("Recover Unsaved Complaints"), listed.error());
        return opened;
    }
    const QStringList open = openDraftKeys();
    int unreadable = 0;
    for (const ComplaintDraftInfo& info : *listed) {
        if (open.contains(info.key))
            continue;
        auto payload = drafts.load(info.key);
        if (!payload || !payload->has_value())
            continue;
        ComplaintEditor* editor = createEditor();
        if (!editor->restoreDraft(info.key, **payload)) {
            ++unreadable;
            editor->deleteLater();
            continue;
        }
        present(editor);
        opened.append(editor);
    }
    if (unreadable > 0)
        MessageBox::warning(dialogParent(), tr("Recover Unsaved Complaints"),
                            tr("%n draft(s) could not be reopened: the complaint no longer exists or the draft is "
                               "damaged. They are kept in the database.",
                               nullptr, unreadable));
    return opened;
}

void ComplaintWindows::closeAll()
{
    for (ComplaintEditor* editor : editors())
        editor->closeKeepingDraft();
}

void ComplaintWindows::acceptEmailDrops(QWidget* window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool ComplaintWindows::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (EmailDrop::hasEmailFiles(drag->mimeData()) && m_context.session()
            && m_context.session()->may(Permission::WriteCases)) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = EmailDrop::emailFiles(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            for (const QString& path : paths)
                openFromEmailFile(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pd::ui
