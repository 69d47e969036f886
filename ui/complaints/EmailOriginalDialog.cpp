// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/EmailOriginalDialog.h"

#include "core/complaints/EmailMessage.h"
#include "ui/app/SessionContext.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

EmailOriginalDialog::EmailOriginalDialog(SessionContext& context, const EmailMessage& message, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("emailOriginalDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Original Email"));
    m_text->setObjectName(QStringLiteral("originalEmailText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    const QString sender = message.fromName.isEmpty()
                               ? message.fromAddress
                               : tr("%1 <%2>").arg(message.fromName, message.fromAddress);
    QStringList lines{
        tr("From: %1").arg(sender),
        tr("Sent: %1").arg(message.date.isValid() ? QLocale().toString(message.date, QLocale::LongFormat)
                                                  : tr("(no date in the message)")),
        tr("Subject: %1").arg(message.subject),
    };
    for (const EmailAttachmentPart& part : message.attachments)
        lines.append(tr("Attached: %1 (%2)")
                         .arg(part.fileName.isEmpty() ? tr("(no name)") : part.fileName,
                              QLocale().formattedDataSize(part.data.size())));
    lines.append(QString());
    lines.append(message.body);
    m_text->setPlainText(lines.join(u'\n'));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    // Personal data on screen: it goes with the lock.
    connect(&context, &SessionContext::aboutToClose, this, &QDialog::close);
    resize(720, 640);
}

} // namespace pd::ui
