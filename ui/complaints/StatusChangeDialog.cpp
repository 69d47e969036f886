// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/StatusChangeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pd::ui {

StatusChangeDialog::StatusChangeDialog(ComplaintStatus from, ComplaintStatus to, QWidget* parent)
    : QDialog(parent)
    , m_to(to)
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    setWindowTitle(tr("Change Status"));
    setWindowModality(Qt::WindowModal);

    auto* question = new QLabel(tr("Change the status from “%1” to “%2”?")
                                    .arg(statusDisplayName(from), statusDisplayName(to)),
                                this);
    question->setWordWrap(true);
    auto* noteLabel = new QLabel(tr("&Note for the handling record (optional):"), this);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("statusNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. answered by phone, the caller agreed"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("confirmStatusButton"));
    ok->setText(tr("Change to “%1”").arg(statusDisplayName(to)));
    ok->setToolTip(tr("Ctrl+Enter"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter types a line break in the note; Ctrl+Enter confirms, as in the timeline.
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, m_note, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &QDialog::accept);
    }
    connect(this, &QDialog::accepted, this, [this] { emit confirmed(m_to, note()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(buttons);
    m_note->setFocus();
    resize(460, 260);
}

QString StatusChangeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace pd::ui
