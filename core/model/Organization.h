// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

namespace pd {

/// The hours when the office works, in Japan time: audit entries outside them are worth a look.
/// The society's policy, stored with the organization; the rule itself is contains().
struct OfficeHours
{
    QTime start = QTime(8, 30);
    QTime end = QTime(18, 0); // the first minute after office hours
    bool closedOnSaturdays = true;
    bool closedOnSundays = true;
    bool closedOnHolidays = true; // 国民の祝日 and the other 休日 of the law (JapaneseHolidays)
    bool closedAtYearEnd = true;  // 年末年始, 29 December – 3 January, usual for a 健康保険組合

    /// Japan has no daylight saving time: a fixed UTC+9 keeps the rule independent of the system zone.
    static QDateTime toJapanTime(const QDateTime& utc);
    /// Within [start, end) JST on a day the office is open. Defined with the audit review (AuditReview.cpp).
    bool contains(const QDateTime& utc) const;
    bool operator==(const OfficeHours&) const = default;
};

/// One account viewing at least `minimumViews` records within `windowMinutes` minutes.
struct BulkViewingRule
{
    int minimumViews = 30;
    int windowMinutes = 10;
    bool operator==(const BulkViewingRule&) const = default;
};

/// What the audit review's anomaly views look for; AuditReview::validatePolicy says what may be saved.
struct AuditPolicy
{
    OfficeHours officeHours;
    BulkViewingRule bulkViewing;
    bool operator==(const AuditPolicy&) const = default;
};

/// The society as it presents itself on letters and the public notice (seed section 4).
struct Organization
{
    QString name;      // 組合名
    QString shortName; // 略称, used in document numbers
    QString postalCode;
    QString address;
    QString phone;
    QString fax;
    QString email;

    // Letters (文書)
    QString department;  // 担当部署 printed in the 担当 block
    QString senderTitle; // 発信者職名, e.g. 理事長 or 個人情報取扱責任者
    QString senderName;  // 発信者氏名
    enum class SealMode { Omitted, Printed, Image };
    SealMode sealMode = SealMode::Omitted; // （公印省略） / 公印押印 / scanned seal image
    QByteArray sealImage;                  // PNG
    QString documentNumberFormat = QStringLiteral("{略称}健保発第{n}号");

    // Complaints (苦情); ComplaintService validates both.
    QString complaintNumberFormat = QStringLiteral("苦-{年度}-{n:4}"); // 受付番号, numbered per fiscal year
    int complaintAnswerDays = 14; // target answer date = received date + this many days
    int attachmentLimitMb = 25; // largest file attached to a complaint (scan, FAX, email attachment), in MB

    // Audit review (監査); OrganizationService validates it and only the officer may change it.
    AuditPolicy auditPolicy;

    qint64 revision = 0;
};

} // namespace pd
