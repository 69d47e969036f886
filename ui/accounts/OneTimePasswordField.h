// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/PasswordPolicy.h"

#include <QStringList>
#include <QWidget>

class QPushButton;

namespace pd::ui {

class PasswordLineEdit;
class PasswordStrengthIndicator;

/// The one-time password the privacy officer gives someone (a new account, a reset): the field,
/// Generate (a random password that is easy to read out) and the strength shown as it is typed,
/// judged against the person's login and name.
class OneTimePasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit OneTimePasswordField(QWidget* parent = nullptr);
    ~OneTimePasswordField() override;

    /// A random one-time password that is easy to read out and type: four groups of four.
    static QString generatePassword();

    PasswordLineEdit* edit() const { return m_password; }
    QString text() const;
    /// The words the password must not be built from (login, name); assessed again at once.
    void setPersonalWords(const QStringList& words);
    PasswordAssessment assess();

signals:
    void edited();

private:
    void updateStrength();

    PasswordLineEdit* m_password = nullptr;
    QPushButton* m_generate = nullptr;
    PasswordStrengthIndicator* m_strength = nullptr;
    QStringList m_personalWords;
};

} // namespace pd::ui
