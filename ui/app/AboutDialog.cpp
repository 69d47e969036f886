// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/AboutDialog.h"

#include "core/services/VersionInfo.h"
#include "ui/common/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PrivacyDesk"));
    const VersionInfo versions = VersionInfo::current();

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* title = new QLabel(tr("PrivacyDesk %1").arg(versions.application), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* description = new QLabel(tr("The privacy office desk of a health insurance society: complaints, requests "
                                      "from data subjects, self-inspections and their audit trail."),
                                   this);
    description->setWordWrap(true);
    auto* license = new QLabel(tr("Free software under the GNU General Public License, version 3 or later."), this);
    license->setWordWrap(true);

    auto* versionForm = new QFormLayout;
    auto addVersion = [this, versionForm](const QString& name, const QString& version) {
        auto* value = new QLabel(version.isEmpty() ? tr("unknown") : version, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        versionForm->addRow(name, value);
    };
    addVersion(tr("PrivacyDesk:"), versions.application);
    addVersion(tr("Qt:"), versions.qt);
    addVersion(tr("SQLCipher:"), versions.sqlcipher);
    addVersion(tr("SQLite:"), versions.sqlite);
    addVersion(tr("libsodium:"), versions.sodium);
    addVersion(tr("ICU:"), versions.icu);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addSpacing(8);
    text->addLayout(versionForm);
    text->addSpacing(8);
    text->addWidget(license);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    const QString summary = QStringLiteral("PrivacyDesk %1, Qt %2, SQLCipher %3, SQLite %4, libsodium %5, ICU %6")
                                .arg(versions.application, versions.qt, versions.sqlcipher, versions.sqlite,
                                     versions.sodium, versions.icu);
    connect(copy, &QPushButton::clicked, this, [summary] { QApplication::clipboard()->setText(summary); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

} // namespace pd::ui
