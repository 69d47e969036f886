// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
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
        int complaints = 0;
    };

    /// Complaints are stored in transactions of this many (ComplaintService::createMany).
    static constexpr int kComplaintBatch = 500;

    explicit DemoGenerator(Session& session);

    /// The day the demo office is "at" (default: the current date). Records are dated relative
    /// to it, so that the same seed and day always give the same records and a demo always has
    /// open, due and overdue complaints.
    void setToday(QDate today) { m_today = today; }

    /// The one-time password of every generated account (they must change it at first login).
    static QByteArray demoAccountPassword();

    /// Accounts, then `records` complaints over the last five fiscal years, across channels,
    /// categories and statuses (old ones closed or withdrawn, recent ones open).
    Result<Summary> generate(int records, quint32 seed);

private:
    Result<int> generateComplaints(int records, QRandomGenerator& random, SyntheticPeople& people);

    Session& m_session;
    QDate m_today;
};

} // namespace pd
