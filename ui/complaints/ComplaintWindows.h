// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace pd::ui {

class ComplaintEditor;
class SessionContext;

/// The open complaint windows of the program: one window per complaint (opening it again
/// raises the window), new intake forms, complaints from saved emails (.eml, by menu or by
/// dropping them onto the main window or an editor), and the offer to reopen forms that were
/// autosaved but never saved (after a crash or a power cut).
class ComplaintWindows : public QObject
{
    Q_OBJECT

public:
    /// Editors become windows of their own owned by `mainWindow`.
    ComplaintWindows(SessionContext& context, QWidget* mainWindow);
    ~ComplaintWindows() override;

    QList<ComplaintEditor*> editors() const;
    ComplaintEditor* editorFor(qint64 complaintId) const;

    /// Forms that were autosaved but are not open in a window.
    int recoverableDraftCount() const;

    /// .eml files dropped onto `window` open complaints (the main window).
    void acceptEmailDrops(QWidget* window);

public slots:
    ComplaintEditor* newComplaint();
    ComplaintEditor* openComplaint(qint64 complaintId);
    /// Checks the size limit before reading, parses, and opens a prefilled new complaint. Nothing
    /// is stored until the user saves; a file that is no email gets a message and opens nothing.
    ComplaintEditor* openFromEmailFile(const QString& path);
    /// Asks for .eml files (File ▸ Import Email…).
    void importEmail();
    /// Offers to reopen forms autosaved and never saved (called once the session is open).
    void offerDraftRecovery();
    /// Reopens every recoverable draft; returns the windows opened.
    QList<ComplaintEditor*> recoverDrafts();
    /// Closes every window without asking; unsaved input stays as a draft of the database it
    /// belongs to (before another database is opened).
    void closeAll();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ComplaintEditor* createEditor();
    void present(ComplaintEditor* editor);
    QStringList openDraftKeys() const;
    QWidget* dialogParent() const;

    SessionContext& m_context;
    QPointer<QWidget> m_mainWindow;
    QList<QPointer<ComplaintEditor>> m_editors;
    QString m_recoveryOfferedFor; // database and login the recovery was offered for
};

} // namespace pd::ui
