// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace pd {

/// One version of a letter template. Saving a template adds a version; an issued letter
/// keeps pointing at the version it was issued with.
struct StoredTemplate
{
    qint64 id = 0;
    QString name; // stable ASCII key, e.g. complaint_answer
    int version = 0;
    QString title; // e.g. 苦情への回答書
    QString html;
    bool builtIn = false;
    QDateTime createdUtc;
    QString createdBy;
};

/// A letter as it was sent: its number, the exact PDF and the data it was filled with.
struct IssuedLetter
{
    qint64 id = 0;
    QString documentNumber;
    int fiscalYear = 0;
    qint64 sequence = 0;
    qint64 templateId = 0;
    QString templateName;
    int templateVersion = 0;
    QString recordType;
    qint64 recordId = 0;
    QString recordNumber; // 受付番号 of the record it answers
    QDate issueDate;      // 発信日 printed on the letter
    QString recipientName;
    QString title;
    QString dataJson;
    QByteArray pdf; // empty in listings; loaded on demand
    QByteArray pdfHash;
    int pageCount = 0;
    QDateTime issuedUtc;
    qint64 issuedBy = 0;
    QString issuedByName;
};

} // namespace pd
