// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/ArchivedLetterButtons.h"

#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/letters/ArchivedLetters.h"

#include <QBoxLayout>
#include <QPushButton>

namespace pd::ui {

ArchivedLetterButtons::ArchivedLetterButtons(SessionContext& context, QWidget* owner, ErrorLabel* error,
                                             std::function<qint64()> selectedLetterId)
    : QObject(owner)
    , m_context(context)
    , m_owner(owner)
    , m_error(error)
    , m_selectedLetterId(std::move(selectedLetterId))
    , m_open(new QPushButton(tr("&Open"), owner))
    , m_reprint(new QPushButton(tr("&Reprint…"), owner))
    , m_save(new QPushButton(tr("Save P&DF…"), owner))
{
    m_open->setObjectName(QStringLiteral("openLetterButton"));
    m_open->setToolTip(tr("Show the archived copy (Enter)"));
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setToolTip(tr("Print the archived copy again, exactly as it was sent"));
    m_save->setObjectName(QStringLiteral("saveLetterPdfButton"));
    m_save->setToolTip(tr("Save the archived copy as PDF"));
    for (QPushButton* button : {m_open, m_reprint, m_save})
        button->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, &ArchivedLetterButtons::openSelected);
    connect(m_reprint, &QPushButton::clicked, this, &ArchivedLetterButtons::reprintSelected);
    connect(m_save, &QPushButton::clicked, this, &ArchivedLetterButtons::saveSelectedPdf);
}

void ArchivedLetterButtons::addTo(QBoxLayout* layout) const
{
    layout->addWidget(m_open);
    layout->addWidget(m_reprint);
    layout->addWidget(m_save);
}

void ArchivedLetterButtons::update()
{
    Session* session = m_context.session();
    const bool selected = m_selectedLetterId() != 0;
    const bool output = session && session->may(Permission::PrintAndExport);
    m_open->setEnabled(session && selected);
    m_reprint->setEnabled(output && selected);
    m_save->setEnabled(output && selected);
}

void ArchivedLetterButtons::openSelected()
{
    if (const qint64 id = m_selectedLetterId())
        ArchivedLetters::open(m_context, m_owner, id, [this](const QString& error) { m_error->showError(error); });
}

void ArchivedLetterButtons::reprintSelected()
{
    if (const qint64 id = m_selectedLetterId(); id && m_reprint->isEnabled())
        ArchivedLetters::reprint(m_context, m_owner, id, [this](const QString& error) { m_error->showError(error); });
}

void ArchivedLetterButtons::saveSelectedPdf()
{
    if (const qint64 id = m_selectedLetterId(); id && m_save->isEnabled())
        ArchivedLetters::save(m_context, m_owner, id, [this](const QString& error) { m_error->showError(error); });
}

bool ArchivedLetterButtons::saveSelectedPdfTo(const QString& path)
{
    const qint64 id = m_selectedLetterId();
    if (!id)
        return false;
    m_error->clearError();
    QString error;
    if (!ArchivedLetters::saveTo(m_context, id, path, &error)) {
        m_error->showError(error);
        return false;
    }
    return true;
}

} // namespace pd::ui
