// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd {

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

    qint64 revision = 0;
};

} // namespace pd
