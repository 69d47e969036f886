// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/PasswordPolicy.h"

#include <QWidget>

class QLabel;

namespace pd::ui {

class ErrorLabel;
class PasswordStrengthBar;

/// Live feedback under a new password: the strength bar, its label ("Strength: Good")
/// and, while the policy refuses the password, the policy's reason.
class PasswordStrengthIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordStrengthIndicator(QWidget* parent = nullptr);

    /// `userInputs` (login, names, organization) are guessable words for the policy.
    PasswordAssessment assess(const QString& password, const QStringList& userInputs);
    void clear();

    QString reason() const;

private:
    PasswordStrengthBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    ErrorLabel* m_reason = nullptr;
};

} // namespace pd::ui
