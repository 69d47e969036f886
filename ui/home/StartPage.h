// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/complaints/ComplaintsPage.h"

#include <QWidget>

class QFormLayout;
class QFrame;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pd::ui {

class ErrorLabel;
class SessionContext;

/// The first page after sign-in: who the office is (the complaint desk of the public
/// notice), who is signed in, which database is open and what it holds. Later modules
/// add their due items with addSection().
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(SessionContext& context, QWidget* parent = nullptr);

    /// A module's own section (e.g. requests due this week), shown below the overview.
    void addSection(QWidget* section);

    /// The complaints section: overdue and due-this-week counts, each a link to that list.
    QLabel* complaintsDueLabel() const { return m_complaintsDue; }

public slots:
    void reload();
    void clear();
    /// Counts overdue and due-this-week complaints again (a complaint changed, a new day began).
    void reloadComplaintsDue();

signals:
    void pageRequested(int page);
    void changePasswordRequested();
    /// A link of the complaints section: show the complaint list with that filter.
    void complaintsRequested(pd::ui::ComplaintListPreset preset);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addValueRow(QFormLayout* form, const QString& label, const QString& objectName);

    SessionContext& m_context;
    ErrorLabel* m_error = nullptr;
    QFrame* m_passwordBanner = nullptr;
    QFrame* m_recoveryBanner = nullptr;
    QLabel* m_organizationName = nullptr;
    QLabel* m_shortName = nullptr;
    QLabel* m_postalAddress = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_fax = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_accountName = nullptr;
    QLabel* m_login = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_accountCount = nullptr;
    QLabel* m_purposeCount = nullptr;
    QGroupBox* m_complaintsBox = nullptr;
    QLabel* m_complaintsDue = nullptr;
    QVBoxLayout* m_sections = nullptr;
};

} // namespace pd::ui
