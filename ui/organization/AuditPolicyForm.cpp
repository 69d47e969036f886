// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/organization/AuditPolicyForm.h"

#include "core/services/AuditReview.h"
#include "ui/common/ErrorLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace pd::ui {

AuditPolicyForm::AuditPolicyForm(QWidget* parent)
    : QWidget(parent)
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_saturdays(new QCheckBox(tr("Satur&days"), this))
    , m_sundays(new QCheckBox(tr("Su&ndays"), this))
    , m_holidays(new QCheckBox(tr("National &holidays"), this))
    , m_yearEnd(new QCheckBox(tr("Year-end &closure, 29 Dec – 3 Jan"), this))
    , m_bulkViews(new QSpinBox(this))
    , m_bulkMinutes(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_problem(new ErrorLabel(this))
{
    m_start->setObjectName(QStringLiteral("officeStartEdit"));
    m_end->setObjectName(QStringLiteral("officeEndEdit"));
    m_saturdays->setObjectName(QStringLiteral("closedSaturdaysCheckBox"));
    m_sundays->setObjectName(QStringLiteral("closedSundaysCheckBox"));
    m_holidays->setObjectName(QStringLiteral("closedHolidaysCheckBox"));
    m_yearEnd->setObjectName(QStringLiteral("closedYearEndCheckBox"));
    m_bulkViews->setObjectName(QStringLiteral("bulkViewsSpinBox"));
    m_bulkMinutes->setObjectName(QStringLiteral("bulkMinutesSpinBox"));
    m_summary->setObjectName(QStringLiteral("auditPolicySummary"));
    m_problem->setObjectName(QStringLiteral("auditPolicyProblem"));

    for (QTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        edit->setTimeRange(QTime(0, 0), QTime(23, 59));
    }
    m_holidays->setToolTip(tr("The holidays of the National Holidays Act, with substitute holidays and the days "
                              "between two holidays"));
    // The ranges reach below what may be saved, so that a wrong number is explained rather than
    // silently refused by the spin box; the core's rule decides.
    m_bulkViews->setRange(0, AuditReview::kMaxBulkViews);
    m_bulkViews->setSuffix(tr(" records"));
    m_bulkViews->setAccelerated(true);
    m_bulkMinutes->setRange(0, AuditReview::kMaxBulkWindowMinutes);
    m_bulkMinutes->setSuffix(tr(" min"));
    m_bulkMinutes->setAccelerated(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* hoursBox = new QGroupBox(tr("&Office hours (Japan time)"), this);
    auto* hoursForm = new QFormLayout;
    hoursForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* startLabel = new QLabel(tr("&Begin at:"), hoursBox);
    startLabel->setBuddy(m_start);
    auto* endLabel = new QLabel(tr("&End at:"), hoursBox);
    endLabel->setBuddy(m_end);
    hoursForm->addRow(startLabel, m_start);
    hoursForm->addRow(endLabel, m_end);
    auto* closedHelp = new QLabel(tr("Closed all day (any work on these days is outside office hours):"), hoursBox);
    closedHelp->setWordWrap(true);
    auto* hoursLayout = new QVBoxLayout(hoursBox);
    hoursLayout->addLayout(hoursForm);
    hoursLayout->addWidget(closedHelp);
    for (QCheckBox* box : {m_saturdays, m_sundays, m_holidays, m_yearEnd})
        hoursLayout->addWidget(box);

    auto* bulkBox = new QGroupBox(tr("Bul&k viewing"), this);
    auto* bulkForm = new QFormLayout(bulkBox);
    bulkForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* viewsLabel = new QLabel(tr("Records &viewed by one account:"), bulkBox);
    viewsLabel->setBuddy(m_bulkViews);
    auto* minutesLabel = new QLabel(tr("&Within:"), bulkBox);
    minutesLabel->setBuddy(m_bulkMinutes);
    bulkForm->addRow(viewsLabel, m_bulkViews);
    bulkForm->addRow(minutesLabel, m_bulkMinutes);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hoursBox);
    layout->addWidget(bulkBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);

    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_saturdays);
    setTabOrder(m_saturdays, m_sundays);
    setTabOrder(m_sundays, m_holidays);
    setTabOrder(m_holidays, m_yearEnd);
    setTabOrder(m_yearEnd, m_bulkViews);
    setTabOrder(m_bulkViews, m_bulkMinutes);

    connect(m_start, &QTimeEdit::timeChanged, this, &AuditPolicyForm::update);
    connect(m_end, &QTimeEdit::timeChanged, this, &AuditPolicyForm::update);
    for (QCheckBox* box : {m_saturdays, m_sundays, m_holidays, m_yearEnd})
        connect(box, &QCheckBox::toggled, this, &AuditPolicyForm::update);
    connect(m_bulkViews, &QSpinBox::valueChanged, this, &AuditPolicyForm::update);
    connect(m_bulkMinutes, &QSpinBox::valueChanged, this, &AuditPolicyForm::update);

    setOrganization(Organization());
}

void AuditPolicyForm::setOrganization(const Organization& organization)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_start),     QSignalBlocker(m_end),
                                       QSignalBlocker(m_saturdays), QSignalBlocker(m_sundays),
                                       QSignalBlocker(m_holidays),  QSignalBlocker(m_yearEnd),
                                       QSignalBlocker(m_bulkViews), QSignalBlocker(m_bulkMinutes)};
    const OfficeHours& hours = organization.auditPolicy.officeHours;
    m_start->setTime(hours.start);
    m_end->setTime(hours.end);
    m_saturdays->setChecked(hours.closedOnSaturdays);
    m_sundays->setChecked(hours.closedOnSundays);
    m_holidays->setChecked(hours.closedOnHolidays);
    m_yearEnd->setChecked(hours.closedAtYearEnd);
    m_bulkViews->setValue(organization.auditPolicy.bulkViewing.minimumViews);
    m_bulkMinutes->setValue(organization.auditPolicy.bulkViewing.windowMinutes);
    update();
}

AuditPolicy AuditPolicyForm::policy() const
{
    AuditPolicy policy;
    policy.officeHours.start = m_start->time();
    policy.officeHours.end = m_end->time();
    policy.officeHours.closedOnSaturdays = m_saturdays->isChecked();
    policy.officeHours.closedOnSundays = m_sundays->isChecked();
    policy.officeHours.closedOnHolidays = m_holidays->isChecked();
    policy.officeHours.closedAtYearEnd = m_yearEnd->isChecked();
    policy.bulkViewing.minimumViews = m_bulkViews->value();
    policy.bulkViewing.windowMinutes = m_bulkMinutes->value();
    return policy;
}

void AuditPolicyForm::applyTo(Organization& organization) const
{
    organization.auditPolicy = policy();
}

QString AuditPolicyForm::problem() const
{
    const Status valid = AuditReview::validatePolicy(policy());
    return valid ? QString() : valid.error().detail;
}

void AuditPolicyForm::setReadOnly(bool readOnly)
{
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{m_start, m_end, m_bulkViews, m_bulkMinutes}) {
        box->setReadOnly(readOnly);
        box->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    }
    for (QCheckBox* box : {m_saturdays, m_sundays, m_holidays, m_yearEnd})
        box->setEnabled(!readOnly);
}

void AuditPolicyForm::update()
{
    const QString reason = problem();
    if (reason.isEmpty()) {
        m_problem->clearError();
        const AuditPolicy current = policy();
        m_summary->setText(AuditReview::officeHoursText(current.officeHours) + QLatin1Char('\n')
                           + AuditReview::bulkViewingText(current.bulkViewing));
    } else {
        m_problem->showError(reason);
        m_summary->clear();
    }
    emit changed();
}

} // namespace pd::ui
