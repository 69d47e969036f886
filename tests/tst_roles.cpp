// SPDX-License-Identifier: GPL-3.0-or-later
// Roles are enforced in core: a call that bypasses the UI is refused and audited.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Vault.h"

#include <QTest>

using namespace pd;

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void permissionTable_data();
    void permissionTable();
    void auditorCannotWrite();
    void staffCannotManageAccounts();
};

void TestRoles::permissionTable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("officer manages accounts") << Role::Officer << Permission::ManageAccounts << true;
    QTest::newRow("officer edits organization") << Role::Officer << Permission::EditOrganization << true;
    QTest::newRow("staff writes cases") << Role::Staff << Permission::WriteCases << true;
    QTest::newRow("staff prints") << Role::Staff << Permission::PrintAndExport << true;
    QTest::newRow("staff cannot manage accounts") << Role::Staff << Permission::ManageAccounts << false;
    QTest::newRow("staff cannot edit organization") << Role::Staff << Permission::EditOrganization << false;
    QTest::newRow("auditor reads") << Role::Auditor << Permission::ReadAll << true;
    QTest::newRow("auditor writes findings") << Role::Auditor << Permission::WriteAuditFindings << true;
    QTest::newRow("auditor cannot write cases") << Role::Auditor << Permission::WriteCases << false;
    QTest::newRow("auditor cannot print") << Role::Auditor << Permission::PrintAndExport << false;
}

void TestRoles::permissionTable()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(roleAllows(role, permission), allowed);
}

void TestRoles::auditorCannotWrite()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    const QByteArray password = QByteArrayLiteral("Shinsa-no-Hi-2026-ok");
    QVERIFY(AccountService(*office.session).addAccount(QStringLiteral("kansa"), QStringLiteral("監事 一郎"), Role::Auditor, password));
    office.lock();
    auto auditor = Session::unlock(office.location, QStringLiteral("kansa"), password);
    QVERIFY(auditor);
    OrganizationService organizations(**auditor);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->name = QStringLiteral("書き換え");
    auto saved = organizations.saveOrganization(*organization);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(organizations.organization()->name, QStringLiteral("テスト健康保険組合"));

    auto entries = storage::AuditLog::entries((*auditor)->vault().database(), {});
    QVERIFY(entries);
    QCOMPARE(entries->first().action, QStringLiteral("denied"));
    QCOMPARE(entries->first().login, QStringLiteral("kansa"));
    QCOMPARE(entries->first().result, QStringLiteral("refused"));
}

void TestRoles::staffCannotManageAccounts()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    const QByteArray password = QByteArrayLiteral("Tantou-sha-2026-ok");
    QVERIFY(AccountService(*office.session).addAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木 一郎"), Role::Staff, password));
    office.lock();
    auto staff = Session::unlock(office.location, QStringLiteral("suzuki"), password);
    QVERIFY(staff);
    auto added = AccountService(**staff).addAccount(QStringLiteral("intruder"), QStringLiteral("侵入 者"), Role::Officer,
                                                    QByteArrayLiteral("Another-Strong-Pass-1"));
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::PermissionDenied);
    QVERIFY(!(*staff)->vault().hasPassword(QStringLiteral("intruder")));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
