// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Crypto.h"
#include "core/model/Organization.h"

#include <QWizard>

#include <memory>

namespace pd {
class Session;
}

namespace pd::ui {

class OfficerPage;
class OrganizationPage;
class RecoveryKeyPage;

/// Creates a new database unit: the organization, the privacy officer's account and
/// password, the location; then shows the recovery key once. The database is created
/// when the officer page is committed, so the recovery key page cannot go back.
/// The open session is handed to the caller with takeSession() after Finish.
class CreationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { OrganizationPageId, OfficerPageId, RecoveryKeyPageId };

    explicit CreationWizard(const crypto::KdfParams& kdf = crypto::KdfParams::moderate(), QWidget* parent = nullptr);
    ~CreationWizard() override;

    void setLocation(const QString& location);
    QString location() const;
    crypto::KdfParams kdfParams() const { return m_kdf; }
    Organization organization() const;

    bool hasSession() const { return m_session != nullptr; }
    std::unique_ptr<Session> takeSession();
    QString recoveryKey() const { return m_recoveryKey; }

    /// Called by the officer page when the database exists.
    void setCreated(std::unique_ptr<Session> session, const QString& recoveryKey);

    /// A location in the default folder that holds no database yet (office.pdesk, office-2.pdesk, …).
    static QString suggestedLocation();

public slots:
    /// Refused once the database exists: the recovery key must be acknowledged first.
    void reject() override;

signals:
    /// "Open existing…" on the first page: the user has a database already.
    void openExistingRequested();

private:
    void updateButtons(int pageId);

    crypto::KdfParams m_kdf;
    OrganizationPage* m_organizationPage = nullptr;
    OfficerPage* m_officerPage = nullptr;
    RecoveryKeyPage* m_recoveryKeyPage = nullptr;
    std::unique_ptr<Session> m_session;
    QString m_recoveryKey;
};

} // namespace pd::ui
