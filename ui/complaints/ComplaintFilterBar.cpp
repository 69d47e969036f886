// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintFilterBar.h"

#include "core/letters/JapaneseDate.h"
#include "core/model/FiscalYear.h"
#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "ui/complaints/ComplaintListModel.h"
#include "ui/letters/JapaneseDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pd::ui {

namespace {
constexpr int kAny = -1;
constexpr int kNotCompleted = -2;
constexpr int kAnyYear = 0;

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

QList<ComplaintStatus> ComplaintFilterBar::notCompletedStatuses()
{
    QList<ComplaintStatus> statuses;
    for (ComplaintStatus status : kComplaintStatuses)
        if (!isFinal(status))
            statuses.append(status);
    return statuses;
}

ComplaintFilterBar::ComplaintFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_fiscalYear(new QComboBox(this))
    , m_from(new JapaneseDateEdit(true, this))
    , m_until(new JapaneseDateEdit(true, this))
    , m_overdue(new QCheckBox(tr("O&verdue only"), this))
    , m_dueThisWeek(new QCheckBox(tr("&Due this week"), this))
    , m_possibleBreach(new QCheckBox(tr("Possible &breach"), this))
    , m_reset(new QPushButton(tr("&Reset Filters"), this))
{
    setObjectName(QStringLiteral("complaintFilterBar"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_fiscalYear->setObjectName(QStringLiteral("fiscalYearFilter"));
    m_from->setObjectName(QStringLiteral("receivedFromFilter"));
    m_until->setObjectName(QStringLiteral("receivedToFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_dueThisWeek->setObjectName(QStringLiteral("dueThisWeekFilter"));
    m_possibleBreach->setObjectName(QStringLiteral("possibleBreachFilter"));
    m_reset->setObjectName(QStringLiteral("resetFiltersButton"));

    m_status->addItem(tr("Any"), kAny);
    m_status->addItem(tr("Not completed"), kNotCompleted);
    m_status->setItemData(1, tr("Received, in progress or answered: not yet closed or withdrawn"), Qt::ToolTipRole);
    for (ComplaintStatus status : kComplaintStatuses)
        m_status->addItem(statusDisplayName(status), int(status));
    m_channel->addItem(tr("Any"), kAny);
    for (ComplaintChannel channel : kComplaintChannels)
        m_channel->addItem(channelDisplayName(channel), int(channel));
    m_category->addItem(tr("Any"), kAny);
    for (ComplaintCategory category : kComplaintCategories)
        m_category->addItem(categoryDisplayName(category), int(category));
    loadAssignees(nullptr);

    m_fiscalYear->addItem(tr("Any"), kAnyYear);
    const int current = FiscalYear::containing(QDate::currentDate()).startYear();
    for (int year = current; year > current - kFiscalYearsOffered; --year)
        m_fiscalYear->addItem(tr("Fiscal year %1 (%2)")
                                  .arg(year)
                                  .arg(JapaneseDate::fiscalYearEra(FiscalYear(year)) + QStringLiteral("年度")),
            year);
    for (QComboBox* combo : { m_status, m_channel, m_category, m_assignee, m_fiscalYear })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_overdue->setToolTip(tr("Complaints still awaiting an answer after their target date"));
    m_dueThisWeek->setToolTip(tr("Complaints awaiting an answer whose target date is within the next seven days"));
    m_possibleBreach->setToolTip(tr("Complaints that may involve a breach of personal data"));
    m_reset->setToolTip(tr("Show every complaint again"));

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(buddyLabel(tr("St&atus:"), m_status, this), 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(buddyLabel(tr("C&hannel:"), m_channel, this), 0, 2);
    grid->addWidget(m_channel, 0, 3);
    grid->addWidget(buddyLabel(tr("Ca&tegory:"), m_category, this), 0, 4);
    grid->addWidget(m_category, 0, 5);
    grid->addWidget(buddyLabel(tr("In char&ge:"), m_assignee, this), 0, 6);
    grid->addWidget(m_assignee, 0, 7);
    grid->addWidget(buddyLabel(tr("Fiscal &year:"), m_fiscalYear, this), 1, 0);
    grid->addWidget(m_fiscalYear, 1, 1);
    grid->addWidget(buddyLabel(tr("Received fro&m:"), m_from->dateEdit(), this), 1, 2);
    grid->addWidget(m_from, 1, 3);
    grid->addWidget(buddyLabel(tr("t&o:"), m_until->dateEdit(), this), 1, 4);
    grid->addWidget(m_until, 1, 5, 1, 3, Qt::AlignLeft);
    grid->setColumnStretch(8, 1);

    auto* checks = new QHBoxLayout;
    checks->setContentsMargins(0, 0, 0, 0);
    checks->addWidget(m_overdue);
    checks->addWidget(m_dueThisWeek);
    checks->addWidget(m_possibleBreach);
    checks->addStretch(1);
    checks->addWidget(m_reset);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(grid);
    layout->addLayout(checks);

    setTabOrder(m_status, m_channel);
    setTabOrder(m_channel, m_category);
    setTabOrder(m_category, m_assignee);
    setTabOrder(m_assignee, m_fiscalYear);
    setTabOrder(m_fiscalYear, m_from->dateEdit());
    setTabOrder(m_from->dateEdit(), m_until->dateEdit());
    setTabOrder(m_until->dateEdit(), m_overdue);
    setTabOrder(m_overdue, m_dueThisWeek);
    setTabOrder(m_dueThisWeek, m_possibleBreach);
    setTabOrder(m_possibleBreach, m_reset);

    for (QComboBox* combo : { m_status, m_channel, m_category, m_assignee, m_fiscalYear })
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintFilterBar::changed);
    for (JapaneseDateEdit* edit : { m_from, m_until })
        connect(edit, &JapaneseDateEdit::dateChanged, this, &ComplaintFilterBar::changed);
    // Overdue and due this week exclude each other: a complaint is one or the other.
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_dueThisWeek->isChecked()) {
            const QSignalBlocker block(m_dueThisWeek);
            m_dueThisWeek->setChecked(false);
        }
        changed();
    });
    connect(m_dueThisWeek, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_overdue->isChecked()) {
            const QSignalBlocker block(m_overdue);
            m_overdue->setChecked(false);
        }
        changed();
    });
    connect(m_possibleBreach, &QCheckBox::toggled, this, &ComplaintFilterBar::changed);
    connect(m_reset, &QPushButton::clicked, this, &ComplaintFilterBar::reset);
    updateReset();
}

QWidget* ComplaintFilterBar::firstInTabOrder() const
{
    return m_status;
}

QWidget* ComplaintFilterBar::lastInTabOrder() const
{
    return m_reset;
}

void ComplaintFilterBar::loadAssignees(Session* session)
{
    const QVariant selected = m_assignee->currentData();
    const QSignalBlocker block(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Any"), qint64(kAny));
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    if (session) {
        // Everyone who may hold a complaint, and former staff, whose complaints stay on the list.
        if (auto accounts = AccountService(*session).accounts()) {
            for (const Account& account : *accounts) {
                if (account.role == Role::Auditor)
                    continue;
                m_assignee->addItem(
                    account.active ? account.displayName : tr("%1 (inactive)").arg(account.displayName), account.id);
            }
        }
    }
    selectData(m_assignee, selected.isValid() ? selected : QVariant(qint64(kAny)));
}

ComplaintFilter ComplaintFilterBar::filter() const
{
    ComplaintFilter filter;
    if (const int status = m_status->currentData().toInt(); status == kNotCompleted)
        filter.statuses = notCompletedStatuses();
    else if (status != kAny)
        filter.statuses = { ComplaintStatus(status) };
    if (const int channel = m_channel->currentData().toInt(); channel != kAny)
        filter.channels = { ComplaintChannel(channel) };
    if (const int category = m_category->currentData().toInt(); category != kAny)
        filter.categories = { ComplaintCategory(category) };
    if (const qint64 assignee = m_assignee->currentData().toLongLong(); assignee != kAny)
        filter.assigneeId = assignee;
    if (const int year = m_fiscalYear->currentData().toInt(); year != kAnyYear)
        filter.fiscalYear = year;
    filter.receivedFrom = m_from->date();
    filter.receivedTo = m_until->date();
    filter.overdueOnly = m_overdue->isChecked();
    if (m_dueThisWeek->isChecked())
        filter.dueWithinDays = ComplaintListModel::kDueSoonDays;
    filter.possibleBreachOnly = m_possibleBreach->isChecked();
    return filter;
}

void ComplaintFilterBar::setFilter(const ComplaintFilter& filter)
{
    m_updating = true;
    if (filter.statuses.isEmpty())
        selectData(m_status, kAny);
    else if (filter.statuses == notCompletedStatuses())
        selectData(m_status, kNotCompleted);
    else
        selectData(m_status, int(filter.statuses.constFirst()));
    selectData(m_channel, filter.channels.isEmpty() ? kAny : int(filter.channels.constFirst()));
    selectData(m_category, filter.categories.isEmpty() ? kAny : int(filter.categories.constFirst()));
    selectData(m_assignee, filter.assigneeId ? *filter.assigneeId : qint64(kAny));
    if (filter.fiscalYear && m_fiscalYear->findData(*filter.fiscalYear) < 0)
        m_fiscalYear->addItem(
            tr("Fiscal year %1 (%2)")
                .arg(*filter.fiscalYear)
                .arg(JapaneseDate::fiscalYearEra(FiscalYear(*filter.fiscalYear)) + QStringLiteral("年度")),
            *filter.fiscalYear);
    selectData(m_fiscalYear, filter.fiscalYear.value_or(kAnyYear));
    m_from->setDate(filter.receivedFrom);
    m_until->setDate(filter.receivedTo);
    m_overdue->setChecked(filter.overdueOnly);
    m_dueThisWeek->setChecked(filter.dueWithinDays.has_value());
    m_possibleBreach->setChecked(filter.possibleBreachOnly);
    m_updating = false;
    updateReset();
}

void ComplaintFilterBar::reset()
{
    setFilter({});
    emit filterChanged();
}

void ComplaintFilterBar::changed()
{
    updateReset();
    if (!m_updating)
        emit filterChanged();
}

void ComplaintFilterBar::updateReset()
{
    const ComplaintFilter current = filter();
    m_reset->setEnabled(!current.statuses.isEmpty() || !current.channels.isEmpty() || !current.categories.isEmpty()
        || current.assigneeId || current.fiscalYear || current.receivedFrom.isValid() || current.receivedTo.isValid()
        || current.overdueOnly || current.dueWithinDays || current.possibleBreachOnly);
}

} // namespace pd::ui
