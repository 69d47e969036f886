// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QRandomGenerator>
#include <QString>

namespace pd {

class Session;

/// Synthetic but realistic Japanese people: names with their readings, addresses, phones.
/// Deterministic for a given generator state.
class SyntheticPeople
{
public:
    struct Person
    {
        QString familyName;
        QString givenName;
        QString familyKana;
        QString givenKana;
        QString postalCode;
        QString address;
        QString phone;
        QString fullName() const { return familyName + QChar(0x3000) + givenName; }
        QString fullKana() const { return familyKana + QChar(0x3000) + givenKana; }
    };

    explicit SyntheticPeople(QRandomGenerator& random);
    Person next();

private:
    QRandomGenerator& m_random;
};

/// Fills a database with demo records of every kind that exists, for demonstrations,
/// screenshots and benchmarks. The same seed always gives the same records.
class DemoGenerator
{
public:
    struct Summary
    {
        int accounts = 0;
    };

    explicit DemoGenerator(Session& session);

    /// The one-time password of every generated account (they must change it at first login).
    static QByteArray demoAccountPassword();

    Result<Summary> generate(int records, quint32 seed);

private:
    Session& m_session;
};

} // namespace pd
