// SPDX-License-Identifier: GPL-3.0-or-later
// privacydesk-admin export-checkpoint / verify-checkpoint: what an auditor runs at the end of a
// review and again later, to prove that the trail has not been altered or rolled back since.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QDate>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QStringList withCredentials(QStringList arguments, const QString& location, const QString& login = officerLogin())
{
    arguments << u"--database"_s << location << u"--user"_s << login << u"--password-stdin"_s;
    return arguments;
}

QStringList exportArguments(const QString& location, const QString& output)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    return withCredentials({u"export-checkpoint"_s, u"--from"_s, QDate::currentDate().addDays(-7).toString(Qt::ISODate),
                            u"--until"_s, today, u"--output"_s, output},
                           location);
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden))
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    return true;
}

} // namespace

class TestAdminCheckpoint : public QObject
{
    Q_OBJECT

private slots:
    void exportThenVerify();
    void editedCheckpointFails();
    void olderDatabaseFails();
    void usageErrors();
    void staffCannotExport();
};

void TestAdminCheckpoint::exportThenVerify()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    const QString file = office.dir.filePath(u"review.checkpoint.json"_s);
    QString out;
    QString err;
    int code = runAdmin(exportArguments(office.location, file), officerPassword() + '\n', &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY(out.contains(QDir::toNativeSeparators(file)));
    const QJsonObject root = QJsonDocument::fromJson(readFile(file)).object();
    QCOMPARE(root.value(u"reviewedBy"_s).toString(), officerLogin());
    const qint64 seq = root.value(u"chainHead"_s).toObject().value(u"seq"_s).toInteger();
    QVERIFY(seq > 0);

    code = runAdmin(withCredentials({u"verify-checkpoint"_s, file}, office.location), officerPassword() + '\n', &out,
                    &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(u"#%1"_s.arg(seq)), qPrintable(out));

    // Both runs are in the trail: the export and the check.
    auto session = office.unlock();
    QVERIFY(session);
    auto entries = storage::AuditLog::entries((*session)->vault().database(), {});
    QVERIFY(entries);
    bool exported = false;
    bool checked = false;
    for (const storage::AuditEntry& entry : *entries) {
        exported |= entry.action == u"export"_s && entry.recordType == u"audit_checkpoint"_s;
        checked |= entry.action == u"check"_s && entry.recordType == u"audit_checkpoint"_s && entry.result == u"ok"_s;
    }
    QVERIFY(exported);
    QVERIFY(checked);
}

void TestAdminCheckpoint::editedCheckpointFails()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    const QString file = office.dir.filePath(u"review.checkpoint.json"_s);
    QVERIFY(runAdmin(exportArguments(office.location, file), officerPassword() + '\n') == 0);
    QJsonObject root = QJsonDocument::fromJson(readFile(file)).object();
    QJsonObject head = root.value(u"chainHead"_s).toObject();
    head.insert(u"seq"_s, head.value(u"seq"_s).toInteger() - 1);
    root.insert(u"chainHead"_s, head);
    QVERIFY(writeFile(file, QJsonDocument(root).toJson()));
    QString out;
    QString err;
    const int code = runAdmin(withCredentials({u"verify-checkpoint"_s, file}, office.location),
                              officerPassword() + '\n', &out, &err);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(u"signature"_s), qPrintable(err));

    QVERIFY(writeFile(file, "not json at all"));
    QCOMPARE(runAdmin(withCredentials({u"verify-checkpoint"_s, file}, office.location), officerPassword() + '\n',
                      &out, &err),
             1);
    QVERIFY2(err.contains(u"not a checkpoint"_s), qPrintable(err));
}

void TestAdminCheckpoint::olderDatabaseFails()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    const QString olderCopy = office.dir.filePath(u"older.pdesk"_s);
    QVERIFY(copyFolder(office.location, olderCopy));
    {
        auto session = office.unlock();
        QVERIFY(session);
        for (int index = 1; index <= 5; ++index)
            QVERIFY((*session)->vault().store().audit((*session)->actor(), u"view"_s, u"complaint"_s, index));
    }
    const QString file = office.dir.filePath(u"review.checkpoint.json"_s);
    QVERIFY(runAdmin(exportArguments(office.location, file), officerPassword() + '\n') == 0);

    QString out;
    QString err;
    const int code = runAdmin(withCredentials({u"verify-checkpoint"_s, file}, olderCopy), officerPassword() + '\n',
                              &out, &err);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(u"older copy"_s) || err.contains(u"ends before"_s), qPrintable(err));
}

void TestAdminCheckpoint::usageErrors()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    QString out;
    QString err;
    QCOMPARE(runAdmin(withCredentials({u"verify-checkpoint"_s}, office.location), officerPassword() + '\n', &out, &err),
             2);
    QCOMPARE(runAdmin(withCredentials({u"export-checkpoint"_s, u"--from"_s, u"2026-04-01"_s, u"--output"_s,
                                       office.dir.filePath(u"x.json"_s)},
                                      office.location),
                      officerPassword() + '\n', &out, &err),
             2);
    QVERIFY(err.contains(u"--until"_s));
    QCOMPARE(runAdmin(withCredentials({u"export-checkpoint"_s, u"--from"_s, u"2026-04-01"_s, u"--until"_s,
                                       u"2026-03-01"_s, u"--output"_s, office.dir.filePath(u"x.json"_s)},
                                      office.location),
                      officerPassword() + '\n', &out, &err),
             1);
    QVERIFY(err.contains(u"ends before"_s));
    QVERIFY(!QFile::exists(office.dir.filePath(u"x.json"_s)));
    QCOMPARE(runAdmin(withCredentials({u"verify-checkpoint"_s, office.dir.filePath(u"missing.json"_s)}, office.location),
                      officerPassword() + '\n', &out, &err),
             1);
}

void TestAdminCheckpoint::staffCannotExport()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QByteArray password = QByteArrayLiteral("Tantou-sha-2026-ok");
    QVERIFY(AccountService(*office.session).addAccount(u"suzuki"_s, u"鈴木 一郎"_s, Role::Staff, password));
    office.lock();
    const QString file = office.dir.filePath(u"staff.json"_s);
    QStringList arguments = exportArguments(office.location, file);
    arguments[arguments.indexOf(officerLogin())] = u"suzuki"_s;
    QString out;
    QString err;
    QCOMPARE(runAdmin(arguments, password + '\n', &out, &err), 1);
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestAdminCheckpoint)
#include "tst_admin_checkpoint.moc"
