// SPDX-License-Identifier: GPL-3.0-or-later
// The everyday work with a record — write, search, open, preview and issue a letter, export the
// list as CSV and xlsx — with every logging category at debug level: no log line carries the
// record, the private temp folder is left empty, and nothing with the record appears in the
// shared temp folder. The only plaintext files are the exports the user asked for.
#include "TestSupport.h"

#include "core/complaints/ComplaintExport.h"
#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintService.h"
#include "core/render/LetterService.h"
#include "core/render/RecordLetters.h"
#include "core/services/ProcessHardening.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kMarker = u"霧島サツキLOGMARK3390"_s;
const QString kMarkerPhone = u"03-9876-5432"_s;

QStringList& capturedMessages()
{
    static QStringList messages;
    return messages;
}

void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    capturedMessages().append(message);
}

/// Files below `root` (recursively) whose bytes contain the marker in any encoding.
QStringList filesWithMarker(const QString& root, const QString& marker)
{
    QStringList hits;
    for (const QString& file : filesBelow(root)) {
        const QByteArray bytes = readFile(file);
        for (const QByteArray& encoded : markerEncodings(marker))
            if (bytes.contains(encoded)) {
                hits.append(file);
                break;
            }
    }
    return hits;
}

} // namespace

class TestNoPlaintextLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everydayWorkLeavesNoTrace();
    void cleanupTestCase();

private:
    std::unique_ptr<QTemporaryDir> m_exports; // the folder the user chose for exports
    QString m_sharedTemp;
    QString m_privateTemp;
    QStringList m_sharedTempBefore;
};

void TestNoPlaintextLeaks::initTestCase()
{
    m_sharedTemp = QDir::tempPath();
    m_exports = std::make_unique<QTemporaryDir>();
    QVERIFY(m_exports->isValid());
    m_sharedTempBefore = QDir(m_sharedTemp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    // In the order main() does it.
    ProcessHardening::ensureRuntimeDirectory();
    m_privateTemp = ProcessHardening::usePrivateTempDirectory();
    QVERIFY(!m_privateTemp.isEmpty());
    QCOMPARE(QDir::tempPath(), m_privateTemp);
    QCOMPARE(QFileInfo(m_privateTemp).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    qInstallMessageHandler(captureMessage);
}

void TestNoPlaintextLeaks::everydayWorkLeavesNoTrace()
{
    QTemporaryDir& exports = *m_exports;
    {
        TestOffice office;
        QVERIFY(office.isValid());
        Complaint draft;
        draft.receivedAt = QDateTime::currentDateTime();
        draft.channel = ComplaintChannel::Phone;
        draft.channelDetails.callerNumber = kMarkerPhone;
        draft.complainant.name = kMarker;
        draft.complainant.phone = kMarkerPhone;
        draft.content = kMarker + u"様より、通知の誤送付について"_s;
        draft.category = ComplaintCategory::Breach;
        auto created = ComplaintService(*office.session).create(draft);
        QVERIFY(created);

        ComplaintFilter filter;
        filter.searchText = u"霧島"_s;
        auto rows = ComplaintQuery(*office.session).page(filter, ComplaintSort{}, 0, 20);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QVERIFY(ComplaintService(*office.session).find(created->id));

        auto request = RecordLetters::requestFor(*office.session, created->number, u"complaint_answer"_s);
        QVERIFY(request);
        LetterService letters(*office.session);
        QVERIFY(letters.preview(*request));
        auto issued = letters.issue(*request);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message()));

        ComplaintExport exporter(*office.session);
        const QString csv = exports.filePath(u"苦情受付簿.csv"_s);
        const QString xlsx = exports.filePath(u"苦情受付簿.xlsx"_s);
        QVERIFY(exporter.exportTo(csv, ComplaintFilter{}, ComplaintSort{}, ComplaintExportFormat::Csv));
        QVERIFY(exporter.exportTo(xlsx, ComplaintFilter{}, ComplaintSort{}, ComplaintExportFormat::Xlsx));
        // The user's own files hold the record (xlsx is zipped, so only the CSV is searchable).
        QCOMPARE(filesWithMarker(exports.path(), kMarker), QStringList{csv});
        office.lock();
        // The database unit holds it only encrypted.
        QCOMPARE(filesWithMarker(office.location, kMarker), QStringList());
    }

    QVERIFY(!capturedMessages().isEmpty()); // debug output was on, so the check below means something
    for (const QString& message : std::as_const(capturedMessages())) {
        QVERIFY2(!message.contains(kMarker) && !message.contains(u"霧島"_s) && !message.contains(kMarkerPhone),
                 "a log line carried personal data");
    }
    QCOMPARE(QDir(m_privateTemp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    const QStringList sharedNow = QDir(m_sharedTemp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& name : sharedNow) {
        const QString entry = QDir(m_sharedTemp).filePath(name);
        if (m_sharedTempBefore.contains(name) || entry == m_privateTemp || entry == m_exports->path())
            continue;
        const QString path = QDir(m_sharedTemp).filePath(name);
        QVERIFY2(filesWithMarker(path, kMarker).isEmpty() && !readFile(path).contains(kMarker.toUtf8()),
                 qPrintable(u"record found in the shared temp folder: "_s + name));
    }
}

void TestNoPlaintextLeaks::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    ProcessHardening::removePrivateTempDirectory();
    m_exports.reset();
}

QTEST_MAIN(TestNoPlaintextLeaks)
#include "tst_render_no_plaintext_leaks.moc"
