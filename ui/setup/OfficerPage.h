// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pd::ui {

class CreationWizard;
class ErrorLabel;
class PasswordLineEdit;
class PasswordStrengthIndicator;

/// Wizard page 2: the privacy officer's account and the database location. Committing
/// this page creates the database (Argon2id runs on a worker thread meanwhile); a
/// failure is shown on the page and every input stays as typed.
class OfficerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OfficerPage(CreationWizard* wizard);

    void setLocation(const QString& location);
    QString location() const;
    bool isBusy() const { return m_busy; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Why a database cannot be created at `location`; empty when it can.
    static QString locationProblem(const QString& location);
    /// Adds the .pdesk suffix to a location that lacks it.
    static QString withFolderSuffix(const QString& location);

private:
    void updatePasswordFeedback();
    void browseLocation();
    void startCreation();
    void setBusy(bool busy);
    QStringList guessableWords() const;

    CreationWizard* m_wizard = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    PasswordLineEdit* m_password = nullptr;
    PasswordLineEdit* m_confirm = nullptr;
    PasswordStrengthIndicator* m_strength = nullptr;
    QLabel* m_match = nullptr;
    QLineEdit* m_location = nullptr;
    QPushButton* m_browse = nullptr;
    ErrorLabel* m_error = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    bool m_busy = false;
    bool m_created = false;
};

} // namespace pd::ui
