// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/RecoveryKeyPrinter.h"

#include "ui/common/DateFormat.h"

#include <QFont>
#include <QPrinter>
#include <QStringList>
#include <QTextDocument>

namespace pd::ui {

QString RecoveryKeyPrinter::keyInLines(const QString& recoveryKey, int groupsPerLine)
{
    const QStringList groups = recoveryKey.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += groupsPerLine)
        lines.append(groups.mid(i, groupsPerLine).join(QLatin1Char('-')));
    return lines.join(QLatin1Char('\n'));
}

QString RecoveryKeyPrinter::html(const Sheet& sheet)
{
    const QString key = keyInLines(sheet.recoveryKey).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                              QStringLiteral("<br>"));
    QString text;
    text += QStringLiteral("<h2>%1</h2>").arg(tr("PrivacyDesk Recovery Key").toHtmlEscaped());
    text += QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    auto row = [&text](const QString& label, const QString& value) {
        text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(),
                                                                           value.toHtmlEscaped());
    };
    row(tr("Organization:"), sheet.organizationName);
    row(tr("Created on:"), displayDate(sheet.date));
    row(tr("Database folder:"), sheet.location);
    text += QStringLiteral("</table>");
    text += QStringLiteral("<p style='margin-top:24pt; margin-bottom:24pt; font-family:monospace; font-size:18pt; "
                           "font-weight:bold;'>%1</p>")
                .arg(key);
    text += QStringLiteral("<p>%1</p>")
                .arg(tr("This key opens the database when every password has been lost. Whoever holds it can read "
                        "all personal data in the database.")
                         .toHtmlEscaped());
    text += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>")
                .arg(tr("Keep this sheet in a locked place, such as the office safe, separate from the computer.")
                         .toHtmlEscaped(),
                     tr("Do not photograph, scan or e-mail it.").toHtmlEscaped(),
                     tr("Using the key is recorded in the audit log.").toHtmlEscaped());
    return text;
}

void RecoveryKeyPrinter::print(const Sheet& sheet, QPrinter* printer)
{
    QTextDocument document;
    QFont font(QStringLiteral("Noto Sans CJK JP"), 11);
    document.setDefaultFont(font);
    document.setHtml(html(sheet));
    document.print(printer);
}

} // namespace pd::ui
