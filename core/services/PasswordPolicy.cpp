// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PasswordPolicy.h"

#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>

#include <mutex>
#include <vector>

#include <zxcvbn.h>

namespace pd {

namespace {
struct PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};
} // namespace

PasswordAssessment PasswordPolicy::assess(const QString& password, const QStringList& userInputs)
{
    PasswordAssessment result;
    QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> inputBytes;
    std::vector<const char*> inputs;
    for (const QString& input : userInputs) {
        if (!input.trimmed().isEmpty())
            inputBytes.push_back(input.trimmed().toUtf8());
    }
    for (const QByteArray& bytes : inputBytes)
        inputs.push_back(bytes.constData());
    inputs.push_back(nullptr);

    static std::once_flag initialized;
    std::call_once(initialized, [] { ZxcvbnInit(nullptr); });
    result.entropyBits = utf8.isEmpty() ? 0.0 : ZxcvbnMatch(utf8.constData(), inputs.data(), nullptr);
    wipe(utf8);

    const double bits = result.entropyBits;
    result.score = bits < 20 ? 0 : bits < 35 ? 1 : bits < kMinimumEntropyBits ? 2 : bits < 60 ? 3 : 4;

    const qsizetype length = password.size();
    bool containsInput = false;
    for (const QString& input : userInputs)
        if (input.trimmed().size() >= 3 && password.contains(input.trimmed(), Qt::CaseInsensitive))
            containsInput = true;

    if (length < kMinimumLength)
        result.reason = PolicyText::tr("Use at least %n characters.", nullptr, kMinimumLength);
    else if (containsInput)
        result.reason = PolicyText::tr("Do not use your login name, your name or the organization's name in the password.");
    else if (bits < kMinimumEntropyBits)
        result.reason = PolicyText::tr("This password is easy to guess. Add more words or characters that do not follow a pattern.");
    result.acceptable = result.reason.isEmpty();
    return result;
}

QString PasswordPolicy::scoreLabel(int score)
{
    switch (score) {
    case 0:
        return PolicyText::tr("Very weak");
    case 1:
        return PolicyText::tr("Weak");
    case 2:
        return PolicyText::tr("Fair");
    case 3:
        return PolicyText::tr("Good");
    default:
        return PolicyText::tr("Strong");
    }
}

} // namespace pd
