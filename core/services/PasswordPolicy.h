// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pd {

struct PasswordAssessment
{
    int score = 0;          // 0 (very weak) … 4 (strong)
    double entropyBits = 0; // zxcvbn's estimate
    bool acceptable = false;
    QString reason;         // why it is refused, in the user's language; empty when acceptable
};

/// The one rule for passwords that protect the data key.
class PasswordPolicy
{
public:
    static constexpr int kMinimumLength = 10;
    static constexpr double kMinimumEntropyBits = 40.0;

    /// `userInputs` (login, names, organization) count as guessable words.
    static PasswordAssessment assess(const QString& password, const QStringList& userInputs = {});
    static QString scoreLabel(int score);
};

} // namespace pd
