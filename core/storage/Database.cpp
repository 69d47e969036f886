// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/crypto/Crypto.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QFile>

#include <cstring>

namespace pd::storage {

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_db)
        return;
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Status Database::open(const QString& path, const SecureBytes& key, bool create, JournalMode journal,
                      const CipherSettings& cipher)
{
    close();
    if (key.size() != crypto::kDataKeySize)
        return fail(ErrorKind::Internal, QStringLiteral("key size"));
    if (!create && !QFile::exists(path))
        return fail(ErrorKind::NotFound, QStringLiteral("database file"));

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(m_db, rc);
        close();
        return std::unexpected(error);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Before the first read: another process may hold a checkpoint lock for a moment.
    sqlite3_busy_timeout(m_db, 5000);

    {
        const SecureBytes literal = crypto::rawKeyLiteral(key);
        const auto* text = reinterpret_cast<const char*>(literal.data());
        rc = sqlite3_key(m_db, text, int(std::strlen(text)));
    }
    if (rc != SQLITE_OK) {
        close();
        return fail(ErrorKind::Internal, QStringLiteral("sqlite3_key"));
    }

    // Refuse to continue on a plain SQLite: an empty cipher_version means no encryption.
    if (cipherVersion().isEmpty()) {
        close();
        return fail(ErrorKind::Internal, QStringLiteral("SQLCipher is not active"));
    }

    const QByteArray settings = QStringLiteral("PRAGMA cipher_page_size = %1; PRAGMA cipher_use_hmac = %2; "
                                               "PRAGMA kdf_iter = %3;")
                                    .arg(cipher.pageSize)
                                    .arg(cipher.hmac ? QStringLiteral("ON") : QStringLiteral("OFF"))
                                    .arg(cipher.kdfIter)
                                    .toLatin1();
    if (auto status = exec(settings.constData()); !status) {
        close();
        return status;
    }

    // The first read proves the key; a wrong key or damaged first page fails here, before any write.
    auto probe = prepare("SELECT count(*) FROM sqlite_master");
    if (!probe) {
        Error error = probe.error();
        close();
        return std::unexpected(error);
    }
    if (auto row = probe->step(); !row) {
        Error error = row.error();
        probe = SqlStatement();
        close();
        return std::unexpected(error);
    }
    probe = SqlStatement();

    // An empty or foreign file would otherwise pass as a new, empty database.
    if (!create) {
        auto id = applicationId();
        if (!id || *id != kApplicationId) {
            Error error = id ? Error{ErrorKind::NotADatabase, {}} : id.error();
            close();
            return std::unexpected(error);
        }
    }

    const char* journalPragma = journal == JournalMode::Wal ? "PRAGMA journal_mode = WAL;"
                                                            : "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = NORMAL;";
    for (const char* pragma : {journalPragma, "PRAGMA synchronous = FULL;", "PRAGMA foreign_keys = ON;",
                               "PRAGMA secure_delete = ON;", "PRAGMA temp_store = MEMORY;", "PRAGMA cache_size = -65536;"}) {
        if (auto status = exec(pragma); !status) {
            close();
            return status;
        }
    }
    return {};
}

void Database::setProgressHandler(std::function<bool()> keepGoing, int instructions)
{
    m_keepGoing = std::move(keepGoing);
    if (!m_db)
        return;
    if (!m_keepGoing) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, instructions,
        [](void* self) -> int { return static_cast<Database*>(self)->m_keepGoing() ? 0 : 1; }, this);
}

Status Database::exec(const char* sql)
{
    if (!m_db)
        return fail(ErrorKind::Internal, QStringLiteral("database closed"));
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, rc));
    return {};
}

Result<SqlStatement> Database::prepare(const char* sql)
{
    if (!m_db)
        return fail(ErrorKind::Internal, QStringLiteral("database closed"));
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, rc));
    return SqlStatement(m_db, statement);
}

Result<SqlStatement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return prepare(utf8.constData());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<int> Database::userVersion()
{
    auto statement = prepare("PRAGMA user_version");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return int(statement->integer(0));
}

Status Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return exec(sql.constData());
}

Result<qint64> Database::applicationId()
{
    auto statement = prepare("PRAGMA application_id");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return statement->integer(0);
}

Status Database::integrityCheck()
{
    auto statement = prepare("PRAGMA integrity_check");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || statement->text(0) != QLatin1String("ok"))
        return fail(ErrorKind::Corrupt, QStringLiteral("integrity_check"));
    return {};
}

QString Database::cipherVersion()
{
    auto statement = prepare("PRAGMA cipher_version");
    if (!statement)
        return {};
    auto row = statement->step();
    if (!row || !*row)
        return {};
    return statement->text(0);
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Status Database::begin()
{
    return exec("BEGIN IMMEDIATE");
}

Status Database::commit()
{
    return exec("COMMIT");
}

void Database::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

} // namespace pd::storage
