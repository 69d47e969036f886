// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/CreationWizard.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/common/Icons.h"
#include "ui/setup/OfficerPage.h"
#include "ui/setup/OrganizationPage.h"
#include "ui/setup/RecoveryKeyPage.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>

namespace pd::ui {

CreationWizard::CreationWizard(const crypto::KdfParams& kdf, QWidget* parent)
    : QWizard(parent)
    , m_kdf(kdf)
    , m_organizationPage(new OrganizationPage(this))
    , m_officerPage(new OfficerPage(this))
    , m_recoveryKeyPage(new RecoveryKeyPage(this))
{
    setObjectName(QStringLiteral("creationWizard"));
    setWindowTitle(tr("New PrivacyDesk Database"));
    setWindowIcon(Icons::application());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Open Existing…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openExistingButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Open a database that already exists instead"));
    setButtonText(QWizard::CommitButton, tr("&Create Database"));
    setPixmap(QWizard::LogoPixmap, Icons::application().pixmap(48, 48));

    setPage(OrganizationPageId, m_organizationPage);
    setPage(OfficerPageId, m_officerPage);
    setPage(RecoveryKeyPageId, m_recoveryKeyPage);
    setStartId(OrganizationPageId);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            emit openExistingRequested();
    });
    connect(this, &QWizard::currentIdChanged, this, &CreationWizard::updateButtons);
    setLocation(suggestedLocation());
    resize(sizeHint().expandedTo(QSize(640, 560)));
}

CreationWizard::~CreationWizard()
{
    wipe(m_recoveryKey);
}

void CreationWizard::setLocation(const QString& location)
{
    m_officerPage->setLocation(location);
}

QString CreationWizard::location() const
{
    return m_officerPage->location();
}

Organization CreationWizard::organization() const
{
    return m_organizationPage->organization();
}

std::unique_ptr<Session> CreationWizard::takeSession()
{
    return std::move(m_session);
}

void CreationWizard::setCreated(std::unique_ptr<Session> session, const QString& recoveryKey)
{
    m_session = std::move(session);
    m_recoveryKey = recoveryKey;
}

QString CreationWizard::suggestedLocation()
{
    const QFileInfo standard(storage::Vault::defaultLocation());
    const QString folder = standard.absolutePath();
    const QString base = standard.completeBaseName();
    QString candidate = standard.absoluteFilePath();
    for (int n = 2; n < 100 && (storage::Vault::exists(candidate) || !QDir(candidate).isEmpty()); ++n) {
        candidate = folder + QLatin1Char('/') + base + QLatin1Char('-') + QString::number(n)
            + QLatin1String(storage::Vault::kFolderSuffix);
    }
    return QDir::toNativeSeparators(candidate);
}

void CreationWizard::reject()
{
    if (m_session)
        return;
    QWizard::reject();
}

void CreationWizard::updateButtons(int pageId)
{
    if (pageId == RecoveryKeyPageId) {
        // The database exists: there is no going back and nothing to cancel.
        setButtonLayout({QWizard::Stretch, QWizard::FinishButton});
    } else if (pageId == OrganizationPageId) {
        setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                         QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    } else {
        setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                         QWizard::FinishButton, QWizard::CancelButton});
    }
}

} // namespace pd::ui
