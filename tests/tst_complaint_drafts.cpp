// SPDX-License-Identifier: GPL-3.0-or-later
// Unsaved complaint forms survive a lock, a crash and a restart because they are autosaved into
// the encrypted database: per account (no one else sees them), replaced on each save, audited
// without their content, and never written anywhere in plaintext.
#include "TestSupport.h"

#include "core/complaints/ComplaintDrafts.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T> const char* why(const std::expected<T, Error>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message().toUtf8();
    return text.constData();
}

const QString kStaffLogin = u"sato"_s;
const QString kAuditorLogin = u"kansa"_s;

storage::AuditEntry lastAudit(Session& session)
{
    storage::AuditLog::Filter filter;
    filter.limit = 1;
    auto entries = storage::AuditLog::entries(session.vault().database(), filter);
    return entries && !entries->isEmpty() ? entries->first() : storage::AuditEntry();
}

std::optional<QByteArray> loaded(Session& session, const QString& key)
{
    auto payload = ComplaintDrafts(session).load(key);
    return payload ? *payload : std::nullopt;
}

QStringList keys(Session& session)
{
    QStringList result;
    auto drafts = ComplaintDrafts(session).list();
    if (drafts)
        for (const ComplaintDraftInfo& draft : *drafts)
            result.append(draft.key);
    return result;
}

} // namespace

class TestComplaintDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveReplacesAndLoads();
    void listIsNewestFirst();
    void draftsBelongToTheirAccount();
    void draftsSurviveLockAndReopen();
    void discard();
    void savesAreAuditedWithoutContent();
    void auditorKeepsNoDrafts();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void payloadIsEncryptedAtRest();

private:
    void signInStaff();

    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<Session> m_staff;
    std::unique_ptr<Session> m_auditor;
};

void TestComplaintDrafts::initTestCase()
{
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
    const QByteArray password = DemoGenerator::demoAccountPassword();
    AccountService accounts(*m_office->session);
    QVERIFY(accounts.addAccount(kStaffLogin, u"佐藤 次郎"_s, Role::Staff, password));
    QVERIFY(accounts.addAccount(kAuditorLogin, u"監事 一郎"_s, Role::Auditor, password));
    signInStaff();
    QVERIFY(m_staff);
    auto auditor = Session::unlock(m_office->location, kAuditorLogin, password);
    QVERIFY2(auditor, why(auditor));
    m_auditor = std::move(*auditor);
}

void TestComplaintDrafts::signInStaff()
{
    auto staff = Session::unlock(m_office->location, kStaffLogin, DemoGenerator::demoAccountPassword());
    QVERIFY2(staff, why(staff));
    m_staff = std::move(*staff);
}

void TestComplaintDrafts::init()
{
    // Each test starts without drafts.
    for (Session* session : { m_office->session.get(), m_staff.get() })
        for (const QString& key : keys(*session))
            QVERIFY(ComplaintDrafts(*session).discard(key));
}

void TestComplaintDrafts::saveReplacesAndLoads()
{
    ComplaintDrafts drafts(*m_staff);
    QVERIFY(drafts.save(u"new-1"_s, "申出人: 山田"_ba));
    QCOMPARE(loaded(*m_staff, u"new-1"_s), std::optional<QByteArray>("申出人: 山田"_ba));
    QVERIFY(drafts.save(u"new-1"_s, "申出人: 山田 太郎"_ba));
    QCOMPARE(loaded(*m_staff, u"new-1"_s), std::optional<QByteArray>("申出人: 山田 太郎"_ba));
    QCOMPARE(keys(*m_staff), QStringList { u"new-1"_s });
    QCOMPARE(loaded(*m_staff, u"complaint-42"_s), std::nullopt);
}

void TestComplaintDrafts::listIsNewestFirst()
{
    ComplaintDrafts drafts(*m_staff);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(drafts.save(u"new-a"_s, "a"));
    QTest::qWait(5); // saved times have milliseconds
    QVERIFY(drafts.save(u"complaint-7"_s, "b"));
    QTest::qWait(5);
    QVERIFY(drafts.save(u"new-c"_s, "c"));
    QCOMPARE(keys(*m_staff), (QStringList { u"new-c"_s, u"complaint-7"_s, u"new-a"_s }));
    QTest::qWait(5);
    QVERIFY(drafts.save(u"new-a"_s, "a2")); // saving again moves it to the front
    auto list = drafts.list();
    QVERIFY2(list, why(list));
    QCOMPARE(list->first().key, u"new-a"_s);
    QVERIFY(list->first().savedUtc >= before);
    QVERIFY(list->first().savedUtc <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(list->first().savedUtc.timeSpec(), Qt::UTC);
}

void TestComplaintDrafts::draftsBelongToTheirAccount()
{
    Session& officer = *m_office->session;
    QVERIFY(ComplaintDrafts(*m_staff).save(u"new-1"_s, "staff form"));
    QVERIFY(ComplaintDrafts(officer).save(u"new-2"_s, "officer form"));

    QCOMPARE(keys(*m_staff), QStringList { u"new-1"_s });
    QCOMPARE(keys(officer), QStringList { u"new-2"_s });
    QCOMPARE(loaded(officer, u"new-1"_s), std::nullopt);
    // The same key is a different draft for each account.
    QVERIFY(ComplaintDrafts(officer).save(u"new-1"_s, "officer's own"));
    QCOMPARE(loaded(*m_staff, u"new-1"_s), std::optional<QByteArray>("staff form"));
    QVERIFY(ComplaintDrafts(officer).discard(u"new-1"_s));
    QCOMPARE(loaded(*m_staff, u"new-1"_s), std::optional<QByteArray>("staff form"));
    QCOMPARE(keys(*m_auditor), QStringList());
}

void TestComplaintDrafts::draftsSurviveLockAndReopen()
{
    const QByteArray form = "受付日時=2025-06-02T10:00; 申出内容=保険証が別人宛てに届いた";
    QVERIFY(ComplaintDrafts(*m_staff).save(u"new-5"_s, form));
    // Locking ends the session; the draft was committed when it was saved.
    m_staff.reset();
    m_office->lock();
    auto officer = m_office->unlock();
    QVERIFY2(officer, why(officer));
    m_office->session = std::move(*officer);
    signInStaff();
    QCOMPARE(loaded(*m_staff, u"new-5"_s), std::optional<QByteArray>(form));
}

void TestComplaintDrafts::discard()
{
    ComplaintDrafts drafts(*m_staff);
    QVERIFY(drafts.save(u"complaint-9"_s, "x"));
    QVERIFY(drafts.discard(u"complaint-9"_s));
    QCOMPARE(loaded(*m_staff, u"complaint-9"_s), std::nullopt);
    QVERIFY(keys(*m_staff).isEmpty());
    // Discarding what is not there (already discarded, or never saved) is no error.
    QVERIFY(drafts.discard(u"complaint-9"_s));
    QVERIFY(drafts.discard(u"new-never"_s));
}

void TestComplaintDrafts::savesAreAuditedWithoutContent()
{
    ComplaintDrafts drafts(*m_staff);
    const QByteArray payload = "申出人=秘密の名前";
    QVERIFY(drafts.save(u"new-9"_s, payload));
    storage::AuditEntry saved = lastAudit(*m_staff);
    QCOMPARE(saved.action, u"draft_saved"_s);
    QCOMPARE(saved.recordType, u"complaint_draft"_s);
    QCOMPARE(saved.login, kStaffLogin);
    QVERIFY(saved.detail.contains(u"new-9"_s));
    QVERIFY(saved.detail.contains(QString::number(payload.size())));
    QVERIFY(!saved.detail.contains(u"秘密"_s));

    QVERIFY(drafts.load(u"new-9"_s));
    QCOMPARE(lastAudit(*m_staff).action, u"view"_s);

    QVERIFY(drafts.discard(u"new-9"_s));
    QCOMPARE(lastAudit(*m_staff).action, u"draft_discarded"_s);
    QCOMPARE(lastAudit(*m_staff).recordId, saved.recordId);
    auto chain = m_staff->vault().store().verifyChain();
    QVERIFY2(chain, why(chain));
}

void TestComplaintDrafts::auditorKeepsNoDrafts()
{
    auto refused = ComplaintDrafts(*m_auditor).save(u"new-1"_s, "x");
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(lastAudit(*m_auditor).action, u"denied"_s);
    QCOMPARE(keys(*m_auditor), QStringList());
}

void TestComplaintDrafts::badInputIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty key") << QString() << QByteArray("x");
    QTest::newRow("key with a name in it") << u"new-山田"_s << QByteArray("x");
    QTest::newRow("key with spaces") << u"new 1"_s << QByteArray("x");
    QTest::newRow("key too long") << QString(101, u'a') << QByteArray("x");
    QTest::newRow("empty payload") << u"new-1"_s << QByteArray();
    QTest::newRow("payload too large") << u"new-1"_s << QByteArray(ComplaintDrafts::kMaxPayloadBytes + 1, 'x');
}

void TestComplaintDrafts::badInputIsRefused()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, payload);
    auto saved = ComplaintDrafts(*m_staff).save(key, payload);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::InvalidInput);
    QVERIFY(keys(*m_staff).isEmpty());
}

void TestComplaintDrafts::payloadIsEncryptedAtRest()
{
    const QString marker = u"下書きマーカー-draft-5c2a"_s;
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(ComplaintDrafts(*office.session).save(u"new-1"_s, marker.toUtf8()));
    office.lock();
    const QStringList files = filesBelow(office.dir.path());
    QVERIFY(!files.isEmpty());
    for (const QString& file : files) {
        const QByteArray bytes = readFile(file);
        for (const QByteArray& encoded : markerEncodings(marker))
            QVERIFY2(!bytes.contains(encoded), qPrintable(u"marker found in %1"_s.arg(file)));
    }
}

QTEST_GUILESS_MAIN(TestComplaintDrafts)
#include "tst_complaint_drafts.moc"
