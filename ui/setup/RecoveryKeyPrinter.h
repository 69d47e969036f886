// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPrinter;
class QTextDocument;

namespace pd::ui {

/// The recovery key sheet: organization, date, database folder and the key, with what
/// to do with the sheet. Built in memory and sent to the printer, never saved as a file
/// by us (the print system's spool is in the private temporary folder).
class RecoveryKeyPrinter
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::RecoveryKeyPrinter)

public:
    struct Sheet
    {
        QString organizationName;
        QString location;
        QString recoveryKey;
        QDate date;
    };

    /// The sheet as HTML (every value escaped).
    static QString html(const Sheet& sheet);
    static void print(const Sheet& sheet, QPrinter* printer);
    /// The key in lines of `groupsPerLine` groups, for display and print.
    static QString keyInLines(const QString& recoveryKey, int groupsPerLine = 7);
};

} // namespace pd::ui
