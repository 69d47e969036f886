// SPDX-License-Identifier: GPL-3.0-or-later
// What encryption costs on our own workload: the same SQLCipher library with a raw key and
// without one (plain SQLite), the same page size and pragmas as core/storage/Database.cpp.
//
// Workload (complaint-shaped rows: name, kana, phone, address, ~200 Japanese characters of
// free text, date), as the complaint list runs it:
//   insert  N rows in transactions of 1000, each with its search tokens (ComplaintSearch) in the
//           FTS4 index, as ComplaintTables writes them
//   search  50 searches as the search box runs them: the FTS4 MATCH count and the newest 100 rows
//   count   COUNT(*) over date ranges (each month of a fiscal year, and the whole year)
// Target: encrypted/plain ≤ 1.3 over that workload. Not gated, for reference: the same 50
// searches as LIKE '%…%' full scans, the worst case (the program does not search that way).
// Also prints the process peak RSS.
//
//   bench_storage [--rows N] [--cache-mib N] [--no-wipe]
// --cache-mib changes cache_size for both runs (core uses 32 MB) to show how much of the
// difference is pages decrypted again because they did not stay in SQLite's page cache.
// Exit code 0 when the target is met, 1 when it is missed, 2 on a setup error.
#include "core/complaints/ComplaintSearch.h"
#include "core/crypto/Crypto.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/WipingAllocator.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <array>
#include <cstdio>
#include <cstring>
#include <vector>

#include <sys/resource.h>

using namespace pd;

namespace {

constexpr double kTargetRatio = 1.3;
constexpr int kBatch = 1000;
constexpr quint32 kSeed = 20251125u;

// Phrases of the kind the complaint desk writes down; joined to about 200 characters.
constexpr std::array kPhrases {
    u"保険証の再発行について問い合わせがありました。",
    u"医療費通知に記載された受診内容に心当たりがないとのことです。",
    u"被扶養者の認定に関する書類の提出期限を確認したいとの申し出。",
    u"個人情報の開示請求の手続きについて説明を求められました。",
    u"電話での本人確認の方法に不満があるとのご意見。",
    u"特定健診の結果が以前の住所に送付されたとの苦情。",
    u"傷病手当金の審査状況について照会がありました。",
    u"窓口職員の対応が丁寧でなかったとのご指摘を受けました。",
    u"マイナンバーの提出を求める理由について質問がありました。",
    u"高額療養費の支給決定通知が届いていないとの連絡。",
    u"退職後の任意継続の手続きについて相談を受けました。",
    u"レセプトの開示を希望されています。",
    u"第三者行為による傷病の届出について案内しました。",
    u"保健指導の案内を今後送らないでほしいとのご要望。",
    u"ＦＡＸの誤送信ではないかとの問い合わせ。",
    u"封書が開封された状態で届いたとの申告がありました。",
    u"折り返しの電話を希望、平日の午後であれば在宅とのこと。",
    u"担当者から後日書面で回答する旨を伝えました。",
};

// 50 searches: names, readings, words from the text, and terms that match nothing (full scans).
constexpr std::array kSearchTerms {
    u"佐藤",
    u"鈴木",
    u"高橋",
    u"田中",
    u"長谷川",
    u"佐々木",
    u"村上",
    u"近藤",
    u"林",
    u"森",
    u"サトウ",
    u"スズキ",
    u"タカハシ",
    u"ハセガワ",
    u"ササキ",
    u"コバヤシ",
    u"イノウエ",
    u"ヤマザキ",
    u"翔太",
    u"陽菜",
    u"由美子",
    u"真由美",
    u"ユミコ",
    u"ケイコ",
    u"保険証",
    u"開示請求",
    u"傷病手当金",
    u"高額療養費",
    u"任意継続",
    u"誤送信",
    u"本人確認",
    u"マイナンバー",
    u"レセプト",
    u"第三者行為",
    u"保健指導",
    u"開封",
    u"折り返し",
    u"書面で回答",
    u"被扶養者",
    u"特定健診",
    u"心当たり",
    u"丁寧",
    u"該当なし",
    u"生活保護",
    u"介護保険",
    u"年金手帳",
    u"ＤＶ",
    u"弁護士",
    u"裁判所",
    u"ストーカー",
};
static_assert(kSearchTerms.size() == 50);

struct Row
{
    QByteArray received; // "YYYY-MM-DD HH:MM" sorts as text
    QByteArray name;
    QByteArray kana;
    QByteArray phone;
    QByteArray address;
    QByteArray body;
    QByteArray tokens; // the FTS4 document, as ComplaintSearch makes it
};

/// Deterministic rows: both databases get exactly the same data.
class RowSource
{
public:
    RowSource()
        : m_random(kSeed)
        , m_people(m_random)
    {
    }

    std::vector<Row> next(int count)
    {
        std::vector<Row> rows;
        rows.reserve(std::size_t(count));
        const QDate first(2020, 4, 1);
        for (int i = 0; i < count; ++i) {
            const SyntheticPeople::Person person = m_people.next();
            Row row;
            const QDate day = first.addDays(m_random.bounded(6 * 365));
            row.received = (day.toString(Qt::ISODate)
                + QStringLiteral(" %1:%2")
                      .arg(m_random.bounded(8, 19), 2, 10, QLatin1Char('0'))
                      .arg(m_random.bounded(60), 2, 10, QLatin1Char('0')))
                               .toUtf8();
            row.name = person.fullName().toUtf8();
            row.kana = person.fullKana().toUtf8();
            row.phone = person.phone.toUtf8();
            row.address = (person.postalCode + QLatin1Char(' ') + person.address).toUtf8();
            QString body;
            while (body.size() < 200)
                body += QString::fromUtf16(kPhrases[m_random.bounded(int(kPhrases.size()))]);
            row.body = body.left(200).toUtf8();
            row.tokens = ComplaintSearch::documentTokens({QString::fromUtf8(row.name), QString::fromUtf8(row.kana),
                                                          QString::fromUtf8(row.phone), QString::fromUtf8(row.address),
                                                          QString::fromUtf8(row.body)})
                             .toUtf8();
            rows.push_back(std::move(row));
        }
        return rows;
    }

private:
    QRandomGenerator m_random;
    SyntheticPeople m_people;
};

struct PhaseTimes
{
    double insertMs = 0;
    double ftsSearchMs = 0;
    double searchMs = 0; // LIKE, not part of the total
    double countMs = 0;
    qint64 ftsHits = 0;
    qint64 searchHits = 0;
    qint64 counted = 0;
    qint64 fileBytes = 0;
    QByteArray plan;
    double total() const { return insertMs + ftsSearchMs + countMs; }
};

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

class Connection
{
public:
    explicit Connection(int cacheMib)
        : m_cacheMib(cacheMib)
    {
    }
    ~Connection() { close(); }

    bool open(const QString& path, const SecureBytes* key)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr)
            != SQLITE_OK)
            return report("open");
        if (key) {
            // Exactly as Database::open: raw key literal, then the cipher settings on every open.
            const SecureBytes literal = crypto::rawKeyLiteral(*key);
            const auto* text = reinterpret_cast<const char*>(literal.data());
            if (sqlite3_key(m_db, text, int(std::strlen(text))) != SQLITE_OK)
                return report("sqlite3_key");
            if (!exec("PRAGMA cipher_page_size = 4096; PRAGMA cipher_use_hmac = ON; PRAGMA kdf_iter = 64000;"))
                return false;
        } else if (!exec("PRAGMA page_size = 4096;")) {
            return false;
        }
        sqlite3_busy_timeout(m_db, 5000);
        const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(m_cacheMib * 1000) + ';';
        return exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                    "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;")
            && exec(cache.constData());
    }

    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

    sqlite3* handle() const { return m_db; }

    bool exec(const char* sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            std::fprintf(stderr, "bench_storage: %s: %s\n", sql, message ? message : "?");
            sqlite3_free(message);
            return false;
        }
        return true;
    }

    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            report(sql);
            return nullptr;
        }
        return statement;
    }

    QString cipherVersion()
    {
        sqlite3_stmt* statement = prepare("PRAGMA cipher_version");
        QString version;
        if (statement && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
            version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return version;
    }

    bool report(const char* what)
    {
        std::fprintf(stderr, "bench_storage: %s: %s\n", what, m_db ? sqlite3_errmsg(m_db) : "no handle");
        return false;
    }

private:
    sqlite3* m_db = nullptr;
    int m_cacheMib;
};

void bindText(sqlite3_stmt* statement, int index, const QByteArray& text)
{
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

bool insertPhase(Connection& db, int rowCount, PhaseTimes& times)
{
    if (!db.exec("CREATE TABLE complaints (id INTEGER PRIMARY KEY, received TEXT NOT NULL, name TEXT NOT NULL, "
                 "kana TEXT NOT NULL, phone TEXT NOT NULL, address TEXT NOT NULL, body TEXT NOT NULL);"
                 "CREATE INDEX complaints_received ON complaints (received);"
                 // As migration v4: tokens kept in a table, indexed by an external-content FTS4 table.
                 "CREATE TABLE complaint_search (complaint_id INTEGER PRIMARY KEY REFERENCES complaints (id), "
                 "tokens TEXT NOT NULL);"
                 "CREATE VIRTUAL TABLE complaint_fts USING fts4 (content=\"complaint_search\", tokens);"))
        return false;
    sqlite3_stmt* insert
        = db.prepare("INSERT INTO complaints (received, name, kana, phone, address, body) VALUES (?, ?, ?, ?, ?, ?)");
    sqlite3_stmt* tokens = db.prepare("INSERT INTO complaint_search (complaint_id, tokens) VALUES (?, ?)");
    sqlite3_stmt* index = db.prepare("INSERT INTO complaint_fts (docid, tokens) VALUES (?, ?)");
    if (!insert || !tokens || !index)
        return false;
    RowSource source;
    bool ok = true;
    for (int done = 0; ok && done < rowCount; done += kBatch) {
        // Rows are made outside the measured time: only the database work is compared.
        const std::vector<Row> rows = source.next(std::min(kBatch, rowCount - done));
        QElapsedTimer timer;
        timer.start();
        ok = db.exec("BEGIN IMMEDIATE");
        for (const Row& row : rows) {
            if (!ok)
                break;
            bindText(insert, 1, row.received);
            bindText(insert, 2, row.name);
            bindText(insert, 3, row.kana);
            bindText(insert, 4, row.phone);
            bindText(insert, 5, row.address);
            bindText(insert, 6, row.body);
            ok = sqlite3_step(insert) == SQLITE_DONE || db.report("insert");
            sqlite3_reset(insert);
            const sqlite3_int64 id = sqlite3_last_insert_rowid(db.handle());
            for (sqlite3_stmt* statement : {tokens, index}) {
                sqlite3_bind_int64(statement, 1, id);
                bindText(statement, 2, row.tokens);
                ok = ok && (sqlite3_step(statement) == SQLITE_DONE || db.report("search index"));
                sqlite3_reset(statement);
            }
        }
        ok = ok && db.exec("COMMIT");
        times.insertMs += elapsedMs(timer);
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(tokens);
    sqlite3_finalize(index);
    return ok;
}

/// As the complaint list searches (ComplaintTables): the count of matches, then the newest page.
bool ftsSearchPhase(Connection& db, PhaseTimes& times)
{
    sqlite3_stmt* count = db.prepare("SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH ?1");
    sqlite3_stmt* page = db.prepare("SELECT id, received, name, kana, phone FROM complaints "
                                    "WHERE +id IN (SELECT docid FROM complaint_fts WHERE complaint_fts MATCH ?1) "
                                    "ORDER BY received DESC LIMIT 100");
    if (!count || !page)
        return false;
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    for (const char16_t* term : kSearchTerms) {
        const QByteArray match = ComplaintSearch::matchExpression(QString::fromUtf16(term)).toUtf8();
        if (match.isEmpty())
            continue;
        bindText(count, 1, match);
        ok = sqlite3_step(count) == SQLITE_ROW || db.report("search count");
        sqlite3_reset(count);
        bindText(page, 1, match);
        int rc = SQLITE_ROW;
        while (ok && (rc = sqlite3_step(page)) == SQLITE_ROW) {
            for (int column = 0; column < 5; ++column)
                sqlite3_column_text(page, column);
            ++times.ftsHits;
        }
        sqlite3_reset(page);
        ok = ok && (rc == SQLITE_DONE || db.report("search page"));
        if (!ok)
            break;
    }
    times.ftsSearchMs = elapsedMs(timer);
    sqlite3_finalize(count);
    sqlite3_finalize(page);
    return ok;
}

constexpr auto kSearchSql = "SELECT id, received, name, kana, phone FROM complaints "
                            "WHERE name LIKE ?1 OR kana LIKE ?1 OR body LIKE ?1 "
                            "ORDER BY received DESC LIMIT 100";

QByteArray queryPlan(Connection& db)
{
    QByteArray plan;
    sqlite3_stmt* explain = db.prepare(QByteArray("EXPLAIN QUERY PLAN ") + kSearchSql);
    while (explain && sqlite3_step(explain) == SQLITE_ROW)
        plan += (plan.isEmpty() ? "" : "; ")
            + QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(explain, 3)));
    sqlite3_finalize(explain);
    return plan;
}

bool searchPhase(Connection& db, PhaseTimes& times)
{
    sqlite3_stmt* search = db.prepare(kSearchSql);
    if (!search)
        return false;
    QElapsedTimer timer;
    timer.start();
    for (const char16_t* term : kSearchTerms) {
        const QByteArray pattern = (QLatin1Char('%') + QString::fromUtf16(term) + QLatin1Char('%')).toUtf8();
        bindText(search, 1, pattern);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(search)) == SQLITE_ROW) {
            // Read what a list view shows, so that the rows are really decoded.
            for (int column = 0; column < 5; ++column)
                sqlite3_column_text(search, column);
            ++times.searchHits;
        }
        sqlite3_reset(search);
        if (rc != SQLITE_DONE) {
            sqlite3_finalize(search);
            return db.report("search");
        }
    }
    times.searchMs = elapsedMs(timer);
    sqlite3_finalize(search);
    return true;
}

bool countPhase(Connection& db, PhaseTimes& times)
{
    sqlite3_stmt* count = db.prepare("SELECT count(*) FROM complaints WHERE received >= ?1 AND received < ?2");
    if (!count)
        return false;
    // Fiscal year 2024 (April 2024 – March 2025): each month, then the whole year.
    std::vector<std::pair<QByteArray, QByteArray>> ranges;
    const QDate start(2024, 4, 1);
    for (int month = 0; month < 12; ++month)
        ranges.emplace_back(start.addMonths(month).toString(Qt::ISODate).toUtf8(),
            start.addMonths(month + 1).toString(Qt::ISODate).toUtf8());
    ranges.emplace_back(start.toString(Qt::ISODate).toUtf8(), start.addYears(1).toString(Qt::ISODate).toUtf8());
    QElapsedTimer timer;
    timer.start();
    for (const auto& [from, until] : ranges) {
        bindText(count, 1, from);
        bindText(count, 2, until);
        if (sqlite3_step(count) != SQLITE_ROW) {
            sqlite3_finalize(count);
            return db.report("count");
        }
        times.counted += sqlite3_column_int64(count, 0);
        sqlite3_reset(count);
    }
    times.countMs = elapsedMs(timer);
    sqlite3_finalize(count);
    return true;
}

bool runWorkload(const QString& path, const SecureBytes* key, int rowCount, int cacheMib, PhaseTimes& times)
{
    {
        Connection db(cacheMib);
        if (!db.open(path, key))
            return false;
        if (key && db.cipherVersion().isEmpty()) {
            std::fputs("bench_storage: SQLCipher is not active: the encrypted run would be plain\n", stderr);
            return false;
        }
        if (!insertPhase(db, rowCount, times))
            return false;
    }
    // Searches start on a fresh connection, as after an unlock: SQLite's page cache is empty.
    Connection db(cacheMib);
    if (!db.open(path, key))
        return false;
    times.plan = queryPlan(db);
    if (!ftsSearchPhase(db, times) || !countPhase(db, times) || !searchPhase(db, times))
        return false;
    db.close();
    times.fileBytes = QFileInfo(path).size();
    return true;
}

bool startsWithSqliteHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

void printRow(const char* name, double plain, double encrypted)
{
    std::printf("  %-30s %11.1f %11.1f %7.2f\n", name, plain, encrypted, plain > 0 ? encrypted / plain : 0.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Encrypted vs plain SQLite on PrivacyDesk's workload."));
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("rows"), QStringLiteral("Rows to insert (default 100000)."),
                            QStringLiteral("N"), QStringLiteral("100000") },
        { QStringLiteral("cache-mib"), QStringLiteral("SQLite page cache in MB (default 32, as core)."),
            QStringLiteral("N"), QStringLiteral("32") },
        { QStringLiteral("no-wipe"),
            QStringLiteral("Do not install the wipe-on-free allocator that "
                           "production uses.") } });
    parser.process(app);
    const int rowCount = std::max(kBatch, parser.value(QStringLiteral("rows")).toInt());
    const bool wipe = !parser.isSet(QStringLiteral("no-wipe"));
    const int cacheMib = std::max(1, parser.value(QStringLiteral("cache-mib")).toInt());

    if (!crypto::initialize()) {
        std::fputs("bench_storage: libsodium could not be initialized\n", stderr);
        return 2;
    }
    // Production installs it before the first open; it applies to both runs alike.
    if (wipe && !storage::installWipingAllocator()) {
        std::fputs("bench_storage: the wiping allocator could not be installed\n", stderr);
        return 2;
    }

    QTemporaryDir dir;
    const QString plainPath = dir.path() + QStringLiteral("/plain.db");
    const QString encryptedPath = dir.path() + QStringLiteral("/encrypted.db");
    const SecureBytes key = SecureBytes::random(crypto::kDataKeySize);

    PhaseTimes plain;
    PhaseTimes encrypted;
    if (!runWorkload(plainPath, nullptr, rowCount, cacheMib, plain))
        return 2;
    const long rssAfterPlain = peakRssKiB();
    if (!runWorkload(encryptedPath, &key, rowCount, cacheMib, encrypted))
        return 2;
    const long rssAfterEncrypted = peakRssKiB();

    // Both runs must have done the same work, and only one of the files may be readable without the key.
    if (plain.searchHits != encrypted.searchHits || plain.ftsHits != encrypted.ftsHits
        || plain.counted != encrypted.counted) {
        std::fputs("bench_storage: the two databases returned different results\n", stderr);
        return 2;
    }
    if (!startsWithSqliteHeader(plainPath) || startsWithSqliteHeader(encryptedPath)) {
        std::fputs("bench_storage: the encrypted file has a plain SQLite header (or the plain one has none)\n", stderr);
        return 2;
    }

    const double ratio = encrypted.total() / plain.total();
    const bool met = ratio <= kTargetRatio;
    std::printf("bench_storage: %d rows, SQLite %s, page size 4096, WAL, synchronous FULL, cache %d MB%s, "
                "wiping allocator %s\n",
        rowCount, sqlite3_libversion(), cacheMib, cacheMib == 32 ? " (as core)" : " (NOT as core)",
        wipe ? "on" : "off");
    std::printf("  %-30s %11s %11s %7s\n", "phase (milliseconds)", "plain", "encrypted", "ratio");
    printRow("insert with FTS4 (tx of 1000)", plain.insertMs, encrypted.insertMs);
    printRow("50 FTS4 searches: count+page", plain.ftsSearchMs, encrypted.ftsSearchMs);
    printRow("13 date-range COUNTs", plain.countMs, encrypted.countMs);
    printRow("total (gated)", plain.total(), encrypted.total());
    printRow("(50 LIKE full scans, not gated)", plain.searchMs, encrypted.searchMs);
    std::printf("  %-30s %11.1f %11.1f\n", "file size (MiB)", double(plain.fileBytes) / 1048576.0,
        double(encrypted.fileBytes) / 1048576.0);
    std::printf("  rows returned: FTS4 %lld, LIKE %lld; rows counted: %lld\n", plain.ftsHits, plain.searchHits,
                plain.counted);
    std::printf("  search plan: %s\n", encrypted.plan.constData());
    std::printf("  peak RSS: %.1f MiB after the plain run, %.1f MiB after the encrypted run\n",
        double(rssAfterPlain) / 1024.0, double(rssAfterEncrypted) / 1024.0);
    std::printf("target: encrypted/plain <= %.2f: %s (%.2f)\n", kTargetRatio, met ? "MET" : "MISSED", ratio);
    return met ? 0 : 1;
}
