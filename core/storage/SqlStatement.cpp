// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlStatement.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <utility>

namespace pd::storage {

Error sqliteError(sqlite3* db, int code)
{
    const int primary = code & 0xff;
    ErrorKind kind = ErrorKind::Internal;
    switch (primary) {
    case SQLITE_NOTADB:
        kind = ErrorKind::NotADatabase;
        break;
    case SQLITE_CORRUPT:
        kind = ErrorKind::Corrupt;
        break;
    case SQLITE_FULL:
        kind = ErrorKind::DiskFull;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorKind::Busy;
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        kind = ErrorKind::ReadOnly;
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        kind = ErrorKind::Io;
        break;
    case SQLITE_CONSTRAINT:
        kind = ErrorKind::Conflict;
        break;
    case SQLITE_INTERRUPT:
        kind = ErrorKind::Cancelled;
        break;
    default:
        break;
    }
    // sqlite3_errstr names the code only; sqlite3_errmsg could echo values, so it is not used.
    Q_UNUSED(db);
    return Error{kind, QStringLiteral("SQLite %1: %2").arg(code).arg(QString::fromUtf8(sqlite3_errstr(code)))};
}

SqlStatement::SqlStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{
}

SqlStatement::~SqlStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqlStatement& SqlStatement::operator=(SqlStatement&& other) noexcept
{
    if (this != &other) {
        if (m_statement)
            sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QString& value)
{
    // A null QString is an empty text, not SQL NULL: NULL is always bound explicitly.
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QByteArray& value)
{
    sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QVariant& value)
{
    if (!value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

SqlStatement& SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<bool> SqlStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(sqliteError(m_db, rc));
}

Status SqlStatement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString SqlStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqlStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QVariant SqlStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB:
        return blob(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

int SqlStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

SqlStatement& SqlStatement::bindSecret(int index, const SecureBytes& value)
{
    sqlite3_bind_blob(m_statement, index, value.data(), int(value.size()), SQLITE_STATIC);
    return *this;
}

SecureBytes SqlStatement::secureBlob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
    return SecureBytes(data, std::size_t(sqlite3_column_bytes(m_statement, column)));
}

} // namespace pd::storage
