// SPDX-License-Identifier: GPL-3.0-or-later
// Every service call × every role, straight into core as a script that bypasses the UI would do
// it: what Role.cpp allows succeeds, what it does not is refused with PermissionDenied, changes
// nothing, and leaves a "denied" entry in the audit trail.
#include "TestSupport.h"

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintDrafts.h"
#include "core/complaints/ComplaintExport.h"
#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintService.h"
#include "core/render/LetterService.h"
#include "core/render/RecordLetters.h"
#include "core/services/AccountService.h"
#include "core/services/AuditReview.h"
#include "core/services/BackupService.h"
#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/UnitStatistics.h"
#include "core/storage/Vault.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

#include <functional>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pd::Role)
Q_DECLARE_METATYPE(pd::Permission)

namespace {

const QByteArray kStaffPassword = QByteArrayLiteral("Hoshi-no-Umi-4-Kaze");
const QByteArray kAuditorPassword = QByteArrayLiteral("Mizu-no-Oto-9-Sakura");

/// What each call needs that the officer prepares first.
struct Prepared
{
    Complaint complaint; // received, with a result (so it can be signed off)
    qint64 attachmentId = 0;
    QString backupFolder;
    QString exportFolder;
};

using Call = std::function<Status(Session&, const Prepared&)>;

template<typename T>
Status statusOf(const Result<T>& result)
{
    if (result)
        return {};
    return std::unexpected(result.error());
}

QByteArray tinyPng()
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct Entry
{
    const char* name;
    Permission permission;
    Call call;
};

QList<Entry> calls()
{
    return {
        {"complaint.find", Permission::ReadAll,
         [](Session& s, const Prepared& p) { return statusOf(ComplaintService(s).find(p.complaint.id)); }},
        {"complaint.list", Permission::ReadAll,
         [](Session& s, const Prepared&) { return statusOf(ComplaintQuery(s).count(ComplaintFilter{})); }},
        {"complaint.create", Permission::WriteCases,
         [](Session& s, const Prepared& p) {
             Complaint draft = p.complaint;
             draft.id = 0;
             draft.number.clear();
             draft.timeline.clear();
             draft.result.clear();
             return statusOf(ComplaintService(s).create(draft));
         }},
        {"complaint.update", Permission::WriteCases,
         [](Session& s, const Prepared& p) {
             Complaint changed = p.complaint;
             changed.prevention = u"再発防止策の追記"_s;
             return statusOf(ComplaintService(s).update(changed));
         }},
        {"complaint.timeline", Permission::WriteCases,
         [](Session& s, const Prepared& p) {
             return statusOf(ComplaintService(s).addTimelineEntry(p.complaint.id, u"折り返し電話"_s));
         }},
        {"complaint.transition", Permission::WriteCases,
         [](Session& s, const Prepared& p) {
             return statusOf(
                 ComplaintService(s).transition(p.complaint.id, p.complaint.revision, ComplaintStatus::InProgress));
         }},
        {"complaint.signOff", Permission::SignOffCases,
         [](Session& s, const Prepared& p) {
             return statusOf(ComplaintService(s).signOff(p.complaint.id, p.complaint.revision));
         }},
        {"attachment.add", Permission::WriteCases,
         [](Session& s, const Prepared& p) {
             return statusOf(ComplaintAttachments(s).add(p.complaint.id, u"scan.png"_s, tinyPng()));
         }},
        {"attachment.view", Permission::ReadAll,
         [](Session& s, const Prepared& p) { return statusOf(ComplaintAttachments(s).content(p.attachmentId)); }},
        {"attachment.remove", Permission::WriteCases,
         [](Session& s, const Prepared& p) { return ComplaintAttachments(s).remove(p.attachmentId); }},
        {"draft.save", Permission::WriteCases,
         [](Session& s, const Prepared&) { return ComplaintDrafts(s).save(u"new-matrix"_s, "{}"); }},
        {"complaint.export", Permission::PrintAndExport,
         [](Session& s, const Prepared& p) {
             return statusOf(ComplaintExport(s).exportTo(p.exportFolder + u"/list.csv"_s, ComplaintFilter{},
                                                         ComplaintSort{}, ComplaintExportFormat::Csv));
         }},
        {"letter.issue", Permission::PrintAndExport,
         [](Session& s, const Prepared& p) {
             auto request = RecordLetters::requestFor(s, p.complaint.number, u"complaint_answer"_s);
             if (!request)
                 return Status(std::unexpected(request.error()));
             return statusOf(LetterService(s).issue(*request));
         }},
        {"letter.saveTemplate", Permission::EditLetterTemplates,
         [](Session& s, const Prepared&) {
             auto latest = LetterService(s).latestTemplate(u"fax_cover"_s);
             if (!latest)
                 return Status(std::unexpected(latest.error()));
             return statusOf(LetterService(s).saveTemplate(latest->name, latest->title, latest->html + u"<p>追記</p>"_s));
         }},
        {"organization.save", Permission::EditOrganization,
         [](Session& s, const Prepared&) {
             auto organization = OrganizationService(s).organization();
             if (!organization)
                 return Status(std::unexpected(organization.error()));
             organization->phone = u"03-0000-1111"_s;
             return OrganizationService(s).saveOrganization(*organization);
         }},
        {"account.add", Permission::ManageAccounts,
         [](Session& s, const Prepared&) {
             return statusOf(AccountService(s).addAccount(u"newcomer"_s, u"新人"_s, Role::Staff,
                                                          QByteArrayLiteral("Tori-no-Uta-88-Hayate")));
         }},
        {"account.disable", Permission::ManageAccounts,
         [](Session& s, const Prepared&) { return AccountService(s).setActive(u"suzuki"_s, false); }},
        {"account.rotateDataKey", Permission::ManageAccounts,
         [](Session& s, const Prepared&) { return statusOf(AccountService(s).rotateDataKey(false)); }},
        {"backup", Permission::ManageBackups,
         [](Session& s, const Prepared& p) { return statusOf(BackupService(s).backupTo(p.backupFolder)); }},
        {"auditLog.read", Permission::ReviewAuditLog,
         [](Session& s, const Prepared&) { return statusOf(AuditReview(s).entries({}, {})); }},
    };
}

qint64 deniedEntries(Session& session)
{
    storage::AuditLog::Filter filter;
    filter.limit = 1'000'000;
    auto entries = storage::AuditLog::entries(session.vault().database(), filter);
    qint64 denied = 0;
    if (entries)
        for (const storage::AuditEntry& entry : *entries)
            denied += entry.action == QLatin1String("denied") ? 1 : 0;
    return denied;
}

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

private slots:
    void everyCallForEveryRole_data();
    void everyCallForEveryRole();
};

void TestRoleMatrix::everyCallForEveryRole_data()
{
    QTest::addColumn<Role>("role");
    for (Role role : {Role::Officer, Role::Staff, Role::Auditor})
        QTest::addRow("%s", qPrintable(roleKey(role))) << role;
}

void TestRoleMatrix::everyCallForEveryRole()
{
    QFETCH(Role, role);
    const QList<Entry> all = calls();

    // One unit per role; every call gets its own complaint (and attachment), prepared by the officer,
    // so that no call depends on what an earlier one did.
    TestOffice office;
    QVERIFY(office.isValid());
    QTemporaryDir folders;
    QList<Prepared> prepared;
    {
        AccountService accounts(*office.session);
        QVERIFY(accounts.addAccount(u"suzuki"_s, u"鈴木"_s, Role::Staff, kStaffPassword));
        QVERIFY(accounts.addAccount(u"kansa"_s, u"監事"_s, Role::Auditor, kAuditorPassword));
        ComplaintService complaints(*office.session);
        for (int i = 0; i < all.size(); ++i) {
            Complaint draft;
            draft.receivedAt = QDateTime::currentDateTime();
            draft.channel = ComplaintChannel::Post;
            draft.complainant.name = u"山本 和子"_s;
            draft.complainant.postalCode = u"100-0001"_s;
            draft.complainant.address = u"東京都千代田区千代田1-1"_s;
            draft.content = u"通知書の宛名の誤り"_s;
            draft.category = ComplaintCategory::Other;
            auto created = complaints.create(draft);
            QVERIFY(created);
            Complaint withResult = *created;
            withResult.result = u"宛名を訂正し再送した"_s;
            auto updated = complaints.update(withResult);
            QVERIFY(updated);
            // Sign-off is for a complaint being handled; every other call starts from a received one.
            if (all[i].permission == Permission::SignOffCases) {
                updated = complaints.transition(updated->id, updated->revision, ComplaintStatus::InProgress);
                QVERIFY(updated);
            }
            Prepared entry;
            entry.complaint = *updated;
            auto attachment = ComplaintAttachments(*office.session).add(updated->id, u"fax.png"_s, tinyPng());
            QVERIFY(attachment);
            entry.attachmentId = attachment->id;
            entry.backupFolder = folders.filePath(u"backups-%1"_s.arg(i));
            entry.exportFolder = folders.path();
            prepared.append(entry);
        }
    }

    std::unique_ptr<Session> own;
    Session* session = office.session.get();
    if (role != Role::Officer) {
        auto opened = role == Role::Staff ? Session::unlock(office.location, u"suzuki"_s, kStaffPassword)
                                          : Session::unlock(office.location, u"kansa"_s, kAuditorPassword);
        QVERIFY(opened);
        own = std::move(*opened);
        session = own.get();
    }

    for (int i = 0; i < all.size(); ++i) {
        const Entry& entry = all[i];
        auto before = storage::UnitStatistics::read(session->vault().database());
        QVERIFY(before);
        const qint64 deniedBefore = deniedEntries(*session);
        QFile::remove(prepared[i].exportFolder + u"/list.csv"_s);

        const Status status = entry.call(*session, prepared[i]);
        if (roleAllows(role, entry.permission)) {
            QVERIFY2(status, qPrintable(u"%1: %2"_s.arg(QLatin1String(entry.name),
                                                          status ? QString() : status.error().message())));
            continue;
        }
        QVERIFY2(!status, entry.name);
        QVERIFY2(status.error().kind == ErrorKind::PermissionDenied, entry.name);
        QVERIFY2(deniedEntries(*session) == deniedBefore + 1, entry.name);
        // Refused means unchanged.
        auto after = storage::UnitStatistics::read(session->vault().database());
        QVERIFY(after);
        QVERIFY2(after->complaints == before->complaints && after->issuedLetters == before->issuedLetters
                     && after->accounts == before->accounts,
                 entry.name);
        QVERIFY2(!QFileInfo::exists(prepared[i].backupFolder) || QDir(prepared[i].backupFolder).isEmpty(), entry.name);
        QVERIFY2(!QFileInfo::exists(prepared[i].exportFolder + u"/list.csv"_s), entry.name);
    }
}

QTEST_MAIN(TestRoleMatrix)
#include "tst_render_role_matrix.moc"
