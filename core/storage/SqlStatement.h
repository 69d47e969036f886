// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace pd::storage {

class Database;

/// A prepared statement. Values are always bound, never formatted into SQL.
class SqlStatement
{
public:
    SqlStatement() = default;
    SqlStatement(sqlite3* db, sqlite3_stmt* statement);
    ~SqlStatement();
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&& other) noexcept;
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    /// A null QString binds as empty text; use bindNull() for SQL NULL.
    SqlStatement& bind(int index, const QString& value);
    SqlStatement& bind(int index, const QByteArray& value);
    SqlStatement& bind(int index, qint64 value);
    SqlStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqlStatement& bind(int index, const QVariant& value);
    SqlStatement& bindNull(int index);
    /// Binds key material without a copy: `value` must outlive the statement's next step.
    SqlStatement& bindSecret(int index, const SecureBytes& value);

    /// True when a row is available, false when done.
    Result<bool> step();
    /// Runs to completion (for statements that return no rows).
    Status run();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    /// A blob read straight into secure memory (key material).
    SecureBytes secureBlob(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;
    int columnCount() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

/// Every row of `statement`, each turned into a T by `read`.
template <typename T, typename Read>
Result<QList<T>> collect(SqlStatement& statement, Read read)
{
    QList<T> rows;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return rows;
        rows.append(read(statement));
    }
}

/// The first row of `statement` as a T, or nothing when there is none.
template <typename T, typename Read>
Result<std::optional<T>> single(SqlStatement& statement, Read read)
{
    auto row = statement.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<T>();
    return std::optional<T>(read(statement));
}

/// Maps an SQLite result code to our error kinds.
Error sqliteError(sqlite3* db, int code);

} // namespace pd::storage
