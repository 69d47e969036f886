// SPDX-License-Identifier: GPL-3.0-or-later
// The complaint list: the lazy model is a correct Qt model (QAbstractItemModelTester) that reads
// only the pages shown, sorts and filters in SQL, finds ｶﾀｶﾅ and full-width digits, makes overdue
// and due-this-week complaints stand out, keeps the user's columns, and opens a complaint from the
// keyboard; the start page counts what is due and links to it.
#include "TestSupport.h"

#include "core/complaints/ComplaintExport.h"
#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintRegisterData.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/ComplaintStatus.h"
#include "core/model/FiscalYear.h"
#include "core/services/DemoGenerator.h"
#include "core/services/Session.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Vault.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/complaints/ComplaintFilterBar.h"
#include "ui/complaints/ComplaintListModel.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/complaints/RegisterPrintDialog.h"
#include "ui/home/StartPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDemoComplaints = 1200;

template <typename T> const char* why(const Result<T>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message().toUtf8() + " / " + result.error().detail.toUtf8();
    return text.constData();
}

ComplaintListModel::DueState dueStateAt(const ComplaintListModel& model, int row)
{
    return ComplaintListModel::DueState(model.index(row, 0).data(ComplaintListModel::DueStateRole).toInt());
}

} // namespace

class TestGuiComplaintList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelIsACorrectQtModel();
    void readsOnlyThePagesShown();
    void sortsInSql();
    void searchTreatsHalfAndFullWidthAlike();
    void filtersNarrowTheList();
    void overdueAndDueThisWeekStandOut();
    void chosenColumnsAreKept();
    void exportWritesTheFilteredList();
    void registerDialogSavesTheChosenPeriod();
    void enterOpensTheSelectedComplaint();
    void keyboardSearch();
    void refreshKeepsTheSelectedComplaint();
    void startPageCountsAndLinksToTheDueLists();
    void dropsRowsWhenTheSessionCloses();

private:
    std::unique_ptr<ComplaintsPage> makePage();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestOffice> m_office;
    std::unique_ptr<SessionContext> m_context;
    qint64 m_tsukuyomiId = 0;
};

void TestGuiComplaintList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(u"settings.ini"_s));
    // The page keeps its columns in QSettings: in the test's own folder, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    MessageBox::setRecordingForTesting(true);

    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    DemoGenerator generator(*m_office->session);
    auto summary = generator.generate(kDemoComplaints, 4242u);
    QVERIFY2(summary, why(summary));

    // A complaint with a reading and digits to search for in other widths.
    Complaint complaint;
    complaint.receivedAt = QDateTime(QDate::currentDate().addDays(-2), QTime(10, 30));
    complaint.channel = ComplaintChannel::Phone;
    complaint.complainant.name = u"月読　大悟"_s;
    complaint.complainant.kana = u"ツクヨミ　ダイゴ"_s;
    complaint.content = u"被保険者証の記号番号98765が別人のものと入れ替わっていた。"_s;
    auto created = ComplaintService(*m_office->session).create(complaint);
    QVERIFY2(created, why(created));
    m_tsukuyomiId = created->id;

    m_context = std::make_unique<SessionContext>();
    m_context->open(std::move(m_office->session));
}

void TestGuiComplaintList::init()
{
    QVERIFY(m_context->isOpen());
}

void TestGuiComplaintList::cleanup()
{
    MessageBox::clearRecordedForTesting();
}

std::unique_ptr<ComplaintsPage> TestGuiComplaintList::makePage()
{
    auto page = std::make_unique<ComplaintsPage>(*m_context);
    page->resize(1200, 700);
    return page;
}

void TestGuiComplaintList::modelIsACorrectQtModel()
{
    ComplaintListModel model(*m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), kDemoComplaints + 1);
    QCOMPARE(model.columnCount(), int(ComplaintListModel::ColumnCount));
    model.sort(ComplaintListModel::NumberColumn, Qt::AscendingOrder);
    ComplaintFilter filter;
    filter.statuses = { ComplaintStatus::InProgress };
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    filter.searchText = u"ﾂｸﾖﾐ ﾀﾞｲｺﾞ"_s;
    filter.statuses.clear();
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({});
    QCOMPARE(model.rowCount(), kDemoComplaints + 1);
    QVERIFY(!QTest::currentTestFailed());
}

void TestGuiComplaintList::readsOnlyThePagesShown()
{
    ComplaintListModel model(*m_context);
    model.reload();
    const int rows = model.rowCount();
    QCOMPARE(rows, kDemoComplaints + 1);
    // The count is known before any row is read, so the scroll bar has its length at once.
    QCOMPARE(model.cachedPageCount(), 0);
    QVERIFY(model.idAt(0) > 0);
    QCOMPARE(model.cachedPageCount(), 1);
    // Jumping to the end reads the last page only, not the ones in between.
    QVERIFY(model.idAt(rows - 1) > 0);
    QCOMPARE(model.cachedPageCount(), 2);

    // The same rows, in the same order, as the query itself gives them.
    ComplaintQuery query(*m_context->session());
    auto lastPage = query.page({}, model.complaintSort(), rows - 1, 1);
    QVERIFY(lastPage && lastPage->size() == 1);
    QCOMPARE(model.idAt(rows - 1), lastPage->constFirst().id);
    auto boundary = query.page({}, model.complaintSort(), ComplaintListModel::kPageSize - 1, 2);
    QVERIFY(boundary && boundary->size() == 2);
    QCOMPARE(model.idAt(ComplaintListModel::kPageSize - 1), boundary->at(0).id);
    QCOMPARE(model.idAt(ComplaintListModel::kPageSize), boundary->at(1).id);

    // Scrolling through everything keeps a bounded number of pages in memory.
    QSet<qint64> seen;
    for (int row = 0; row < rows; ++row)
        seen.insert(model.idAt(row));
    QCOMPARE(seen.size(), rows);
    QVERIFY(model.cachedPageCount() <= ComplaintListModel::kMaxCachedPages);
    QVERIFY(!seen.contains(0));
}

void TestGuiComplaintList::sortsInSql()
{
    ComplaintListModel model(*m_context);
    model.sort(ComplaintListModel::NumberColumn, Qt::AscendingOrder);
    QCOMPARE(model.complaintSort().column, ComplaintSortColumn::Number);
    const int rows = model.rowCount();
    QStringList numbers;
    for (int row = 0; row < rows; row += 37)
        numbers.append(model.index(row, ComplaintListModel::NumberColumn).data().toString());
    // 苦-2023-0001 < 苦-2023-0002 < 苦-2024-0001: fiscal year, then the running number.
    QStringList sorted = numbers;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(numbers, sorted);

    model.sort(ComplaintListModel::ReceivedColumn, Qt::DescendingOrder);
    QCOMPARE(model.complaintSort().column, ComplaintSortColumn::ReceivedAt);
    ComplaintQuery query(*m_context->session());
    auto newest = query.page({}, { ComplaintSortColumn::ReceivedAt, Qt::DescendingOrder }, 0, 3);
    QVERIFY(newest);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.idAt(row), newest->at(row).id);

    // Pages past the middle are read from the other end: the order must still be exactly the query's,
    // ties (many complaints share a status) included.
    model.sort(ComplaintListModel::StatusColumn, Qt::DescendingOrder);
    QList<qint64> forward;
    for (int offset = 0; offset < rows; offset += 500) {
        auto page = query.page({}, { ComplaintSortColumn::Status, Qt::DescendingOrder }, offset, 500);
        QVERIFY(page);
        for (const ComplaintListRow& line : *page)
            forward.append(line.id);
    }
    QCOMPARE(forward.size(), rows);
    for (int row = rows - 1; row >= 0; --row)
        QCOMPARE(model.idAt(row), forward.at(row));

    // Names sort by reading, whichever of the two name columns is clicked.
    QCOMPARE(ComplaintListModel::sortColumnFor(ComplaintListModel::KanaColumn), ComplaintSortColumn::Complainant);
    QCOMPARE(ComplaintListModel::sortColumnFor(ComplaintListModel::DueColumn), ComplaintSortColumn::TargetDate);

    // Through the header, as a user sorts.
    auto page = makePage();
    page->view()->sortByColumn(ComplaintListModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(page->model()->complaintSort().column, ComplaintSortColumn::Status);
    QCOMPARE(page->model()->complaintSort().order, Qt::AscendingOrder);
    QCOMPARE(page->model()->index(0, ComplaintListModel::StatusColumn).data().toString(),
        statusDisplayName(ComplaintStatus::Received));
}

void TestGuiComplaintList::searchTreatsHalfAndFullWidthAlike()
{
    auto page = makePage();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    ComplaintListModel* model = page->model();

    // Half-width katakana, with voiced marks of their own (ﾀﾞ, ｺﾞ), find the full-width reading (ダ, ゴ).
    page->searchField()->setText(u"ﾂｸﾖﾐ ﾀﾞｲｺﾞ"_s);
    QCOMPARE(model->filter().searchText, QString()); // debounced: nothing asked yet
    QTRY_COMPARE(model->filter().searchText, u"ﾂｸﾖﾐ ﾀﾞｲｺﾞ"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), m_tsukuyomiId);
    QCOMPARE(page->countLabel()->text(), ComplaintsPage::tr("%n complaint(s) match", nullptr, 1));

    // Full-width digits find half-width ones in the content.
    page->searchField()->setText(u"９８７６５"_s);
    QTRY_COMPARE(model->filter().searchText, u"９８７６５"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), m_tsukuyomiId);

    // Both words must match.
    page->searchField()->setText(u"ﾂｸﾖﾐ 存在しない語句"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(page->countLabel()->text(), ComplaintsPage::tr("No complaint matches."));

    page->searchField()->clear();
    QTRY_COMPARE(model->rowCount(), kDemoComplaints + 1);
}

void TestGuiComplaintList::filtersNarrowTheList()
{
    auto page = makePage();
    ComplaintListModel* model = page->model();
    ComplaintFilterBar* bar = page->filterBar();
    ComplaintQuery query(*m_context->session());

    bar->statusCombo()->setCurrentIndex(bar->statusCombo()->findData(int(ComplaintStatus::Closed)));
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); row += 11)
        QCOMPARE(model->index(row, ComplaintListModel::StatusColumn).data().toString(),
            statusDisplayName(ComplaintStatus::Closed));
    ComplaintFilter closed;
    closed.statuses = { ComplaintStatus::Closed };
    QCOMPARE(model->rowCount(), *query.count(closed));

    bar->channelCombo()->setCurrentIndex(bar->channelCombo()->findData(int(ComplaintChannel::Email)));
    closed.channels = { ComplaintChannel::Email };
    QCOMPARE(model->rowCount(), *query.count(closed));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ComplaintListModel::ChannelColumn).data().toString(),
            channelDisplayName(ComplaintChannel::Email));

    QVERIFY(bar->resetButton()->isEnabled());
    bar->resetButton()->click();
    QCOMPARE(model->rowCount(), kDemoComplaints + 1);
    QVERIFY(!bar->resetButton()->isEnabled());

    // 年度: the fiscal year the demo's newest complaints belong to.
    const int year = FiscalYear::containing(QDate::currentDate()).startYear();
    bar->fiscalYearCombo()->setCurrentIndex(bar->fiscalYearCombo()->findData(year));
    QVERIFY(bar->fiscalYearCombo()->currentText().contains(u"年度"_s));
    ComplaintFilter fiscal;
    fiscal.fiscalYear = year;
    QCOMPARE(model->rowCount(), *query.count(fiscal));
    QVERIFY(model->rowCount() < kDemoComplaints);

    // Not completed: received, in progress and answered, never closed or withdrawn.
    bar->reset();
    bar->statusCombo()->setCurrentIndex(1);
    QCOMPARE(model->filter().statuses, ComplaintFilterBar::notCompletedStatuses());
    for (int row = 0; row < model->rowCount(); row += 7) {
        const QString status = model->index(row, ComplaintListModel::StatusColumn).data().toString();
        QVERIFY(status != statusDisplayName(ComplaintStatus::Closed));
        QVERIFY(status != statusDisplayName(ComplaintStatus::Withdrawn));
    }
    bar->reset();
}

void TestGuiComplaintList::overdueAndDueThisWeekStandOut()
{
    auto page = makePage();
    ComplaintListModel* model = page->model();
    ComplaintFilterBar* bar = page->filterBar();
    auto due = ComplaintQuery(*m_context->session()).dueSummary(QDate::currentDate());
    QVERIFY(due);
    QVERIFY2(due->overdue > 0 && due->dueThisWeek > 0, "the demo data has both");

    bar->overdueCheck()->setChecked(true);
    QCOMPARE(model->rowCount(), due->overdue);
    const QVariant overdueBackground = model->index(0, ComplaintListModel::NumberColumn).data(Qt::BackgroundRole);
    QVERIFY(overdueBackground.isValid());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(dueStateAt(*model, row), ComplaintListModel::DueState::Overdue);
        QCOMPARE(model->index(row, ComplaintListModel::ComplainantColumn).data(Qt::BackgroundRole), overdueBackground);
        QVERIFY(model->index(row, 0).data(Qt::ToolTipRole).toString().startsWith(u"Overdue"_s));
        QVERIFY(!model->index(row, ComplaintListModel::DueColumn).data().toString().isEmpty());
        QVERIFY(model->index(row, ComplaintListModel::DueColumn).data(Qt::FontRole).value<QFont>().bold());
    }

    bar->dueThisWeekCheck()->setChecked(true);
    QVERIFY(!bar->overdueCheck()->isChecked()); // one or the other
    QCOMPARE(model->rowCount(), due->dueThisWeek);
    const QVariant soonBackground = model->index(0, ComplaintListModel::NumberColumn).data(Qt::BackgroundRole);
    QVERIFY(soonBackground.isValid());
    QVERIFY(soonBackground != overdueBackground);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(dueStateAt(*model, row), ComplaintListModel::DueState::DueThisWeek);
        QVERIFY(model->index(row, 0).data(Qt::ToolTipRole).toString().startsWith(u"Due this week"_s));
    }

    // Closed complaints wait for nothing: plain rows, no due text.
    bar->reset();
    bar->statusCombo()->setCurrentIndex(bar->statusCombo()->findData(int(ComplaintStatus::Closed)));
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(dueStateAt(*model, 0), ComplaintListModel::DueState::None);
    QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->index(0, ComplaintListModel::DueColumn).data().toString().isEmpty());

    // A possible breach carries an icon on its number.
    bar->reset();
    bar->possibleBreachCheck()->setChecked(true);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(!model->index(0, ComplaintListModel::NumberColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->index(0, ComplaintListModel::NumberColumn).data(Qt::ToolTipRole).toString().contains(u"breach"_s));
}

void TestGuiComplaintList::chosenColumnsAreKept()
{
    {
        auto page = makePage();
        QHeaderView* header = page->view()->horizontalHeader();
        // The reading is hidden by default; the number cannot be hidden at all.
        QVERIFY(header->isSectionHidden(ComplaintListModel::KanaColumn));
        QAction* channel = nullptr;
        QAction* kana = nullptr;
        for (QAction* action : page->columnsMenu()->actions()) {
            if (action->isCheckable())
                QVERIFY(action->data().toInt() != ComplaintListModel::NumberColumn);
            if (action->isCheckable() && action->data().toInt() == ComplaintListModel::ChannelColumn)
                channel = action;
            if (action->isCheckable() && action->data().toInt() == ComplaintListModel::KanaColumn)
                kana = action;
        }
        QVERIFY(channel && kana);
        QVERIFY(channel->isChecked());
        QVERIFY(!kana->isChecked());
        channel->trigger();
        kana->trigger();
        QVERIFY(header->isSectionHidden(ComplaintListModel::ChannelColumn));
        QVERIFY(!header->isSectionHidden(ComplaintListModel::KanaColumn));
    }
    {
        auto page = makePage();
        QHeaderView* header = page->view()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ComplaintListModel::ChannelColumn));
        QVERIFY(!header->isSectionHidden(ComplaintListModel::KanaColumn));
        QAction* defaults = nullptr;
        for (QAction* action : page->columnsMenu()->actions())
            if (action->objectName() == u"defaultColumnsAction"_s)
                defaults = action;
        QVERIFY(defaults);
        defaults->trigger();
        QVERIFY(!header->isSectionHidden(ComplaintListModel::ChannelColumn));
    }
    auto page = makePage();
    QVERIFY(!page->view()->horizontalHeader()->isSectionHidden(ComplaintListModel::ChannelColumn));
}

void TestGuiComplaintList::exportWritesTheFilteredList()
{
    auto page = makePage();
    ComplaintFilterBar* bar = page->filterBar();
    bar->channelCombo()->setCurrentIndex(bar->channelCombo()->findData(int(ComplaintChannel::Fax)));
    bar->statusCombo()->setCurrentIndex(bar->statusCombo()->findData(int(ComplaintStatus::Closed)));
    const int rows = page->model()->rowCount();
    QVERIFY(rows > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.csv"_s);
    QVERIFY(page->exportTo(path, ComplaintExportFormat::Csv));
    QVERIFY(MessageBox::recordedForTesting().isEmpty());
    const QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, as Excel needs
    const QString text = QString::fromUtf8(bytes);
    for (int row = 0; row < rows; ++row)
        QVERIFY(text.contains(page->model()->index(row, ComplaintListModel::NumberColumn).data().toString()));
    // Only what the list shows: a complaint filtered out is not in the file.
    bar->reset();
    QVERIFY(page->model()->rowCount() > rows);
    int other = 0;
    while (page->model()->index(other, ComplaintListModel::ChannelColumn).data().toString()
        == channelDisplayName(ComplaintChannel::Fax))
        ++other;
    QVERIFY(!text.contains(page->model()->index(other, ComplaintListModel::NumberColumn).data().toString()));

    // A folder that cannot be written says so and writes nothing.
    QVERIFY(!page->exportTo(dir.filePath(u"missing/sub/list.csv"_s), ComplaintExportFormat::Csv));
    QCOMPARE(MessageBox::recordedForTesting().size(), 1);
}

void TestGuiComplaintList::registerDialogSavesTheChosenPeriod()
{
    auto page = makePage();
    const int year = FiscalYear::containing(QDate::currentDate()).startYear() - 1;
    // The register opens on the fiscal year the list shows.
    page->filterBar()->fiscalYearCombo()->setCurrentIndex(page->filterBar()->fiscalYearCombo()->findData(year));
    page->printRegisterAction()->trigger();
    auto* dialog = page->findChild<RegisterPrintDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->from(), FiscalYear(year).firstDay());
    QCOMPARE(dialog->until(), FiscalYear(year).lastDay());
    ComplaintFilter filter;
    filter.fiscalYear = year;
    const int expected = *ComplaintQuery(*m_context->session()).count(filter);
    QVERIFY(expected > 0);
    QCOMPARE(dialog->countLabel()->text(),
        RegisterPrintDialog::tr("%n complaint(s) received in this period", nullptr, expected));

    const auto head = storage::AuditLog::head(m_context->session()->vault().database());
    QVERIFY(head);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"register.pdf"_s);
    QVERIFY(dialog->savePdfTo(path));
    QVERIFY(test::readFile(path).startsWith("%PDF-"));
    storage::AuditLog::Filter all;
    auto entries = storage::AuditLog::entries(m_context->session()->vault().database(), all);
    QVERIFY(entries);
    QList<storage::AuditEntry> after;
    for (const storage::AuditEntry& entry : *entries)
        if (entry.seq > head->seq)
            after.append(entry);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).action, u"save_pdf"_s);
    QCOMPARE(after.at(0).recordType, QString::fromLatin1(ComplaintRegisterSource::kRecordType));
    QVERIFY(after.at(0).detail.contains(u"complaints=%1 "_s.arg(expected)));

    // The preview shows the register as it will print, and records that it was seen.
    dialog->preview();
    auto* preview = dialog->findChild<QPrintPreviewDialog*>(u"registerPreviewDialog"_s);
    QVERIFY(preview);
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    QVERIFY(pages);
    QTRY_VERIFY(pages->pageCount() > 1);
    QCOMPARE(pages->orientation(), QPageLayout::Landscape);
    entries = storage::AuditLog::entries(m_context->session()->vault().database(), all);
    QVERIFY(entries);
    QCOMPARE(entries->constFirst().action, u"view"_s);
    QCOMPARE(entries->constFirst().recordType, QString::fromLatin1(ComplaintRegisterSource::kRecordType));
    preview->close();

    // A period that ends before it begins is refused before anything is read.
    dialog->setPeriod(QDate(2025, 5, 1), QDate(2025, 4, 1));
    QVERIFY(!dialog->findChild<QPushButton*>(u"registerSavePdfButton"_s)->isEnabled());
    QVERIFY(!dialog->savePdfTo(dir.filePath(u"backwards.pdf"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"backwards.pdf"_s)));
}

void TestGuiComplaintList::enterOpensTheSelectedComplaint()
{
    auto page = makePage();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QSignalSpy opened(page.get(), &ComplaintsPage::openComplaintRequested);
    QTableView* view = page->view();
    view->setFocus();
    view->selectRow(3);
    view->setCurrentIndex(page->model()->index(3, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), page->model()->idAt(3));
    QCOMPARE(page->model()->index(3, 0).data(ComplaintListModel::IdRole).toLongLong(), page->model()->idAt(3));

    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toLongLong(), page->model()->idAt(4));

    QSignalSpy created(page.get(), &ComplaintsPage::newComplaintRequested);
    page->newComplaintAction()->trigger();
    QCOMPARE(created.count(), 1);
}

void TestGuiComplaintList::keyboardSearch()
{
    auto page = makePage();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->searchField()->hasFocus());

    QTest::keyClicks(page->searchField(), u"98765"_s);
    // Enter searches at once and moves to the first result, ready to open with Enter again.
    QSignalSpy opened(page.get(), &ComplaintsPage::openComplaintRequested);
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(page->view()->hasFocus());
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_tsukuyomiId);

    // Esc empties the search box, and the whole list is back.
    page->focusSearch();
    QTest::keyClick(page->searchField(), Qt::Key_Escape);
    QVERIFY(page->searchField()->text().isEmpty());
    QTRY_COMPARE(page->model()->rowCount(), kDemoComplaints + 1);
}

void TestGuiComplaintList::refreshKeepsTheSelectedComplaint()
{
    auto page = makePage();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QTableView* view = page->view();
    const int row = 250; // on the second page
    view->setCurrentIndex(page->model()->index(row, 0));
    view->selectRow(row);
    const qint64 id = page->currentComplaintId();
    QVERIFY(id > 0);

    // Someone adds a complaint received a minute ago: it lists above the selected one, which moves down a row.
    Complaint complaint;
    complaint.receivedAt = QDateTime::currentDateTime().addSecs(-60);
    complaint.channel = ComplaintChannel::Visit;
    complaint.complainant.relation = ComplainantRelation::Anonymous;
    complaint.content = u"窓口で個人情報の取扱いについて説明を求められた。"_s;
    auto created = ComplaintService(*m_context->session()).create(complaint);
    QVERIFY2(created, why(created));
    m_context->notifyComplaintsChanged(created->id);

    QCOMPARE(page->model()->rowCount(), kDemoComplaints + 2);
    QCOMPARE(page->currentComplaintId(), id);
    QCOMPARE(view->currentIndex().row(), row + 1);
    const int newRow = page->model()->rowOfId(created->id, 0);
    QVERIFY(newRow >= 0 && newRow <= row);
}

void TestGuiComplaintList::startPageCountsAndLinksToTheDueLists()
{
    auto due = ComplaintQuery(*m_context->session()).dueSummary(QDate::currentDate());
    QVERIFY(due);
    MainWindow window(*m_context);
    StartPage* start = window.startPage();
    start->reloadComplaintsDue();
    const QString text = start->complaintsDueLabel()->text();
    QVERIFY2(text.contains(StartPage::tr("%n overdue", nullptr, due->overdue)), qPrintable(text));
    QVERIFY2(text.contains(StartPage::tr("%n due this week", nullptr, due->dueThisWeek)), qPrintable(text));

    emit start->complaintsDueLabel()->linkActivated(u"#overdue"_s);
    QCOMPARE(window.currentPage(), MainWindowPage::Complaints);
    QVERIFY(window.complaintsPage()->filter().overdueOnly);
    QCOMPARE(window.complaintsPage()->model()->rowCount(), due->overdue);
    QVERIFY(window.complaintsPage()->filterBar()->overdueCheck()->isChecked());

    window.showPage(MainWindowPage::Start);
    emit start->complaintsDueLabel()->linkActivated(u"#dueThisWeek"_s);
    QCOMPARE(window.currentPage(), MainWindowPage::Complaints);
    QCOMPARE(window.complaintsPage()->filter().dueWithinDays, std::optional<int>(ComplaintListModel::kDueSoonDays));
    QCOMPARE(window.complaintsPage()->model()->rowCount(), due->dueThisWeek);

    // The page sits second in the navigation, with its shortcut.
    window.showPage(MainWindowPage::Start);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindowPage::Complaints);

    // For looking at the result: PRIVACYDESK_SCREENSHOT_DIR=/tmp/shots keeps pictures of both pages.
    if (const QString shots = qEnvironmentVariable("PRIVACYDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        window.resize(1400, 860);
        window.complaintsPage()->showPreset(ComplaintListPreset::All);
        window.complaintsPage()->view()->selectRow(2);
        QVERIFY(window.grab().save(QDir(shots).filePath(u"complaint_list.png"_s)));
        window.showPage(MainWindowPage::Start);
        QVERIFY(window.grab().save(QDir(shots).filePath(u"start_page.png"_s)));
    }
}

void TestGuiComplaintList::dropsRowsWhenTheSessionCloses()
{
    auto page = makePage();
    QVERIFY(page->model()->rowCount() > 0);
    QVERIFY(page->model()->idAt(0) > 0);
    m_context->close();
    QCOMPARE(page->model()->rowCount(), 0);
    QCOMPARE(page->model()->cachedPageCount(), 0);
    QVERIFY(page->countLabel()->text().isEmpty());
}

QTEST_MAIN(TestGuiComplaintList)
#include "tst_gui_complaint_list.moc"
