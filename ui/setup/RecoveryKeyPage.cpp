// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/RecoveryKeyPage.h"

#include "ui/common/SecretClipboard.h"
#include "ui/setup/CreationWizard.h"
#include "ui/setup/RecoveryKeyPrinter.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
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

RecoveryKeyPage::RecoveryKeyPage(CreationWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_key(new QLabel(this))
    , m_print(new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this))
    , m_copy(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this))
    , m_copied(new QLabel(this))
    , m_stored(new QCheckBox(tr("I have &stored the recovery key in a safe place"), this))
{
    setObjectName(QStringLiteral("recoveryKeyPage"));
    setTitle(tr("Recovery Key"));
    setSubTitle(tr("The database is ready. If every password is lost, this key is the only way to open it. It is "
                   "shown only now."));

    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    m_stored->setObjectName(QStringLiteral("storedCheckBox"));

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
    layout->addWidget(keyFrame);
    layout->addSpacing(4);
    layout->addWidget(instructions);
    layout->addLayout(buttons);
    layout->addStretch(1);
    layout->addWidget(m_stored);

    registerField(QStringLiteral("recoveryKeyStored*"), m_stored);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::printKey);
    connect(m_copy, &QPushButton::clicked, this, &RecoveryKeyPage::copyKey);
    connect(&SecretClipboard::instance(), &SecretClipboard::cleared, this, [this] {
        m_copied->setText(tr("The clipboard has been cleared."));
    });
}

void RecoveryKeyPage::initializePage()
{
    m_key->setText(RecoveryKeyPrinter::keyInLines(m_wizard->recoveryKey()));
    m_stored->setChecked(false);
    m_copied->clear();
    m_print->setFocus();
}

void RecoveryKeyPage::cleanupPage()
{
    m_key->clear();
}

void RecoveryKeyPage::printKey()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("PrivacyDesk Recovery Key"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Recovery Key"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RecoveryKeyPrinter::print({m_wizard->organization().name, QDir::toNativeSeparators(m_wizard->location()),
                               m_wizard->recoveryKey(), QDate::currentDate()},
                              &printer);
}

void RecoveryKeyPage::copyKey()
{
    SecretClipboard& clipboard = SecretClipboard::instance();
    clipboard.copy(m_wizard->recoveryKey());
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(clipboard.clearDelay()).count();
    m_copied->setText(tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, int(seconds)));
}

} // namespace pd::ui
