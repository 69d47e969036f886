// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of the office's data may reach the disk in plaintext: not the database, its
// WAL/SHM/journal files, the key slots, nor anything else the program writes.
#include "TestSupport.h"

#include "core/model/Organization.h"
#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/storage/Database.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestEncryption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void markersNeverReachTheDisk();
    void fileHeaderIsNotPlainSqlite();
    void walFilesAreEncryptedWhileOpen();
    void cipherIsActive();

private:
    const QString m_japaneseMarker = QStringLiteral("秘密マーカー山田太郎");
    const QString m_asciiMarker = QStringLiteral("PLAINTEXT-MARKER-4711");
    QTemporaryDir m_temp;
};

void TestEncryption::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A temp folder of our own: everything in it was written by this process, so the scan
    // below cannot trip over other programs' files (or this test's own object file in /tmp).
    QVERIFY(m_temp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
    QCOMPARE(QDir::tempPath(), QDir(m_temp.path()).canonicalPath());
}

void TestEncryption::markersNeverReachTheDisk()
{
    test::TestOffice office(m_japaneseMarker + m_asciiMarker);
    QVERIFY(office.isValid());
    OrganizationService organizations(*office.session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->address = QStringLiteral("東京都品川区東品川 ") + m_japaneseMarker;
    organization->email = m_asciiMarker + QStringLiteral("@example.jp");
    QVERIFY(organizations.saveOrganization(*organization));
    AccountService accounts(*office.session);
    QVERIFY(accounts.addAccount(QStringLiteral("suzuki"), m_japaneseMarker, Role::Staff,
                                QByteArrayLiteral("Umi-to-Sora-42-Kaze")));

    // Check while the database is open (WAL and SHM exist) and again after locking.
    for (int pass = 0; pass < 2; ++pass) {
        const QStringList files = test::filesBelow(office.dir.path());
        QVERIFY(files.size() >= 3);
        for (const QString& file : files) {
            const QByteArray bytes = test::readFile(file);
            for (const QString& marker : {m_japaneseMarker, m_asciiMarker})
                for (const QByteArray& encoded : test::markerEncodings(marker))
                    QVERIFY2(!bytes.contains(encoded), qPrintable(QStringLiteral("marker found in %1").arg(file)));
        }
        office.lock();
    }

    // Nothing in the writable locations either (settings, caches).
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::CacheLocation, QStandardPaths::TempLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        for (const QString& file : test::filesBelow(root)) {
            if (file.startsWith(office.dir.path()))
                continue;
            const QByteArray bytes = test::readFile(file);
            for (const QByteArray& encoded : test::markerEncodings(m_asciiMarker))
                QVERIFY2(!bytes.contains(encoded), qPrintable(file));
        }
    }
}

void TestEncryption::fileHeaderIsNotPlainSqlite()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    const QString databaseFile = office.session->vault().paths().database();
    office.lock();
    const QByteArray header = test::readFile(databaseFile).left(16);
    QCOMPARE(header.size(), 16);
    QVERIFY(header != QByteArray("SQLite format 3\0", 16));
}

void TestEncryption::walFilesAreEncryptedWhileOpen()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    OrganizationService organizations(*office.session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->phone = m_asciiMarker;
    QVERIFY(organizations.saveOrganization(*organization));
    const QString wal = office.session->vault().paths().database() + QStringLiteral("-wal");
    QVERIFY(QFile::exists(wal));
    QVERIFY(!test::readFile(wal).contains(m_asciiMarker.toUtf8()));
}

void TestEncryption::cipherIsActive()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    QCOMPARE(office.session->vault().database().cipherVersion(), QStringLiteral("3.4.1"));
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
