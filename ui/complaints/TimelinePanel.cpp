// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/TimelinePanel.h"

#include "core/complaints/ComplaintService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PaddedItemDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

TimelinePanel::TimelinePanel(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QTreeWidget(this))
    , m_entryLabel(new QLabel(tr("&New entry (Ctrl+Enter adds it):"), this))
    , m_entry(new QPlainTextEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setAccessibleName(tr("Handling record"));
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Status"), tr("What was done")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setItemDelegate(new PaddedItemDelegate(6, 3, m_list));
    m_list->header()->setStretchLastSection(true);

    m_entry->setObjectName(QStringLiteral("timelineEntryEdit"));
    m_entry->setTabChangesFocus(true);
    m_entry->setPlaceholderText(tr("e.g. called back, explained the purpose of use; the caller is satisfied"));
    m_entry->setMaximumHeight(m_entry->fontMetrics().lineSpacing() * 5 + 12);
    m_entryLabel->setBuddy(m_entry);
    m_addButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("A&dd entry"), this);
    m_addButton->setObjectName(QStringLiteral("addTimelineEntryButton"));
    m_addButton->setToolTip(tr("Add the note to the handling record (Ctrl+Enter)"));
    m_addButton->setAutoDefault(false);
    m_error->setObjectName(QStringLiteral("timelineErrorLabel"));
    connect(m_addButton, &QPushButton::clicked, this, &TimelinePanel::addEntry);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, m_entry, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &TimelinePanel::addEntry);
    }
    connect(m_entry, &QPlainTextEdit::textChanged, this, [this] {
        updateActions();
        emit pendingTextChanged();
    });

    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_addButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_entryLabel);
    layout->addLayout(entryRow);
    layout->addWidget(m_error);

    connect(&m_context, &SessionContext::sessionChanged, this, &TimelinePanel::updateActions);
    updateActions();
}

void TimelinePanel::setEntries(qint64 complaintId, const QList<ComplaintTimelineEntry>& entries)
{
    m_complaintId = complaintId;
    m_list->clear();
    for (const ComplaintTimelineEntry& entry : entries)
        appendRow(entry);
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    updateActions();
}

void TimelinePanel::clear()
{
    m_list->clear();
}

void TimelinePanel::appendRow(const ComplaintTimelineEntry& entry)
{
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(0, QLocale().toString(entry.at, QLocale::ShortFormat));
    item->setText(1, entry.accountName);
    item->setText(2, entry.status ? statusDisplayName(*entry.status) : QString());
    item->setText(3, entry.text);
    item->setToolTip(3, entry.text);
    m_list->scrollToItem(item);
}

void TimelinePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

QString TimelinePanel::pendingText() const
{
    return m_entry->toPlainText();
}

void TimelinePanel::setPendingText(const QString& text)
{
    m_entry->setPlainText(text);
}

void TimelinePanel::updateActions()
{
    Session* session = m_context.session();
    const bool mayWrite = session && session->may(Permission::WriteCases) && !m_readOnly;
    m_entryLabel->setVisible(mayWrite);
    m_entry->setVisible(mayWrite);
    m_addButton->setVisible(mayWrite);
    m_entry->setEnabled(m_complaintId != 0);
    m_addButton->setEnabled(m_complaintId != 0 && !m_entry->toPlainText().trimmed().isEmpty());
    if (m_complaintId == 0)
        m_entry->setPlaceholderText(tr("Save the complaint first; then record here what was done."));
    else
        m_entry->setPlaceholderText(tr("e.g. called back, explained the purpose of use; the caller is satisfied"));
}

bool TimelinePanel::addEntry()
{
    Session* session = m_context.session();
    if (!session || m_complaintId == 0 || m_readOnly)
        return false;
    auto added = ComplaintService(*session).addTimelineEntry(m_complaintId, m_entry->toPlainText());
    if (!added) {
        const Error& error = added.error();
        m_error->showError(error.kind == ErrorKind::InvalidInput && !error.detail.isEmpty() ? error.detail
                                                                                              : error.message());
        m_entry->setFocus();
        return false;
    }
    m_error->clearError();
    appendRow(*added);
    m_entry->clear();
    m_entry->setFocus();
    emit entryAdded(*added);
    return true;
}

} // namespace pd::ui
