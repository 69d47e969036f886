// SPDX-License-Identifier: GPL-3.0-or-later
// FAXes and scanned letters kept with a complaint: recognised by their content, never by their
// name; refused above the organization's size limit with the limit in the message; stored in
// the encrypted database (no plaintext on disk), read back byte for byte, every read audited;
// the auditor reads but never attaches or removes; a closed complaint keeps its files.
#include "TestSupport.h"

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintService.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
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

QByteArray sample(const QString& name)
{
    return readFile(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/data/email/") + name);
}

QByteArray pdfWith(const QByteArray& text)
{
    return QByteArray("%PDF-1.4\n% ") + text + "\n%%EOF\n";
}

Complaint draft()
{
    Complaint complaint;
    complaint.receivedAt = QDateTime(QDate(2025, 6, 2), QTime(10, 0));
    complaint.channel = ComplaintChannel::Fax;
    complaint.channelDetails.faxNumber = u"03-1111-2222"_s;
    complaint.complainant.name = u"秋山　真理"_s;
    complaint.content = u"FAXで通知書の写しを送ります"_s;
    return complaint;
}

storage::AuditEntry lastAudit(Session& session)
{
    storage::AuditLog::Filter filter;
    filter.limit = 1;
    auto entries = storage::AuditLog::entries(session.vault().database(), filter);
    return entries && !entries->isEmpty() ? entries->first() : storage::AuditEntry();
}

Status setLimit(Session& session, int megabytes)
{
    OrganizationService organizations(session);
    auto organization = organizations.organization();
    if (!organization)
        return std::unexpected(organization.error());
    organization->attachmentLimitMb = megabytes;
    return organizations.saveOrganization(*organization);
}

} // namespace

class TestComplaintAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addListAndReadBack();
    void typeComesFromTheContent_data();
    void typeComesFromTheContent();
    void otherFilesAreRefused_data();
    void otherFilesAreRefused();
    void fileNamesKeepTheBaseNameOnly_data();
    void fileNamesKeepTheBaseNameOnly();
    void sizeLimitIsTheOrganizationSetting();
    void limitSettingIsValidated_data();
    void limitSettingIsValidated();
    void unknownComplaintIsNotFound();
    void auditorReadsButCannotChange();
    void removeIsAuditedAndClosedComplaintsKeepTheirFiles();
    void contentIsEncryptedAtRest();
    void filesOfANewComplaintAreStoredWithIt();

private:
    qint64 countFor(qint64 complaintId);

    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<Session> m_auditor;
    Complaint m_complaint;
};

void TestComplaintAttachments::initTestCase()
{
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
    const QByteArray password = DemoGenerator::demoAccountPassword();
    QVERIFY(AccountService(*m_office->session).addAccount(u"kansa"_s, u"監事 一郎"_s, Role::Auditor, password));
    auto auditor = Session::unlock(m_office->location, u"kansa"_s, password);
    QVERIFY2(auditor, why(auditor));
    m_auditor = std::move(*auditor);
    auto created = ComplaintService(*m_office->session).create(draft());
    QVERIFY2(created, why(created));
    m_complaint = *created;
}

qint64 TestComplaintAttachments::countFor(qint64 complaintId)
{
    auto list = ComplaintAttachments(*m_office->session).list(complaintId);
    return list ? list->size() : -1;
}

void TestComplaintAttachments::addListAndReadBack()
{
    Session& session = *m_office->session;
    ComplaintAttachments attachments(session);
    const QByteArray png = sample(u"sample.png"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto added = attachments.add(m_complaint.id, u"受付票.png"_s, png);
    QVERIFY2(added, why(added));
    QVERIFY(added->id > 0);
    QCOMPARE(added->complaintId, m_complaint.id);
    QCOMPARE(added->fileName, u"受付票.png"_s);
    QCOMPARE(added->mimeType, u"image/png"_s);
    QCOMPARE(added->size, png.size());
    QCOMPARE(added->source, u"file"_s);
    QCOMPARE(added->addedBy, session.account().id);
    QCOMPARE(added->addedByName, session.account().displayName);
    QVERIFY(added->addedUtc >= before && added->addedUtc <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(lastAudit(session).action, u"create"_s);
    QCOMPARE(lastAudit(session).recordType, u"complaint_attachment"_s);

    auto list = attachments.list(m_complaint.id);
    QVERIFY2(list, why(list));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().id, added->id);
    QCOMPARE(list->first().fileName, added->fileName);
    QCOMPARE(list->first().size, added->size);

    auto content = attachments.content(added->id);
    QVERIFY2(content, why(content));
    QCOMPARE(*content, png);
    const storage::AuditEntry view = lastAudit(session);
    QCOMPARE(view.action, u"view"_s);
    QCOMPARE(view.recordType, u"complaint_attachment"_s);
    QCOMPARE(view.recordId, added->id);

    // Attaching is not an edit of the record: a form open on it can still be saved.
    auto reloaded = ComplaintService(session).find(m_complaint.id);
    QVERIFY2(reloaded, why(reloaded));
    QCOMPARE(reloaded->revision, m_complaint.revision);
    QVERIFY(attachments.remove(added->id));
}

void TestComplaintAttachments::typeComesFromTheContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("PDF") << u"letter.pdf"_s << pdfWith("letter") << u"application/pdf"_s;
    QTest::newRow("PDF named .png") << u"scan.png"_s << pdfWith("scan") << u"application/pdf"_s;
    QTest::newRow("TIFF little-endian") << u"fax.tif"_s << QByteArray("II*\0\x08\0\0\0", 8) << u"image/tiff"_s;
    QTest::newRow("TIFF big-endian") << u"fax.tiff"_s << QByteArray("MM\0*\0\0\0\x08", 8) << u"image/tiff"_s;
    QTest::newRow("PNG without extension") << u"photo"_s << sample(u"sample.png"_s) << u"image/png"_s;
    QTest::newRow("JPEG") << u"photo.JPG"_s << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << u"image/jpeg"_s;
}

void TestComplaintAttachments::typeComesFromTheContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QString, mimeType);
    ComplaintAttachments attachments(*m_office->session);
    auto added = attachments.add(m_complaint.id, fileName, data);
    QVERIFY2(added, why(added));
    QCOMPARE(added->mimeType, mimeType);
    QCOMPARE(added->fileName, fileName);
    QVERIFY(ComplaintAttachments::isViewable(added->mimeType));
    QVERIFY(attachments.remove(added->id));
}

void TestComplaintAttachments::otherFilesAreRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << u"empty.pdf"_s << QByteArray();
    QTest::newRow("text named .pdf") << u"memo.pdf"_s << QByteArray("not a PDF at all\n");
    QTest::newRow("zip") << u"scans.zip"_s << QByteArray("PK\x03\x04\x14\0\0\0", 8);
    QTest::newRow("word document") << u"letter.docx"_s << QByteArray("PK\x03\x04word/document.xml", 21);
    QTest::newRow("GIF") << u"photo.gif"_s << QByteArray("GIF89a\x01\0\x01\0", 10);
}

void TestComplaintAttachments::otherFilesAreRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    ComplaintAttachments attachments(*m_office->session);
    auto added = attachments.add(m_complaint.id, fileName, data);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!added.error().detail.isEmpty());
    QCOMPARE(countFor(m_complaint.id), 0);
}

void TestComplaintAttachments::fileNamesKeepTheBaseNameOnly_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("kept");
    QTest::newRow("plain") << u"受付票.pdf"_s << u"受付票.pdf"_s;
    QTest::newRow("unix path") << u"/home/sato/スキャン/受付票.pdf"_s << u"受付票.pdf"_s;
    QTest::newRow("windows path") << u"C:\\Users\\sato\\受付票.pdf"_s << u"受付票.pdf"_s;
    QTest::newRow("control characters") << u"受付\n票\t.pdf"_s << u"受付票.pdf"_s;
    QTest::newRow("nothing left") << u"C:\\scans\\"_s << u"attachment.pdf"_s;
    QTest::newRow("dots") << u".."_s << u"attachment.pdf"_s;
    QTest::newRow("too long") << (QString(300, u'長') + u".pdf"_s) << (QString(251, u'長') + u".pdf"_s);
}

void TestComplaintAttachments::fileNamesKeepTheBaseNameOnly()
{
    QFETCH(QString, given);
    QFETCH(QString, kept);
    QCOMPARE(ComplaintAttachments::cleanFileName(given, u"application/pdf"_s), kept);
}

void TestComplaintAttachments::sizeLimitIsTheOrganizationSetting()
{
    Session& session = *m_office->session;
    ComplaintAttachments attachments(session);
    auto limit = attachments.sizeLimitBytes();
    QVERIFY2(limit, why(limit));
    QCOMPARE(*limit, qint64(ComplaintAttachments::kDefaultLimitMb) * 1024 * 1024);
    QVERIFY(attachments.checkSize(*limit));
    auto tooLarge = attachments.checkSize(*limit + 1);
    QVERIFY(!tooLarge);
    QVERIFY2(tooLarge.error().detail.contains(u"25 MB"_s), qPrintable(tooLarge.error().detail));

    QVERIFY(setLimit(session, 1));
    const qint64 oneMb = 1024 * 1024;
    QVERIFY(attachments.checkSize(oneMb));
    auto refused = attachments.add(m_complaint.id, u"scan.pdf"_s, pdfWith(QByteArray(int(oneMb), 'x')));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(refused.error().detail.contains(u"1 MB"_s), qPrintable(refused.error().detail));
    // Just over the limit never reads as the limit itself.
    QVERIFY2(refused.error().detail.contains(u"1.1 MB"_s), qPrintable(refused.error().detail));
    QCOMPARE(countFor(m_complaint.id), 0);
    // Exactly at the limit is allowed.
    QByteArray atLimit = pdfWith({});
    atLimit.append(QByteArray(int(oneMb - atLimit.size()), ' '));
    auto accepted = attachments.add(m_complaint.id, u"scan.pdf"_s, atLimit);
    QVERIFY2(accepted, why(accepted));
    QVERIFY(attachments.remove(accepted->id));
    QVERIFY(setLimit(session, ComplaintAttachments::kDefaultLimitMb));
}

void TestComplaintAttachments::limitSettingIsValidated_data()
{
    QTest::addColumn<int>("megabytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("100") << 100 << true;
    QTest::newRow("101") << 101 << false;
    QTest::newRow("negative") << -5 << false;
}

void TestComplaintAttachments::limitSettingIsValidated()
{
    QFETCH(int, megabytes);
    QFETCH(bool, valid);
    QCOMPARE(bool(ComplaintAttachments::validateLimitMb(megabytes)), valid);
    QCOMPARE(bool(setLimit(*m_office->session, megabytes)), valid);
    auto organization = OrganizationService(*m_office->session).organization();
    QVERIFY(organization);
    QCOMPARE(organization->attachmentLimitMb, valid ? megabytes : ComplaintAttachments::kDefaultLimitMb);
    QVERIFY(setLimit(*m_office->session, ComplaintAttachments::kDefaultLimitMb));
}

void TestComplaintAttachments::unknownComplaintIsNotFound()
{
    auto added = ComplaintAttachments(*m_office->session).add(987654, u"scan.pdf"_s, pdfWith("x"));
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::NotFound);
    auto content = ComplaintAttachments(*m_office->session).content(987654);
    QVERIFY(!content);
    QCOMPARE(content.error().kind, ErrorKind::NotFound);
}

void TestComplaintAttachments::auditorReadsButCannotChange()
{
    ComplaintAttachments officer(*m_office->session);
    auto added = officer.add(m_complaint.id, u"fax.pdf"_s, pdfWith("fax"));
    QVERIFY2(added, why(added));

    ComplaintAttachments auditor(*m_auditor);
    auto refused = auditor.add(m_complaint.id, u"audit.pdf"_s, pdfWith("audit"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(lastAudit(*m_auditor).action, u"denied"_s);
    auto notRemoved = auditor.remove(added->id);
    QVERIFY(!notRemoved);
    QCOMPARE(notRemoved.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(lastAudit(*m_auditor).action, u"denied"_s);

    auto list = auditor.list(m_complaint.id);
    QVERIFY2(list, why(list));
    QCOMPARE(list->size(), 1);
    auto content = auditor.content(added->id);
    QVERIFY2(content, why(content));
    QCOMPARE(*content, pdfWith("fax"));
    QCOMPARE(lastAudit(*m_auditor).login, u"kansa"_s);
    QCOMPARE(lastAudit(*m_auditor).action, u"view"_s);
    QVERIFY(officer.remove(added->id));
}

void TestComplaintAttachments::removeIsAuditedAndClosedComplaintsKeepTheirFiles()
{
    Session& session = *m_office->session;
    ComplaintService complaints(session);
    auto created = complaints.create(draft());
    QVERIFY2(created, why(created));
    ComplaintAttachments attachments(session);
    auto first = attachments.add(created->id, u"first.pdf"_s, pdfWith("first"));
    auto second = attachments.add(created->id, u"second.pdf"_s, pdfWith("second"));
    QVERIFY(first && second);

    QVERIFY(attachments.remove(first->id));
    const storage::AuditEntry removal = lastAudit(session);
    QCOMPARE(removal.action, u"delete"_s);
    QCOMPARE(removal.recordType, u"complaint_attachment"_s);
    QCOMPARE(removal.recordId, first->id);
    QCOMPARE(countFor(created->id), 1);
    auto gone = attachments.content(first->id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    auto again = attachments.remove(first->id);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::NotFound);

    auto withdrawn = complaints.transition(created->id, created->revision, ComplaintStatus::Withdrawn);
    QVERIFY2(withdrawn, why(withdrawn));
    auto kept = attachments.remove(second->id);
    QVERIFY(!kept);
    QCOMPARE(kept.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(countFor(created->id), 1);
    // A letter that arrives after the case was closed is still kept with it.
    auto late = attachments.add(created->id, u"late.pdf"_s, pdfWith("late"));
    QVERIFY2(late, why(late));
    QCOMPARE(countFor(created->id), 2);
}

void TestComplaintAttachments::contentIsEncryptedAtRest()
{
    const QString marker = u"添付マーカー-TIFF-7d1e"_s;
    TestOffice office;
    QVERIFY(office.isValid());
    auto created = ComplaintService(*office.session).create(draft());
    QVERIFY2(created, why(created));
    auto added = ComplaintAttachments(*office.session).add(created->id, u"scan.pdf"_s, pdfWith(marker.toUtf8()));
    QVERIFY2(added, why(added));
    office.lock();
    const QStringList files = filesBelow(office.dir.path());
    QVERIFY(!files.isEmpty());
    for (const QString& file : files) {
        const QByteArray bytes = readFile(file);
        for (const QByteArray& encoded : markerEncodings(marker))
            QVERIFY2(!bytes.contains(encoded), qPrintable(u"marker found in %1"_s.arg(file)));
        QVERIFY2(!bytes.contains("%PDF-1.4\n% "), qPrintable(file));
    }
}

void TestComplaintAttachments::filesOfANewComplaintAreStoredWithIt()
{
    Session& session = *m_office->session;
    ComplaintAttachments attachments(session);
    const QByteArray png = sample(u"sample.png"_s);
    const QByteArray pdf = pdfWith("fax");

    // Checked before the complaint exists, as add() checks; nothing is written.
    auto scan = attachments.prepare(u"C:\\scans\\fax.png"_s, png);
    QVERIFY2(scan, why(scan));
    QCOMPARE(scan->fileName, u"fax.png"_s);
    QCOMPARE(scan->mimeType, u"image/png"_s);
    auto letter = attachments.prepare(u"letter.pdf"_s, pdf);
    QVERIFY2(letter, why(letter));
    QVERIFY(!attachments.prepare(u"memo.pdf"_s, QByteArray("plain text")));
    QVERIFY(!attachments.prepare(u"empty.png"_s, QByteArray()));
    QVERIFY(!ComplaintAttachments(*m_auditor).prepare(u"fax.png"_s, png));
    QCOMPARE(lastAudit(*m_auditor).action, u"denied"_s);

    // Stored with the complaint, audited as a file attached later.
    auto created = ComplaintService(session).createWithFiles(draft(), {*scan, *letter});
    QVERIFY2(created, why(created));
    auto list = attachments.list(created->id);
    QVERIFY2(list, why(list));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).fileName, u"fax.png"_s);
    QCOMPARE(list->at(0).source, ComplaintAttachments::kSourceFile);
    QCOMPARE(list->at(0).addedBy, session.account().id);
    QCOMPARE(list->at(1).mimeType, u"application/pdf"_s);
    QCOMPARE(attachments.content(list->at(1).id).value(), pdf);

    // A file that does not pass inside the transaction stores nothing, not even the complaint.
    const int before = ComplaintQuery(session).count({}).value();
    const PendingAttachment forged { u"forged.pdf"_s, u"application/pdf"_s, QByteArray("not a pdf") };
    auto refused = ComplaintService(session).createWithFiles(draft(), {*scan, forged});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(ComplaintQuery(session).count({}).value(), before);
    QVERIFY(setLimit(session, 1));
    const PendingAttachment big { u"big.pdf"_s, u"application/pdf"_s, pdfWith(QByteArray(1024 * 1024, 'x')) };
    QVERIFY(!ComplaintService(session).createWithFiles(draft(), {big}));
    QCOMPARE(ComplaintQuery(session).count({}).value(), before);
    QVERIFY(setLimit(session, ComplaintAttachments::kDefaultLimitMb));
}

QTEST_GUILESS_MAIN(TestComplaintAttachments)
#include "tst_complaint_attachments.moc"
