// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace pd {
class Session;
}

namespace pd::ui {

class JapaneseDateEdit;

/// The conditions above the complaint list: status, channel, category, person in charge, fiscal
/// year (named in the Japanese calendar), received from/to, and the overdue, due-this-week and
/// possible-breach checks. The search text is not part of it (the page has the search box).
class ComplaintFilterBar : public QWidget
{
    Q_OBJECT

public:
    /// The statuses offered as one choice "Not completed": still being handled or answered.
    static QList<ComplaintStatus> notCompletedStatuses();
    static constexpr int kFiscalYearsOffered = 10;

    explicit ComplaintFilterBar(QWidget* parent = nullptr);

    /// The conditions chosen (searchText stays empty).
    ComplaintFilter filter() const;
    /// Shows `filter` (its searchText is ignored) without emitting filterChanged().
    void setFilter(const ComplaintFilter& filter);
    /// Fills the person-in-charge choices from the accounts of `session` (none: only "Any").
    void loadAssignees(Session* session);

    QComboBox* statusCombo() const { return m_status; }
    QComboBox* channelCombo() const { return m_channel; }
    QComboBox* categoryCombo() const { return m_category; }
    QComboBox* assigneeCombo() const { return m_assignee; }
    QComboBox* fiscalYearCombo() const { return m_fiscalYear; }
    JapaneseDateEdit* fromEdit() const { return m_from; }
    JapaneseDateEdit* untilEdit() const { return m_until; }
    QCheckBox* overdueCheck() const { return m_overdue; }
    QCheckBox* dueThisWeekCheck() const { return m_dueThisWeek; }
    QCheckBox* possibleBreachCheck() const { return m_possibleBreach; }
    QPushButton* resetButton() const { return m_reset; }
    /// The first and last widget in tab order, for the page's chain.
    QWidget* firstInTabOrder() const;
    QWidget* lastInTabOrder() const;

public slots:
    /// Back to "everything"; emits filterChanged() once.
    void reset();

signals:
    void filterChanged();

private:
    void changed();
    void updateReset();

    QComboBox* m_status = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_fiscalYear = nullptr;
    JapaneseDateEdit* m_from = nullptr;
    JapaneseDateEdit* m_until = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_dueThisWeek = nullptr;
    QCheckBox* m_possibleBreach = nullptr;
    QPushButton* m_reset = nullptr;
    bool m_updating = false;
};

} // namespace pd::ui
