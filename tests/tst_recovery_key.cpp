// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Crypto.h"
#include "core/crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace pd;
using crypto::RecoveryKey;

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialize()); }
    void formatIsPrintable();
    void roundTrip_data();
    void roundTrip();
    void typoIsDetected();
    void rawKeyLiteralHasExactLength();
};

void TestRecoveryKey::formatIsPrintable()
{
    const QString text = RecoveryKey::format(RecoveryKey::generateSecret());
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$")).match(text).hasMatch(),
             qPrintable(text));
}

void TestRecoveryKey::roundTrip_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("as printed") << 0;
    QTest::newRow("lower case with spaces") << 1;
    QTest::newRow("full-width characters") << 2;
    QTest::newRow("O for zero and l for one") << 3;
}

void TestRecoveryKey::roundTrip()
{
    QFETCH(int, variant);
    const SecureBytes secret = RecoveryKey::generateSecret();
    QString text = RecoveryKey::format(secret);
    switch (variant) {
    case 1:
        text = text.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        break;
    case 2: {
        QString wide;
        for (QChar c : text)
            wide += c == QLatin1Char('-') ? QChar(0x30FC) == c ? c : QChar(0xFF0D) : QChar(c.unicode() + 0xFEE0);
        text = wide;
        break;
    }
    case 3:
        text.replace(QLatin1Char('0'), QLatin1Char('O')).replace(QLatin1Char('1'), QLatin1Char('l'));
        break;
    default:
        break;
    }
    auto parsed = RecoveryKey::parse(text);
    QVERIFY2(parsed, qPrintable(text));
    QVERIFY(parsed->equals(secret));
}

void TestRecoveryKey::typoIsDetected()
{
    QString text = RecoveryKey::format(RecoveryKey::generateSecret());
    text[5] = text[5] == QLatin1Char('X') ? QLatin1Char('Y') : QLatin1Char('X');
    QVERIFY(!RecoveryKey::parse(text));
    QVERIFY(!RecoveryKey::parse(text.left(20)));
    QVERIFY(!RecoveryKey::parse(QStringLiteral("not a key at all!")));
}

void TestRecoveryKey::rawKeyLiteralHasExactLength()
{
    // SQLCipher treats anything but x'<64 hex>' as a passphrase: the literal must be exact.
    const SecureBytes key = SecureBytes::random(crypto::kDataKeySize);
    const SecureBytes literal = crypto::rawKeyLiteral(key);
    const QByteArray text(reinterpret_cast<const char*>(literal.data()));
    QCOMPARE(text.size(), 67);
    QVERIFY(text.startsWith("x'"));
    QVERIFY(text.endsWith('\''));
    QVERIFY(QRegularExpression(QStringLiteral("^x'[0-9a-f]{64}'$")).match(QString::fromLatin1(text)).hasMatch());
}

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recovery_key.moc"
