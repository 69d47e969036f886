// SPDX-License-Identifier: GPL-3.0-or-later
// privacydesk-admin as scripts and administrators use it: exit codes, what goes to
// stdout and stderr, and what is (or is not) left on disk.
#include "TestSupport.h"

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintService.h"
#include "core/services/AccountService.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

// Crockford base32 (no I, L, O, U), 14 groups of four: 35 bytes = secret + 24-bit checksum.
const QRegularExpression kRecoveryKeyLine(
    QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$"), QRegularExpression::MultilineOption);

QByteArray passwordLine(const QByteArray& password = officerPassword())
{
    return password + '\n';
}

QStringList initArguments(const QString& location)
{
    return { QStringLiteral("init"), QStringLiteral("--database"), location, QStringLiteral("--organization"),
        QStringLiteral("テスト健康保険組合"), QStringLiteral("--officer"), officerLogin(),
        QStringLiteral("--officer-name"), QStringLiteral("田中 花子"), QStringLiteral("--password-stdin"),
        QStringLiteral("--kdf"), QStringLiteral("interactive") };
}

QStringList checkArguments(const QString& location)
{
    return { QStringLiteral("check"), QStringLiteral("--database"), location, QStringLiteral("--user"), officerLogin(),
        QStringLiteral("--password-stdin") };
}

/// The files of a unit with their bytes, so that "nothing was touched" can be asserted exactly.
/// With `databaseOnly`, just the database and its WAL/journal files: the key-slot file may
/// legitimately record failed attempts (delays after repeated failures), the database may not.
QMap<QString, QByteArray> snapshot(const QString& folder, bool databaseOnly = false)
{
    QMap<QString, QByteArray> files;
    for (const QString& path : filesBelow(folder)) {
        const QString name = QDir(folder).relativeFilePath(path);
        if (!databaseOnly || name.startsWith(QLatin1String("privacydesk.db")))
            files.insert(name, readFile(path));
    }
    return files;
}

QString dataTagSlug()
{
    return QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
}

QStringList accountSummaries(const QString& location)
{
    auto session = Session::unlock(location, officerLogin(), officerPassword());
    if (!session) {
        qWarning("unlock: %s", qPrintable(session.error().message()));
        return {};
    }
    AccountService service(**session);
    auto accounts = service.accounts();
    if (!accounts)
        return {};
    QStringList summaries;
    for (const Account& account : *accounts)
        summaries.append(QStringLiteral("%1|%2|%3").arg(account.login, account.displayName, roleKey(account.role)));
    return summaries;
}

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initCreatesUnitAndPrintsRecoveryKey();
    void initRefusesOccupiedFolder_data();
    void initRefusesOccupiedFolder();
    void initRefusesWeakPassword_data();
    void initRefusesWeakPassword();
    void checkWithPassword();
    void checkRefusesWrongCredentialsWithoutTouchingFiles_data();
    void checkRefusesWrongCredentialsWithoutTouchingFiles();
    void checkWithRecoveryKey_data();
    void checkWithRecoveryKey();
    void demoThenCheck();
    void demoIsDeterministic();
    void listTemplatesPrintsEveryBuiltIn();
    void printLetterPreviewsAndIssues();
    void infoPrintsLibraryVersions_data();
    void infoPrintsLibraryVersions();
    void usageErrors_data();
    void usageErrors();
    void importEmailPrintsTheReceptionNumber();
    void importComplaintsIsAllOrNothing();
    void exportComplaintsWritesTheRegister();

private:
    /// Runs `init` at `location`; returns the printed recovery key (empty on failure).
    QString initUnit(const QString& location);
    QString freshLocation(const QString& name) const { return m_dir.path() + QLatin1Char('/') + name; }

    QTemporaryDir m_dir;
    QString m_shared; // a unit for the check tests
    QString m_sharedKey; // its recovery key
    QString m_otherKey; // the recovery key of a different unit
};

QString TestAdminCli::initUnit(const QString& location)
{
    QString out;
    QString err;
    const int code = runAdmin(initArguments(location), passwordLine(), &out, &err);
    if (code != 0) {
        qWarning("init failed (%d): %s", code, qPrintable(err));
        return {};
    }
    return kRecoveryKeyLine.match(out).captured(0);
}

void TestAdminCli::initTestCase()
{
    // Messages are asserted in English: keep the child's locale away from the developer's.
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    QVERIFY(crypto::initialize());
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(PRIVACYDESK_ADMIN_BINARY)).isExecutable(), PRIVACYDESK_ADMIN_BINARY);

    m_shared = freshLocation(QStringLiteral("shared.pdesk"));
    m_sharedKey = initUnit(m_shared);
    QVERIFY(!m_sharedKey.isEmpty());
    m_otherKey = initUnit(freshLocation(QStringLiteral("other.pdesk")));
    QVERIFY(!m_otherKey.isEmpty());
}

void TestAdminCli::initCreatesUnitAndPrintsRecoveryKey()
{
    const QString location = freshLocation(QStringLiteral("created.pdesk"));
    QString out;
    QString err;
    QCOMPARE(runAdmin(initArguments(location), passwordLine(), &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));

    // Exactly one recovery key line, and it is the only time it is shown.
    auto matches = kRecoveryKeyLine.globalMatch(out);
    QVERIFY2(matches.hasNext(), qPrintable(out));
    const QString key = matches.next().captured(0);
    QVERIFY(!matches.hasNext());
    QCOMPARE(key.split(QLatin1Char('-')).size(), 14);
    QVERIFY2(!out.contains(QString::fromUtf8(officerPassword())), "the password must never be echoed");

    const storage::VaultPaths paths = storage::VaultPaths::resolve(location);
    QVERIFY(QFileInfo(paths.database()).size() > 0);
    QVERIFY(QFileInfo::exists(paths.keySlots()));
    QVERIFY(QFileInfo::exists(paths.keySlotsBackup()));
    // The unit is usable with what init printed: the password and the recovery key.
    QVERIFY(Session::unlock(location, officerLogin(), officerPassword()).has_value());
    QVERIFY(Session::unlockWithRecoveryKey(location, key).has_value());
}

void TestAdminCli::initRefusesOccupiedFolder_data()
{
    QTest::addColumn<bool>("existingUnit");
    QTest::newRow("a database unit") << true;
    QTest::newRow("a folder with someone's files") << false;
}

void TestAdminCli::initRefusesOccupiedFolder()
{
    QFETCH(bool, existingUnit);
    const QString location = freshLocation(QStringLiteral("occupied-%1.pdesk").arg(dataTagSlug()));
    if (existingUnit) {
        QVERIFY(!initUnit(location).isEmpty());
    } else {
        QVERIFY(QDir().mkpath(location));
        QVERIFY(writeFile(location + QStringLiteral("/notes.txt"), "do not overwrite me\n"));
    }
    const auto before = snapshot(location);

    QString out;
    QString err;
    const int code = runAdmin(initArguments(location), passwordLine(), &out, &err);
    QVERIFY2(code != 0, qPrintable(out));
    QVERIFY2(code > 0, "must exit cleanly, not crash");
    QVERIFY2(err.contains(QStringLiteral("already exists")), qPrintable(err));
    QVERIFY2(err.contains(QDir::toNativeSeparators(location)), qPrintable(err));
    QVERIFY2(!kRecoveryKeyLine.match(out).hasMatch(), "no recovery key for a unit that was not created");
    QCOMPARE(snapshot(location), before);
}

void TestAdminCli::initRefusesWeakPassword_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too short") << QByteArray("Kiri7-x") << QStringLiteral("at least 10 characters");
    QTest::newRow("contains the login") << QByteArray("tanaka-Kiri-no-Mori-7")
                                        << QStringLiteral("Do not use your login name");
    QTest::newRow("guessable") << QByteArray("password12345") << QStringLiteral("easy to guess");
    QTest::newRow("digits only") << QByteArray("1234567890") << QStringLiteral("easy to guess");
}

void TestAdminCli::initRefusesWeakPassword()
{
    QFETCH(QByteArray, password);
    QFETCH(QString, reason);
    const QString location = freshLocation(QStringLiteral("weak-%1.pdesk").arg(dataTagSlug()));
    QString out;
    QString err;
    const int code = runAdmin(initArguments(location), passwordLine(password), &out, &err);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("too weak")), qPrintable(err));
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY2(!err.contains(QString::fromUtf8(password)), "the refused password must not be echoed");
    // Nothing is left behind, so the same command can be repeated with a better password.
    QVERIFY(!QFileInfo::exists(location));
}

void TestAdminCli::checkWithPassword()
{
    QString out;
    QString err;
    QCOMPARE(runAdmin(checkArguments(m_shared), passwordLine(), &out, &err), 0);
    QVERIFY2(out.startsWith(QStringLiteral("OK")), qPrintable(out));
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestAdminCli::checkRefusesWrongCredentialsWithoutTouchingFiles_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << officerLogin() << QByteArray("Kiri-no-Mori-7-Hikarj")
                                    << QStringLiteral("password is wrong");
    QTest::newRow("empty password") << officerLogin() << QByteArray() << QStringLiteral("password is wrong");
    QTest::newRow("unknown login") << QStringLiteral("sato") << officerPassword() << QStringLiteral("no account");
}

void TestAdminCli::checkRefusesWrongCredentialsWithoutTouchingFiles()
{
    QFETCH(QString, login);
    QFETCH(QByteArray, password);
    QFETCH(QString, message);
    const auto before = snapshot(m_shared, true);
    QVERIFY(before.contains(QStringLiteral("privacydesk.db")));

    QStringList arguments = checkArguments(m_shared);
    arguments[4] = login;
    QString out;
    QString err;
    const int code = runAdmin(arguments, passwordLine(password), &out, &err);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!out.contains(QStringLiteral("OK")), qPrintable(out));
    // A failed attempt must not write a single byte of the database (nor create WAL files).
    const auto after = snapshot(m_shared, true);
    QCOMPARE(after.keys(), before.keys());
    QVERIFY2(after.value(QStringLiteral("privacydesk.db")) == before.value(QStringLiteral("privacydesk.db")),
        "database file changed");
    QCOMPARE(after, before);
}

void TestAdminCli::checkWithRecoveryKey_data()
{
    QTest::addColumn<QString>("keyKind");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("printed key") << QStringLiteral("printed") << 0;
    QTest::newRow("typed in lower case with spaces") << QStringLiteral("relaxed") << 0;
    QTest::newRow("one character mistyped") << QStringLiteral("mistyped") << 1;
    QTest::newRow("another unit's key") << QStringLiteral("other") << 1;
    QTest::newRow("empty") << QStringLiteral("empty") << 1;
}

void TestAdminCli::checkWithRecoveryKey()
{
    QFETCH(QString, keyKind);
    QFETCH(int, expectedCode);
    QString key;
    if (keyKind == QLatin1String("printed")) {
        key = m_sharedKey;
    } else if (keyKind == QLatin1String("relaxed")) {
        key = m_sharedKey.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    } else if (keyKind == QLatin1String("mistyped")) {
        key = m_sharedKey;
        key[5] = key[5] == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
    } else if (keyKind == QLatin1String("other")) {
        key = m_otherKey;
    }
    const auto before = snapshot(m_shared, true);
    QString out;
    QString err;
    const int code = runAdmin(
        { QStringLiteral("check"), QStringLiteral("--database"), m_shared, QStringLiteral("--recovery-key-stdin") },
        key.toUtf8() + '\n', &out, &err);
    QCOMPARE(code, expectedCode);
    if (expectedCode == 0) {
        QVERIFY2(out.startsWith(QStringLiteral("OK")), qPrintable(out));
    } else {
        QVERIFY2(err.contains(QStringLiteral("recovery key")), qPrintable(err));
        QVERIFY2(!out.contains(QStringLiteral("OK")), qPrintable(out));
        QCOMPARE(snapshot(m_shared, true), before);
    }
}

void TestAdminCli::demoThenCheck()
{
    const QString location = freshLocation(QStringLiteral("demo.pdesk"));
    QVERIFY(!initUnit(location).isEmpty());
    QString out;
    QString err;
    const int code
        = runAdmin({ QStringLiteral("demo"), QStringLiteral("--database"), location, QStringLiteral("--user"),
                       officerLogin(), QStringLiteral("--password-stdin"), QStringLiteral("--records"),
                       QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("7") },
            passwordLine(), &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("Demo data written")), qPrintable(out));

    QCOMPARE(runAdmin(checkArguments(location), passwordLine(), &out, &err), 0);
    QVERIFY2(out.startsWith(QStringLiteral("OK")), qPrintable(err));
    // The demo accounts exist beside the officer.
    QVERIFY(accountSummaries(location).size() > 1);
}

void TestAdminCli::demoIsDeterministic()
{
    auto demoAccounts = [this](const QString& name, const QString& seed) -> QStringList {
        const QString location = freshLocation(name);
        if (initUnit(location).isEmpty())
            return {};
        QString err;
        const int code
            = runAdmin({ QStringLiteral("demo"), QStringLiteral("--database"), location, QStringLiteral("--user"),
                           officerLogin(), QStringLiteral("--password-stdin"), QStringLiteral("--records"),
                           QStringLiteral("100"), QStringLiteral("--seed"), seed },
                passwordLine(), nullptr, &err);
        if (code != 0) {
            qWarning("demo failed (%d): %s", code, qPrintable(err));
            return {};
        }
        return accountSummaries(location);
    };
    const QStringList first = demoAccounts(QStringLiteral("seed7-a.pdesk"), QStringLiteral("7"));
    const QStringList second = demoAccounts(QStringLiteral("seed7-b.pdesk"), QStringLiteral("7"));
    QVERIFY2(first.size() > 1, "the demo created no accounts");
    QCOMPARE(second, first);
    // The seed is really used: another seed gives other people.
    const QStringList other = demoAccounts(QStringLiteral("seed8.pdesk"), QStringLiteral("8"));
    QCOMPARE(other.size(), first.size());
    QVERIFY2(other != first, qPrintable(first.join(QLatin1Char(','))));
}

void TestAdminCli::listTemplatesPrintsEveryBuiltIn()
{
    const QString location = freshLocation(QStringLiteral("templates.pdesk"));
    QVERIFY(!initUnit(location).isEmpty());
    QString out;
    QString err;
    QCOMPARE(runAdmin({QStringLiteral("list-templates"), QStringLiteral("--database"), location, QStringLiteral("--user"),
                       officerLogin(), QStringLiteral("--password-stdin")},
                      passwordLine(), &out, &err),
             0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12);
    QVERIFY(lines.first().startsWith(QStringLiteral("complaint_answer\t苦情への回答書\t")));
    for (const QString& line : lines)
        QCOMPARE(line.split(QLatin1Char('\t')).size(), 3);
}

void TestAdminCli::printLetterPreviewsAndIssues()
{
    const QString location = freshLocation(QStringLiteral("letters.pdesk"));
    QVERIFY(!initUnit(location).isEmpty());
    QString out;
    QString err;
    QCOMPARE(runAdmin({QStringLiteral("demo"), QStringLiteral("--database"), location, QStringLiteral("--user"),
                       officerLogin(), QStringLiteral("--password-stdin"), QStringLiteral("--records"),
                       QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")},
                      passwordLine(), &out, &err),
             0);
    QTemporaryDir outputDir;
    const auto printLetter = [&](const QString& record, const QString& file, bool issue) {
        QStringList arguments{QStringLiteral("print-letter"), QStringLiteral("--database"), location,
                              QStringLiteral("--user"),       officerLogin(),            QStringLiteral("--password-stdin"),
                              QStringLiteral("--record"),     record,                    QStringLiteral("--template"),
                              QStringLiteral("complaint_answer"), QStringLiteral("--output"), outputDir.filePath(file)};
        if (issue)
            arguments.append(QStringLiteral("--issue"));
        return runAdmin(arguments, passwordLine(), &out, &err);
    };
    // The demo spans several fiscal years; the current one always has a first complaint.
    const QDate today = QDate::currentDate();
    const QString record = QStringLiteral("苦-%1-0001").arg(today.month() >= 4 ? today.year() : today.year() - 1);
    QCOMPARE(printLetter(record, QStringLiteral("preview.pdf"), false), 0);
    QVERIFY2(out.contains(QStringLiteral("preview")), qPrintable(out));
    QVERIFY(readFile(outputDir.filePath(QStringLiteral("preview.pdf"))).startsWith("%PDF"));

    QVERIFY2(printLetter(record, QStringLiteral("issued.pdf"), true) == 0, qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("健保発第1号")), qPrintable(out));
    QVERIFY2(printLetter(record, QStringLiteral("issued2.pdf"), true) == 0, qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("健保発第2号")), qPrintable(out));
    QVERIFY(readFile(outputDir.filePath(QStringLiteral("issued.pdf"))).startsWith("%PDF"));

    QVERIFY(printLetter(QStringLiteral("苦-1999-0001"), QStringLiteral("none.pdf"), true) != 0);
    QVERIFY2(err.contains(QStringLiteral("苦-1999-0001")), qPrintable(err));
    QVERIFY(!QFile::exists(outputDir.filePath(QStringLiteral("none.pdf"))));
}

void TestAdminCli::infoPrintsLibraryVersions_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("Qt") << QStringLiteral("^Qt %1$").arg(QRegularExpression::escape(QString::fromLatin1(qVersion())));
    // The storage format and its traps are pinned to SQLCipher 3.4.1 with SQLite 3.15.2 inside.
    QTest::newRow("SQLCipher") << QStringLiteral("^SQLCipher 3\\.4\\.1$");
    QTest::newRow("SQLite") << QStringLiteral("^SQLite 3\\.15\\.2$");
    QTest::newRow("libsodium") << QStringLiteral("^libsodium \\d+\\.\\d+\\.\\d+$");
    QTest::newRow("ICU") << QStringLiteral("^ICU \\d+(\\.\\d+)+$");
}

void TestAdminCli::infoPrintsLibraryVersions()
{
    QFETCH(QString, pattern);
    QString out;
    QString err;
    QCOMPARE(runAdmin({ QStringLiteral("info") }, {}, &out, &err), 0);
    const QRegularExpression line(pattern, QRegularExpression::MultilineOption);
    QVERIFY2(line.match(out).hasMatch(), qPrintable(out));
}

void TestAdminCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("showsUsage");
    const QString db = QStringLiteral("@DB@");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frob") }
                                     << QStringLiteral("Unknown command: frob") << true;
    QTest::newRow("no command") << QStringList {} << QStringLiteral("exactly one command") << true;
    QTest::newRow("two commands") << QStringList { QStringLiteral("check"), QStringLiteral("info") }
                                  << QStringLiteral("exactly one command") << true;
    QTest::newRow("check without --database")
        << QStringList { QStringLiteral("check") } << QStringLiteral("Missing option --database") << true;
    QTest::newRow("check without credentials")
        << QStringList { QStringLiteral("check"), QStringLiteral("--database"), db }
        << QStringLiteral("--password-stdin") << true;
    QTest::newRow("init without --officer") << QStringList { QStringLiteral("init"), QStringLiteral("--database"), db,
        QStringLiteral("--organization"), QStringLiteral("X"), QStringLiteral("--officer-name"), QStringLiteral("Y"),
        QStringLiteral("--password-stdin") } << QStringLiteral("Missing option --officer")
                                            << true;
    QTest::newRow("init with unknown --kdf") << QStringList { QStringLiteral("init"), QStringLiteral("--database"), db,
        QStringLiteral("--organization"), QStringLiteral("X"), QStringLiteral("--officer"), QStringLiteral("sato"),
        QStringLiteral("--officer-name"), QStringLiteral("Y"), QStringLiteral("--password-stdin"),
        QStringLiteral("--kdf"), QStringLiteral("fast") }
                                             << QStringLiteral("--kdf must be") << true;
    QTest::newRow("demo without --records") << QStringList { QStringLiteral("demo"), QStringLiteral("--database"), db }
                                            << QStringLiteral("Missing option --records") << true;
    QTest::newRow("demo with a non-numeric --records") << QStringList { QStringLiteral("demo"),
        QStringLiteral("--database"), db, QStringLiteral("--records"), QStringLiteral("many") }
                                                       << QStringLiteral("--records must be") << true;
    // Same condition as "check without credentials": a usage error, not a failed sign-in.
    QTest::newRow("demo without credentials") << QStringList { QStringLiteral("demo"), QStringLiteral("--database"), db,
        QStringLiteral("--records"), QStringLiteral("5") }
                                              << QStringLiteral("--password-stdin") << true;
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus"), QStringLiteral("info") }
                                    << QStringLiteral("bogus") << false;
}

void TestAdminCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(bool, showsUsage);
    // A path that must stay untouched: usage errors are caught before anything is opened or created.
    const QString location = freshLocation(QStringLiteral("usage-%1.pdesk").arg(dataTagSlug()));
    arguments.replaceInStrings(QStringLiteral("@DB@"), location);
    QString out;
    QString err;
    QCOMPARE(runAdmin(arguments, passwordLine(), &out, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    if (showsUsage) {
        QVERIFY2(err.contains(QStringLiteral("Usage:")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--database")), qPrintable(err));
    }
    QVERIFY2(out.isEmpty(), qPrintable(out));
    QVERIFY(!QFileInfo::exists(location));
}


void TestAdminCli::importEmailPrintsTheReceptionNumber()
{
    const QString location = freshLocation(QStringLiteral("email.pdesk"));
    QVERIFY(!initUnit(location).isEmpty());
    auto importEmail = [&](const QString& file, QString* out, QString* err) {
        return runAdmin({ QStringLiteral("import-email"), QStringLiteral("--database"), location,
                            QStringLiteral("--user"), officerLogin(), QStringLiteral("--password-stdin"), file },
            passwordLine(), out, err);
    };
    const QString samples = QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/data/email/");
    QString out;
    QString err;

    // Not an email: a sentence on stderr, nothing stored (the next number is still the first).
    QCOMPARE(importEmail(samples + QStringLiteral("not-an-email.eml"), &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("not an email message")), qPrintable(err));
    QVERIFY(out.isEmpty());
    QCOMPARE(importEmail(samples + QStringLiteral("missing.eml"), &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("missing.eml")), qPrintable(err));
    QCOMPARE(runAdmin({ QStringLiteral("import-email"), QStringLiteral("--database"), location,
                          QStringLiteral("--user"), officerLogin(), QStringLiteral("--password-stdin") },
                 passwordLine(), &out, &err),
        2);

    QCOMPARE(importEmail(samples + QStringLiteral("multipart-attachments.eml"), &out, &err), 0);
    static const QRegularExpression numberLine(QStringLiteral("^苦-\\d{4}-0001\n$"));
    QVERIFY2(numberLine.match(out).hasMatch(), qPrintable(out + err));
    const QString number = out.trimmed();

    auto session = Session::unlock(location, officerLogin(), officerPassword());
    QVERIFY(session);
    auto complaint = ComplaintService(**session).findByNumber(number);
    QVERIFY(complaint);
    QCOMPARE(complaint->channel, ComplaintChannel::Email);
    QCOMPARE(complaint->complainant.email, QStringLiteral("saburo@example.jp"));
    auto attachments = ComplaintAttachments(**session).list(complaint->id);
    QVERIFY(attachments);
    QCOMPARE(attachments->size(), 2);
}

void TestAdminCli::importComplaintsIsAllOrNothing()
{
    const QString location = freshLocation(QStringLiteral("ledger.pdesk"));
    QVERIFY(!initUnit(location).isEmpty());
    const QString csv = QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/data/csv/");
    QString out;
    QString err;
    const auto importLedger = [&](const QString& file, const QStringList& extra) {
        return runAdmin(QStringList { QStringLiteral("import-complaints"), QStringLiteral("--database"), location,
                            QStringLiteral("--user"), officerLogin(), QStringLiteral("--password-stdin"),
                            QStringLiteral("--csv"), csv + file }
                            + extra,
            passwordLine(), &out, &err);
    };
    // How many complaints the unit holds, as the register export counts them.
    const auto count = [&] {
        QString listed;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("count.csv"));
        runAdmin({ QStringLiteral("export-complaints"), QStringLiteral("--database"), location, QStringLiteral("--user"),
                     officerLogin(), QStringLiteral("--password-stdin"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--output"), file },
            passwordLine(), &listed);
        return int(readFile(file).count("\r\n")) - 1;
    };

    // Six bad rows: each printed with its line, and nothing imported.
    QCOMPARE(importLedger(QStringLiteral("ledger_bad_rows.csv"), {}), 1);
    for (int line : { 4, 5, 6, 7, 8, 9 })
        QVERIFY2(out.contains(QStringLiteral("Line %1: ").arg(line)), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Line 2: ")) && !out.contains(QStringLiteral("Line 10: ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("2025/13/45")), qPrintable(out));
    QVERIFY2(err.contains(QStringLiteral("Nothing was imported")), qPrintable(err));
    QCOMPARE(count(), 0);

    QCOMPARE(importLedger(QStringLiteral("ledger_bad_rows.csv"), { QStringLiteral("--skip-invalid") }), 0);
    QVERIFY2(out.contains(QStringLiteral("Imported 2 complaint")), qPrintable(out));
    QCOMPARE(count(), 2);

    // The CP932 ledger, read as UTF-8 on request: refused with a hint, nothing stored.
    QCOMPARE(importLedger(QStringLiteral("ledger_cp932.csv"), { QStringLiteral("--encoding"), QStringLiteral("utf-8") }), 1);
    QVERIFY2(err.contains(QStringLiteral("Shift_JIS")), qPrintable(err));
    QCOMPARE(count(), 2);
    QCOMPARE(importLedger(QStringLiteral("ledger_cp932.csv"), { QStringLiteral("--encoding"), QStringLiteral("cp932") }), 0);
    QVERIFY2(out.contains(QStringLiteral("Imported 4 complaint")), qPrintable(out + err));
    QCOMPARE(count(), 6);

    QCOMPARE(importLedger(QStringLiteral("empty.csv"), {}), 1);
    QVERIFY2(err.contains(QStringLiteral("empty")), qPrintable(err));
    QCOMPARE(importLedger(QStringLiteral("ledger_cp932.csv"), { QStringLiteral("--encoding"), QStringLiteral("latin1") }), 2);
    QVERIFY2(err.contains(QStringLiteral("--encoding must be")), qPrintable(err));
}

void TestAdminCli::exportComplaintsWritesTheRegister()
{
    const QString location = freshLocation(QStringLiteral("register.pdesk"));
    QVERIFY(!initUnit(location).isEmpty());
    {
        auto session = Session::unlock(location, officerLogin(), officerPassword());
        QVERIFY(session);
        QList<Complaint> batch;
        for (const QDate day : { QDate(2024, 12, 1), QDate(2025, 4, 1), QDate(2025, 5, 1) }) {
            Complaint complaint;
            complaint.receivedAt = QDateTime(day, QTime(10, 0));
            complaint.complainant.name = QStringLiteral("髙橋 一郎");
            complaint.content = QStringLiteral("書類の送付先");
            batch.append(complaint);
        }
        QVERIFY(ComplaintService(**session).createMany(batch));
    }
    QTemporaryDir outputDir;
    QString out;
    QString err;
    const auto exportRegister = [&](const QStringList& extra) {
        return runAdmin(QStringList { QStringLiteral("export-complaints"), QStringLiteral("--database"), location,
                            QStringLiteral("--user"), officerLogin(), QStringLiteral("--password-stdin") }
                            + extra,
            passwordLine(), &out, &err);
    };
    const QString csvPath = outputDir.filePath(QStringLiteral("fy2025.csv"));
    QCOMPARE(exportRegister({ QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), csvPath,
                 QStringLiteral("--fiscal-year"), QStringLiteral("2025") }),
        0);
    QVERIFY2(out.contains(QStringLiteral("Exported 2 complaint")), qPrintable(out + err));
    const QByteArray csv = readFile(csvPath);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.count("\r\n"), 3);
    QCOMPARE(csv.count("髙橋 一郎"), 2);

    const QString xlsxPath = outputDir.filePath(QStringLiteral("all.xlsx"));
    QCOMPARE(exportRegister({ QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"), xlsxPath }), 0);
    QVERIFY2(out.contains(QStringLiteral("Exported 3 complaint")), qPrintable(out + err));
    QVERIFY(readFile(xlsxPath).startsWith("PK"));

    QCOMPARE(exportRegister({ QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), xlsxPath }), 2);
    QVERIFY2(err.contains(QStringLiteral("--format must be")), qPrintable(err));
    QCOMPARE(exportRegister({ QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), csvPath,
                 QStringLiteral("--fiscal-year"), QStringLiteral("R7") }),
        2);
    QCOMPARE(exportRegister({ QStringLiteral("--format"), QStringLiteral("csv") }), 2);
    QVERIFY2(err.contains(QStringLiteral("Missing option --output")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admin_cli.moc"
