// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/AttachmentsPanel.h"

#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PaddedItemDelegate.h"
#include "ui/complaints/AttachmentViewer.h"
#include "ui/complaints/EmailDrop.h"
#include "ui/letters/PdfViewerDialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
QString errorText(const Error& error)
{
    if (error.kind == ErrorKind::InvalidInput && !error.detail.isEmpty())
        return error.detail;
    return error.message();
}

QString typeName(const QString& mimeType)
{
    if (mimeType == QLatin1String("application/pdf"))
        return AttachmentsPanel::tr("PDF");
    if (mimeType == QLatin1String("image/tiff"))
        return AttachmentsPanel::tr("TIFF image");
    if (mimeType == QLatin1String("image/png"))
        return AttachmentsPanel::tr("PNG image");
    if (mimeType == QLatin1String("image/jpeg"))
        return AttachmentsPanel::tr("JPEG image");
    return mimeType;
}
} // namespace

AttachmentsPanel::AttachmentsPanel(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("Added by"), tr("Added")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setItemDelegate(new PaddedItemDelegate(6, 3, m_list));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAcceptDrops(false); // the panel takes the drop
    m_hint->setObjectName(QStringLiteral("attachmentHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("attachmentErrorLabel"));

    m_attachButton = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("&Attach…"), this);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setToolTip(tr("Attach a FAX or a scanned letter: PDF, TIFF, PNG or JPEG (Ctrl+Shift+A)"));
    m_viewButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-preview")), tr("&View"), this);
    m_viewButton->setObjectName(QStringLiteral("viewAttachmentButton"));
    m_viewButton->setToolTip(tr("Show the file inside PrivacyDesk (Enter)"));
    m_removeButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_removeButton->setToolTip(tr("Remove the file from the complaint (Delete)"));
    for (QPushButton* button : {m_attachButton, m_viewButton, m_removeButton})
        button->setAutoDefault(false);
    connect(m_attachButton, &QPushButton::clicked, this, &AttachmentsPanel::attach);
    connect(m_viewButton, &QPushButton::clicked, this, &AttachmentsPanel::viewSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &AttachmentsPanel::viewSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentsPanel::updateActions);
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &AttachmentsPanel::removeSelected);
    auto* attachShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    attachShortcut->setContext(Qt::WindowShortcut);
    connect(attachShortcut, &QShortcut::activated, this, [this] {
        if (m_attachButton->isVisible() && m_attachButton->isEnabled())
            attach();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_viewButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(&m_context, &SessionContext::aboutToClose, this, [this] {
        // File names can be personal data; the list comes back from the database after unlocking.
        m_stored.clear();
        rebuild();
    });
    connect(&m_context, &SessionContext::sessionChanged, this, [this] {
        if (m_context.isOpen())
            reload();
        updateActions();
    });
    rebuild();
}

void AttachmentsPanel::setComplaint(qint64 complaintId)
{
    m_complaintId = complaintId;
    m_pending.clear();
    m_pendingAttachments.clear();
    m_error->clearError();
    reload();
}

void AttachmentsPanel::setPendingFiles(const QList<EmailAttachmentPart>& files)
{
    m_pending = files;
    rebuild();
}

void AttachmentsPanel::setPendingAttachments(const QList<PendingAttachment>& files)
{
    m_pendingAttachments = files;
    rebuild();
}

void AttachmentsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

int AttachmentsPanel::count() const
{
    return m_rows.size();
}

bool AttachmentsPanel::selectRow(int row)
{
    if (row < 0 || row >= m_list->topLevelItemCount())
        return false;
    m_list->setCurrentItem(m_list->topLevelItem(row));
    return true;
}

void AttachmentsPanel::clear()
{
    m_stored.clear();
    m_pending.clear();
    m_pendingAttachments.clear();
    m_complaintId = 0;
    rebuild();
}

void AttachmentsPanel::reload()
{
    Session* session = m_context.session();
    m_stored.clear();
    if (session && m_complaintId != 0) {
        auto listed = ComplaintAttachments(*session).list(m_complaintId);
        if (listed)
            m_stored = *listed;
        else
            m_error->showError(errorText(listed.error()));
    }
    rebuild();
}

void AttachmentsPanel::rebuild()
{
    const int previous = selectedRow();
    m_rows.clear();
    m_list->clear();
    const QLocale locale;
    for (const ComplaintAttachment& stored : std::as_const(m_stored)) {
        m_rows.append(Row{stored.id, -1, -1, stored.fileName, stored.mimeType});
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, stored.fileName);
        item->setText(1, typeName(stored.mimeType));
        item->setText(2, locale.formattedDataSize(stored.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setText(3, stored.source == ComplaintAttachments::kSourceEmail ? tr("%1 (email)").arg(stored.addedByName)
                                                                             : stored.addedByName);
        item->setText(4, locale.toString(stored.addedUtc.toLocalTime(), QLocale::ShortFormat));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int index = 0; index < m_pending.size(); ++index) {
        const EmailAttachmentPart& part = m_pending.at(index);
        m_rows.append(Row{0, index, -1, part.fileName, part.mimeType});
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, part.fileName);
        item->setText(1, typeName(part.mimeType));
        item->setText(2, locale.formattedDataSize(part.data.size(), 1, QLocale::DataSizeTraditionalFormat));
        item->setText(3, tr("From the email"));
        item->setText(4, tr("Stored when the complaint is saved"));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        QFont font = item->font(4);
        font.setItalic(true);
        item->setFont(4, font);
    }
    const QString attachedBy = m_context.session() ? m_context.session()->account().displayName : QString();
    for (int index = 0; index < m_pendingAttachments.size(); ++index) {
        const PendingAttachment& file = m_pendingAttachments.at(index);
        m_rows.append(Row{0, -1, index, file.fileName, file.mimeType});
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, file.fileName);
        item->setText(1, typeName(file.mimeType));
        item->setText(2, locale.formattedDataSize(file.data.size(), 1, QLocale::DataSizeTraditionalFormat));
        item->setText(3, attachedBy);
        item->setText(4, tr("Stored when the complaint is saved"));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        QFont font = item->font(4);
        font.setItalic(true);
        item->setFont(4, font);
    }
    for (int column = 1; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    if (!m_rows.isEmpty())
        selectRow(qBound(0, previous, int(m_rows.size()) - 1));
    updateActions();
}

int AttachmentsPanel::selectedRow() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

void AttachmentsPanel::updateActions()
{
    Session* session = m_context.session();
    const bool mayWrite = session && session->may(Permission::WriteCases) && !m_readOnly;
    const int row = selectedRow();
    const bool hasRow = row >= 0 && row < m_rows.size();
    m_attachButton->setVisible(mayWrite);
    m_removeButton->setVisible(mayWrite);
    m_attachButton->setEnabled(session);
    m_viewButton->setEnabled(hasRow && session && ComplaintAttachments::isViewable(m_rows.at(row).mimeType));
    // The files of an imported email belong to it; a file attached before the save can go again.
    m_removeButton->setEnabled(hasRow && session && (m_rows.at(row).id != 0 || m_rows.at(row).attachedIndex >= 0));
    if (m_complaintId == 0 && mayWrite)
        m_hint->setText(tr("Attach FAXes and scanned letters (PDF, TIFF, PNG, JPEG) with Attach… or drop the files "
                           "here. They are stored encrypted with the complaint when you save it (Ctrl+S)."));
    else if (mayWrite)
        m_hint->setText(tr("Attach FAXes and scanned letters (PDF, TIFF, PNG, JPEG) with Attach… or drop the files "
                           "here. They are kept encrypted in the database."));
    else
        m_hint->setText(tr("Files kept with this complaint."));
}

void AttachmentsPanel::attach()
{
    if (!m_context.session())
        return;
    auto* dialog = new QFileDialog(this, tr("Attach Files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("FAXes and scans (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& files) { attachFiles(files); });
    dialog->open();
}

bool AttachmentsPanel::attachFiles(const QStringList& paths)
{
    m_error->clearError();
    Session* session = m_context.session();
    if (!session || m_readOnly || !session->may(Permission::WriteCases))
        return false;
    ComplaintAttachments attachments(*session);
    bool added = false;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        // The limit is checked on the file's size: an oversized scan is never read into memory.
        if (auto fits = attachments.checkSize(info.size()); !fits) {
            m_error->showError(tr("%1 was not attached: %2").arg(info.fileName(), errorText(fits.error())));
            break;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error->showError(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
            break;
        }
        const QByteArray data = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            m_error->showError(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
            break;
        }
        if (m_complaintId == 0) {
            // Not saved yet: checked now, kept in memory, stored with the complaint by the editor.
            auto checked = attachments.prepare(info.fileName(), data);
            if (!checked) {
                m_error->showError(tr("%1 was not attached: %2").arg(info.fileName(), errorText(checked.error())));
                break;
            }
            m_pendingAttachments.append(std::move(*checked));
            added = true;
            continue;
        }
        auto stored = attachments.add(m_complaintId, info.fileName(), data);
        if (!stored) {
            m_error->showError(tr("%1 was not attached: %2").arg(info.fileName(), errorText(stored.error())));
            break;
        }
        added = true;
    }
    if (added && m_complaintId == 0) {
        rebuild();
        selectRow(m_list->topLevelItemCount() - 1);
        emit pendingAttachmentsChanged();
    } else if (added) {
        reload();
        selectRow(m_list->topLevelItemCount() - 1);
        emit attachmentsChanged();
    }
    return added && !m_error->hasError();
}

void AttachmentsPanel::viewSelected()
{
    const int row = selectedRow();
    Session* session = m_context.session();
    if (row < 0 || row >= m_rows.size() || !session)
        return;
    m_error->clearError();
    const Row& selected = m_rows.at(row);
    if (!ComplaintAttachments::isViewable(selected.mimeType)) {
        m_error->showError(tr("PrivacyDesk shows PDF, TIFF, PNG and JPEG files only."));
        return;
    }
    if (selected.attachedIndex >= 0) {
        showFile(m_pendingAttachments.at(selected.attachedIndex).data, selected);
        return;
    }
    if (selected.id == 0) {
        showFile(m_pending.at(selected.pendingIndex).data, selected);
        return;
    }
    auto content = ComplaintAttachments(*session).content(selected.id);
    if (!content) {
        m_error->showError(errorText(content.error()));
        return;
    }
    showFile(*content, selected);
}

void AttachmentsPanel::showFile(const QByteArray& data, const Row& row)
{
    QWidget* owner = window();
    if (row.mimeType == QLatin1String("application/pdf")) {
        auto* viewer = new PdfViewerDialog(m_context, owner);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setPdf(data, row.fileName, row.fileName,
                       {QStringLiteral("complaint_attachment"), row.id, QStringLiteral("attachment")});
        viewer->show();
        viewer->raise();
        viewer->activateWindow();
        return;
    }
    auto* viewer = new AttachmentViewer(m_context, owner);
    viewer->setImage(data, row.fileName);
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
}

void AttachmentsPanel::removeSelected()
{
    const int row = selectedRow();
    Session* session = m_context.session();
    if (row < 0 || row >= m_rows.size() || !session || m_readOnly || !session->may(Permission::WriteCases))
        return;
    if (const int attached = m_rows.at(row).attachedIndex; attached >= 0) {
        // Only taken off the form: nothing was stored, and the file is still where it came from.
        m_error->clearError();
        m_pendingAttachments.removeAt(attached);
        rebuild();
        emit pendingAttachmentsChanged();
        return;
    }
    if (m_rows.at(row).id == 0)
        return;
    const qint64 id = m_rows.at(row).id;
    MessageBox::question(this, tr("Remove Attachment"),
                         tr("Remove %1 from the complaint? The file is deleted from the database.")
                             .arg(m_rows.at(row).fileName),
                         tr("&Remove"), [this, id](bool confirmed) {
                             Session* session = m_context.session();
                             if (!confirmed || !session)
                                 return;
                             if (auto removed = ComplaintAttachments(*session).remove(id); !removed) {
                                 m_error->showError(errorText(removed.error()));
                                 return;
                             }
                             m_error->clearError();
                             reload();
                             emit attachmentsChanged();
                         });
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    const bool writable = !m_readOnly && m_context.session() && m_context.session()->may(Permission::WriteCases);
    if (EmailDrop::hasEmailFiles(event->mimeData()) || (writable && !EmailDrop::otherFiles(event->mimeData()).isEmpty()))
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent* event)
{
    const QStringList emails = EmailDrop::emailFiles(event->mimeData());
    const QStringList files = EmailDrop::otherFiles(event->mimeData());
    event->acceptProposedAction();
    if (!files.isEmpty())
        attachFiles(files);
    if (!emails.isEmpty())
        emit emailFilesDropped(emails);
}

} // namespace pd::ui
