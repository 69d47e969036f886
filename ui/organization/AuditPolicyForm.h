// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Organization.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace pd::ui {

class ErrorLabel;

/// The society's audit-review policy: office hours (Japan time), the days the office is closed,
/// and what counts as bulk viewing. Part of the Organization dialog; the audit review applies
/// what is saved here.
class AuditPolicyForm : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPolicyForm(QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    /// Writes this form's settings into `organization`, leaving the rest as it is.
    void applyTo(Organization& organization) const;
    void setReadOnly(bool readOnly);

    AuditPolicy policy() const;
    /// Whether the policy can be saved; otherwise problem() says why (the core's own sentence).
    bool isValid() const { return problem().isEmpty(); }
    QString problem() const;

    QTimeEdit* startEdit() const { return m_start; }
    QTimeEdit* endEdit() const { return m_end; }
    QCheckBox* saturdaysCheckBox() const { return m_saturdays; }
    QCheckBox* sundaysCheckBox() const { return m_sundays; }
    QCheckBox* holidaysCheckBox() const { return m_holidays; }
    QCheckBox* yearEndCheckBox() const { return m_yearEnd; }
    QSpinBox* bulkViewsSpinBox() const { return m_bulkViews; }
    QSpinBox* bulkMinutesSpinBox() const { return m_bulkMinutes; }
    QLabel* summaryLabel() const { return m_summary; }
    ErrorLabel* problemLabel() const { return m_problem; }

signals:
    void changed();

private:
    void update();

    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QCheckBox* m_saturdays = nullptr;
    QCheckBox* m_sundays = nullptr;
    QCheckBox* m_holidays = nullptr;
    QCheckBox* m_yearEnd = nullptr;
    QSpinBox* m_bulkViews = nullptr;
    QSpinBox* m_bulkMinutes = nullptr;
    QLabel* m_summary = nullptr;
    ErrorLabel* m_problem = nullptr;
};

} // namespace pd::ui
