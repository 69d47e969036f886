// SPDX-License-Identifier: GPL-3.0-or-later
// Slot changes survive kill -9 at any moment: privacydesk-admin changes a password, adds and
// removes an account, and is killed at varying points. Afterwards the unit always opens, and
// exactly one of the old and new password works (never both, never neither), and an added account
// either exists with a working slot or not at all.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/storage/Vault.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

class TestSlotCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordChangeKilledAtAnyPoint();
    void accountAddAndRemoveKilledAtAnyPoint();

private:
    /// Starts the admin with `arguments` and `input`, kills it with SIGKILL after `delayMs`
    /// (or lets it finish when it is faster). Returns true when it was killed before finishing.
    bool runAndKill(const QStringList& arguments, const QByteArray& input, int delayMs);
    /// How long the command takes when left alone, to spread the kill points over it.
    int m_passwdMs = 0;
};

namespace {
const QByteArray kSecond = QByteArrayLiteral("Nami-no-Hana-63-Kogarashi");
}

bool TestSlotCrash::runAndKill(const QStringList& arguments, const QByteArray& input, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(PRIVACYDESK_ADMIN_BINARY), arguments);
    if (!process.waitForStarted(10000))
        return false;
    process.write(input);
    process.closeWriteChannel();
    if (process.waitForFinished(delayMs))
        return false;
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    return true;
}

void TestSlotCrash::initTestCase()
{
    qputenv("LC_ALL", "C.UTF-8");
    // A killed process may leave the slot-file lock behind: it must not block the next one for long.
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    QElapsedTimer timer;
    timer.start();
    QString out;
    QString err;
    const int code = runAdmin({u"passwd"_s, u"--database"_s, office.location, u"--user"_s, officerLogin(),
                               u"--password-stdin"_s},
                              officerPassword() + '\n' + kSecond + '\n', &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    m_passwdMs = int(timer.elapsed());
    QVERIFY(m_passwdMs > 0);
}

void TestSlotCrash::passwordChangeKilledAtAnyPoint()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    QByteArray current = officerPassword();
    int killed = 0;
    constexpr int kRounds = 16;
    for (int round = 0; round < kRounds; ++round) {
        const QByteArray next = current == officerPassword() ? kSecond : officerPassword();
        // Spread the kill points from the process start to past its usual end.
        const int delay = 5 + (m_passwdMs * round) / (kRounds - 4);
        killed += runAndKill({u"passwd"_s, u"--database"_s, office.location, u"--user"_s, officerLogin(),
                              u"--password-stdin"_s},
                             current + '\n' + next + '\n', delay)
            ? 1
            : 0;
        auto withCurrent = Session::unlock(office.location, officerLogin(), current);
        auto withNext = Session::unlock(office.location, officerLogin(), next);
        QVERIFY2(withCurrent.has_value() != withNext.has_value(),
                 qPrintable(u"round %1 (kill after %2 ms): old %3, new %4"_s.arg(round)
                                .arg(delay)
                                .arg(withCurrent ? u"opens"_s : withCurrent.error().message(),
                                     withNext ? u"opens"_s : withNext.error().message())));
        Session& session = withCurrent ? **withCurrent : **withNext;
        QVERIFY(session.vault().checkIntegrity());
        if (withNext)
            current = next;
    }
    qInfo("password changes killed before they finished: %d of %d", killed, kRounds);
    QVERIFY2(killed > 0, "no run was killed before it finished: the kill points missed the command");
}

void TestSlotCrash::accountAddAndRemoveKilledAtAnyPoint()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    const QByteArray oneTime = QByteArrayLiteral("Sora-no-Iro-25-Mikazuki");
    int killed = 0;
    constexpr int kRounds = 12;
    for (int round = 0; round < kRounds; ++round) {
        const QString login = u"staff%1"_s.arg(round);
        const int delay = 5 + (m_passwdMs * round) / (kRounds - 3);
        killed += runAndKill({u"add-account"_s, u"--database"_s, office.location, u"--user"_s, officerLogin(),
                              u"--password-stdin"_s, u"--login"_s, login, u"--name"_s, u"担当 %1"_s.arg(round),
                              u"--role"_s, u"staff"_s},
                             officerPassword() + '\n' + oneTime + '\n', delay)
            ? 1
            : 0;
        // The officer always gets in; the new account either works or is refused as unknown or as
        // having no slot yet (the row is written first, then the slot), never half a slot.
        auto officer = office.unlock();
        QVERIFY2(officer, qPrintable(officer ? QString() : officer.error().message()));
        QVERIFY((*officer)->vault().checkIntegrity());
        officer->reset();
        auto staff = Session::unlock(office.location, login, oneTime);
        QVERIFY2(staff || staff.error().kind == ErrorKind::UnknownAccount,
                 qPrintable(staff ? QString() : staff.error().message()));
        staff = {};
        // Removing it, killed as well: afterwards it is either still there and working, or gone.
        runAndKill({u"remove-account"_s, u"--database"_s, office.location, u"--user"_s, officerLogin(),
                    u"--password-stdin"_s, u"--login"_s, login},
                   officerPassword() + '\n', delay);
        auto after = Session::unlock(office.location, login, oneTime);
        QVERIFY2(after || after.error().kind == ErrorKind::UnknownAccount
                     || after.error().kind == ErrorKind::AccountDisabled,
                 qPrintable(after ? QString() : after.error().message()));
        QVERIFY(office.unlock());
    }
    qInfo("account additions killed before they finished: %d of %d", killed, kRounds);
    QVERIFY2(killed > 0, "no run was killed before it finished");
}

QTEST_GUILESS_MAIN(TestSlotCrash)
#include "tst_slot_crash.moc"
