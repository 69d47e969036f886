// SPDX-License-Identifier: GPL-3.0-or-later
// The purpose register is created with the 16 categories of the society's public
// notice, exactly as its section 1 states them.
#include "TestSupport.h"

#include "core/services/OrganizationService.h"
#include "core/storage/Migrations.h"

#include <QFile>
#include <QTest>

using namespace pd;

class TestPurposeRegister : public QObject
{
    Q_OBJECT

private slots:
    void sixteenCategoriesInOrder();
    void wordingIsVerbatim();
    void matchesTheSeedDocument();
};

void TestPurposeRegister::sixteenCategoriesInOrder()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    auto categories = OrganizationService(*office.session).purposeRegister();
    QVERIFY(categories);
    QCOMPARE(categories->size(), 16);
    QCOMPARE(categories->first().name, QStringLiteral("資格に関する情報"));
    QCOMPARE(categories->last().name, QStringLiteral("当組合の従業員に関する情報"));
    for (int i = 0; i < categories->size(); ++i)
        QCOMPARE(categories->at(i).position, i + 1);
}

void TestPurposeRegister::wordingIsVerbatim()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    auto categories = OrganizationService(*office.session).purposeRegister();
    QVERIFY(categories);
    // Full-width parentheses and the notice's own doubled comma are kept as published.
    QCOMPARE(categories->at(2).name,
             QStringLiteral("被扶養者（被扶養者になろうとする者を含む）及びその同居家族の収入及び身分関係に関する情報"));
    QCOMPARE(categories->at(10).purposes, QStringLiteral("利用者の管理、、施策の利用記録"));
    QCOMPARE(categories->at(5).purposes,
             QStringLiteral("保険給付の審査・支払、医療費通知の発行、加入者の健康管理及び施策立案を目的とした医療費分析、"
                            "健康保険組合連合会に対する高額医療交付金の申請、海外療養費の翻訳"));
}

void TestPurposeRegister::matchesTheSeedDocument()
{
    // Where the shared seed is present (developer machines and CI), compare with it line by line.
    QFile seed(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/../shared/seed/000_78a3bc0a065f7e46.txt"));
    if (!seed.open(QIODevice::ReadOnly))
        QSKIP("the shared seed document is not beside this checkout");
    const QString text = QString::fromUtf8(seed.readAll());
    const QString section = text.section(QStringLiteral("１．個人情報の利用目的"), 1).section(QStringLiteral("※保有個人データ"), 0, 0);
    QStringList lines;
    for (const QString& line : section.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    const qsizetype header = lines.indexOf(QStringLiteral("利用目的"));
    QVERIFY(header > 0);
    const QStringList pairs = lines.mid(header + 1);
    QCOMPARE(pairs.size(), 32);
    const auto& seeded = storage::seedPurposeRegister();
    QCOMPARE(seeded.size(), 16);
    for (int i = 0; i < 16; ++i) {
        QCOMPARE(seeded.at(i).category, pairs.at(2 * i));
        QCOMPARE(seeded.at(i).purposes, pairs.at(2 * i + 1));
    }
}

QTEST_GUILESS_MAIN(TestPurposeRegister)
#include "tst_purpose_register.moc"
