// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Letter.h"

#include <QList>

namespace pd::storage {

class Database;
class Writer;

namespace NumberCounters {
/// The next number of `series` in `fiscalYear`. Must run inside the write transaction that
/// uses the number (BEGIN IMMEDIATE holds the write lock), so two processes never get the
/// same number and a rolled-back transaction gives its number back.
Result<qint64> next(Writer& writer, const QString& series, int fiscalYear);
Result<qint64> peek(Database& db, const QString& series, int fiscalYear);
} // namespace NumberCounters

namespace TemplateTable {
Result<QList<StoredTemplate>> latestVersions(Database& db);
Result<std::optional<StoredTemplate>> latest(Database& db, const QString& name);
Result<std::optional<StoredTemplate>> byId(Database& db, qint64 id);
Result<QList<StoredTemplate>> versions(Database& db, const QString& name);
/// Adds the next version of `name`; returns the stored row.
Result<StoredTemplate> addVersion(Writer& writer, const StoredTemplate& draft);
} // namespace TemplateTable

namespace IssuedLetterTable {
Result<qint64> insert(Writer& writer, const IssuedLetter& letter);
/// Without the PDF bytes.
Result<QList<IssuedLetter>> forRecord(Database& db, const QString& recordType, qint64 recordId);
Result<QList<IssuedLetter>> issuedBetween(Database& db, const QDateTime& fromUtc, const QDateTime& untilUtc);
/// With the PDF bytes.
Result<std::optional<IssuedLetter>> byId(Database& db, qint64 id);
Result<std::optional<IssuedLetter>> byNumber(Database& db, const QString& documentNumber);
} // namespace IssuedLetterTable

} // namespace pd::storage
