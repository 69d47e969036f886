// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/RecoveryKeyPanel.h"

#include "ui/common/SecretClipboard.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include <chrono>

namespace pd::ui {

RecoveryKeyPanel::RecoveryKeyPanel(QWidget* parent)
    : QWidget(parent)
    , m_key(new QLabel(this))
    , m_print(new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this))
    , m_copy(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this))
    , m_copied(new QLabel(this))
{
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copied->setObjectName(QStringLiteral("copiedLabel"));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(qMax(16.0, font().pointSizeF() * 1.6));
    mono.setBold(true);
    m_key->setFont(mono);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextFormat(Qt::PlainText);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setAccessibleName(tr("Recovery key"));

    auto* keyFrame = new QFrame(this);
    keyFrame->setFrameShape(QFrame::StyledPanel);
    keyFrame->setBackgroundRole(QPalette::Base);
    keyFrame->setAutoFillBackground(true);
    auto* keyLayout = new QVBoxLayout(keyFrame);
    keyLayout->setContentsMargins(16, 16, 16, 16);
    keyLayout->addWidget(m_key);

    auto* instructions = new QLabel(tr("Print the key, or write it down, and keep it locked away from the computer, "
                                       "for example in the office safe. Whoever holds the key can read all data in "
                                       "the database."),
                                    this);
    instructions->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copied, 1);
    m_copied->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(keyFrame);
    layout->addSpacing(4);
    layout->addWidget(instructions);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPanel::printKey);
    connect(m_copy, &QPushButton::clicked, this, &RecoveryKeyPanel::copyKey);
    connect(&SecretClipboard::instance(), &SecretClipboard::cleared, this, [this] {
        if (!m_copied->text().isEmpty())
            m_copied->setText(tr("The clipboard has been cleared."));
    });
}

void RecoveryKeyPanel::setSheet(const RecoveryKeyPrinter::Sheet& sheet)
{
    m_sheet = sheet;
    m_key->setText(RecoveryKeyPrinter::keyInLines(sheet.recoveryKey));
    m_copied->clear();
}

void RecoveryKeyPanel::clear()
{
    m_sheet = {};
    m_key->clear();
    m_copied->clear();
}

void RecoveryKeyPanel::printKey()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("PrivacyDesk Recovery Key"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Recovery Key"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    // The key may have been forgotten meanwhile (a lock closes the dialog that shows it).
    if (dialog.exec() != QDialog::Accepted || m_sheet.recoveryKey.isEmpty())
        return;
    RecoveryKeyPrinter::print(m_sheet, &printer);
}

void RecoveryKeyPanel::copyKey()
{
    if (m_sheet.recoveryKey.isEmpty())
        return;
    SecretClipboard& clipboard = SecretClipboard::instance();
    clipboard.copy(m_sheet.recoveryKey);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(clipboard.clearDelay()).count();
    m_copied->setText(tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, int(seconds)));
}

} // namespace pd::ui
