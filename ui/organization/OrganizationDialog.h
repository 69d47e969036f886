// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace pd::ui {

class ErrorLabel;
class OrganizationForm;
class SessionContext;

/// Settings ▸ Organization: the society's details, edited by the privacy officer.
/// Non-modal (no nested event loop), so that locking hides it with its input intact and
/// unlocking shows it again.
class OrganizationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganizationDialog(SessionContext& context, QWidget* parent = nullptr);

    OrganizationForm* form() const { return m_form; }

public slots:
    void accept() override;
    void reload();

private:
    void updatePermissions();

    SessionContext& m_context;
    OrganizationForm* m_form = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    ErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reload = nullptr;
};

} // namespace pd::ui
