// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PasswordStrengthIndicator.h"

#include "ui/common/ErrorLabel.h"
#include "ui/common/PasswordStrengthBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::ui {

PasswordStrengthIndicator::PasswordStrengthIndicator(QWidget* parent)
    : QWidget(parent)
    , m_bar(new PasswordStrengthBar(this))
    , m_label(new QLabel(this))
    , m_reason(new ErrorLabel(this))
{
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    m_reason->setObjectName(QStringLiteral("passwordReasonLabel"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addWidget(m_bar, 1, Qt::AlignVCenter);
    row->addWidget(m_label);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_reason);
    clear();
}

PasswordAssessment PasswordStrengthIndicator::assess(const QString& password, const QStringList& userInputs)
{
    if (password.isEmpty()) {
        clear();
        return {};
    }
    const PasswordAssessment assessment = PasswordPolicy::assess(password, userInputs);
    m_bar->setScore(assessment.score);
    m_bar->setAccessibleDescription(PasswordPolicy::scoreLabel(assessment.score));
    m_label->setText(tr("Strength: %1").arg(PasswordPolicy::scoreLabel(assessment.score)));
    m_reason->showError(assessment.reason);
    return assessment;
}

void PasswordStrengthIndicator::clear()
{
    m_bar->clear();
    m_label->setText(tr("Strength: –"));
    m_reason->clearError();
}

QString PasswordStrengthIndicator::reason() const
{
    return m_reason->text();
}

} // namespace pd::ui
