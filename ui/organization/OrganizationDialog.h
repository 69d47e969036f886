// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace pd::ui {

class AuditPolicyForm;
class ComplaintSettingsForm;
class ErrorLabel;
class LetterSettingsForm;
class OrganizationForm;
class SessionContext;

/// Settings ▸ Organization: the society's details, its letter settings, its complaints-desk
/// settings and its audit-review policy (a tab each), edited by the privacy officer.
/// Non-modal (no nested event loop), so that locking hides it with its input intact and
/// unlocking shows it again.
class OrganizationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganizationDialog(SessionContext& context, QWidget* parent = nullptr);

    OrganizationForm* form() const { return m_form; }
    LetterSettingsForm* letterSettings() const { return m_letters; }
    ComplaintSettingsForm* complaintSettings() const { return m_complaints; }
    AuditPolicyForm* auditPolicy() const { return m_audit; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void accept() override;
    void reload();

private:
    void updatePermissions();
    void updateSaveButton();

    SessionContext& m_context;
    QTabWidget* m_tabs = nullptr;
    OrganizationForm* m_form = nullptr;
    LetterSettingsForm* m_letters = nullptr;
    ComplaintSettingsForm* m_complaints = nullptr;
    AuditPolicyForm* m_audit = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    ErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reload = nullptr;
};

} // namespace pd::ui
