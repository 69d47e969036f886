// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/OneTimePasswordField.h"

#include "ui/common/PasswordLineEdit.h"
#include "ui/common/PasswordStrengthIndicator.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace pd::ui {

OneTimePasswordField::OneTimePasswordField(QWidget* parent)
    : QWidget(parent)
    , m_password(new PasswordLineEdit(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_strength(new PasswordStrengthIndicator(this))
{
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setAutoDefault(false);
    setFocusProxy(m_password);

    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_generate);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_strength);

    connect(m_generate, &QPushButton::clicked, this, [this] {
        m_password->setText(generatePassword());
        m_password->setRevealed(true);
        emit edited();
    });
    connect(m_password, &QLineEdit::textChanged, this, &OneTimePasswordField::updateStrength);
    connect(m_password, &QLineEdit::textEdited, this, &OneTimePasswordField::edited);
    updateStrength();
}

OneTimePasswordField::~OneTimePasswordField()
{
    m_password->clear();
}

QString OneTimePasswordField::generatePassword()
{
    // No 0/O, 1/l/I: the password is read out or written on paper.
    static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    constexpr int kAlphabetSize = int(sizeof kAlphabet) - 1;
    QString password;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            password += QLatin1Char('-');
        for (int i = 0; i < 4; ++i)
            password += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(kAlphabetSize)]);
    }
    return password;
}

QString OneTimePasswordField::text() const
{
    return m_password->text();
}

void OneTimePasswordField::setPersonalWords(const QStringList& words)
{
    m_personalWords = words;
    updateStrength();
}

PasswordAssessment OneTimePasswordField::assess()
{
    return m_strength->assess(m_password->text(), m_personalWords);
}

void OneTimePasswordField::updateStrength()
{
    (void)assess();
}

} // namespace pd::ui
