// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail page: only for the officer and the auditor, the filter narrows what is shown,
// and marking a period reviewed, the checkpoint and the chain check work from the keyboard.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/AuditReview.h"
#include "core/services/Session.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/audit/AuditEntryModel.h"
#include "ui/audit/AuditReviewPage.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/letters/JapaneseDateEdit.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {
/// Japanese for the few names these tests look at, as the lead's translation will give them:
/// the display names must come from tr(), not be spelled out in the page.
class JapaneseNames : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        static const QHash<QString, QString> names = {
            {u"AuditReview/Complaint"_s, u"苦情"_s},
            {u"AuditReview/Succeeded"_s, u"成功"_s},
            {u"Role/Privacy officer"_s, u"個人情報取扱責任者"_s},
        };
        return names.value(QString::fromLatin1(context) + u'/' + QString::fromUtf8(source));
    }
};

const QString kStaffLogin = u"suzuki"_s;
const QByteArray kStaffPassword = QByteArrayLiteral("Tantou-sha-2026-ok");
const QString kAuditorLogin = u"kansa"_s;
const QByteArray kAuditorPassword = QByteArrayLiteral("Shinsa-no-Hi-2026-ok");
} // namespace

class TestGuiAuditReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pageOnlyForOfficerAndAuditor_data();
    void pageOnlyForOfficerAndAuditor();
    void filterNarrowsTheModel();
    void badRecordFilterSaysWhy();
    void namesNotStorageKeys();
    void japaneseNamesInTheFilter();
    void markReviewedWritesTheEntry();
    void exportedCheckpointVerifies();
    void verifyRunsInTheBackground();
    void keyboard();

private:
    struct Desk
    {
        test::TestOffice office;
        AppController controller;
        MainWindow* window = nullptr;
        AuditReviewPage* page = nullptr;
    };
    /// An office with staff and auditor accounts and some crafted reading, signed in as `login`.
    static std::unique_ptr<Desk> openDesk(const QString& login = test::officerLogin());

    QTemporaryDir m_settingsDir;
};

void TestGuiAuditReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
}

void TestGuiAuditReview::init()
{
    static int round = 0;
    UiSettings::useFileForTesting(m_settingsDir.filePath(u"settings-%1.ini"_s.arg(++round)));
    MessageBox::setRecordingForTesting(true);
    MessageBox::clearRecordedForTesting();
}

void TestGuiAuditReview::cleanup()
{
    MessageBox::setRecordingForTesting(false);
}

std::unique_ptr<TestGuiAuditReview::Desk> TestGuiAuditReview::openDesk(const QString& login)
{
    auto desk = std::make_unique<Desk>();
    if (!desk->office.isValid())
        return nullptr;
    Session& officer = *desk->office.session;
    AccountService accounts(officer);
    if (!accounts.addAccount(kStaffLogin, u"鈴木 一郎"_s, Role::Staff, kStaffPassword)
        || !accounts.addAccount(kAuditorLogin, u"監事 一郎"_s, Role::Auditor, kAuditorPassword))
        return nullptr;
    for (int index = 1; index <= 12; ++index)
        if (!officer.vault().store().audit(officer.actor(), u"view"_s, u"complaint"_s, index))
            return nullptr;
    if (!officer.vault().store().audit(officer.actor(), u"print"_s, u"complaint"_s, 7))
        return nullptr;
    std::unique_ptr<Session> session;
    if (login == test::officerLogin()) {
        session = std::move(desk->office.session);
    } else {
        desk->office.lock();
        auto unlocked = Session::unlock(desk->office.location, login,
                                        login == kStaffLogin ? kStaffPassword : kAuditorPassword);
        if (!unlocked)
            return nullptr;
        session = std::move(*unlocked);
    }
    desk->controller.startWithSession(std::move(session));
    desk->window = desk->controller.mainWindow();
    desk->page = desk->window->auditReviewPage();
    return desk;
}

void TestGuiAuditReview::pageOnlyForOfficerAndAuditor_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("shown");
    QTest::newRow("officer") << test::officerLogin() << true;
    QTest::newRow("auditor") << kAuditorLogin << true;
    QTest::newRow("staff") << kStaffLogin << false;
}

void TestGuiAuditReview::pageOnlyForOfficerAndAuditor()
{
    QFETCH(QString, login);
    QFETCH(bool, shown);
    auto desk = openDesk(login);
    QVERIFY(desk);
    auto* navigation = desk->window->findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(!navigation->item(int(MainWindowPage::AuditTrail))->isHidden(), shown);
    desk->window->showPage(MainWindowPage::AuditTrail);
    if (!shown) {
        // Staff never read it, not even by the page's own shortcut: nothing loaded, nothing refused.
        QCOMPARE(desk->page->model()->rowCount(), 0);
        QVERIFY(!desk->page->findChild<QPushButton*>(u"auditMarkReviewedButton"_s)->isEnabled());
        return;
    }
    QTRY_VERIFY(desk->page->isVisible());
    QVERIFY(desk->page->model()->rowCount() > 12);
    QVERIFY(desk->page->findChild<QPushButton*>(u"auditMarkReviewedButton"_s)->isEnabled());
}

void TestGuiAuditReview::filterNarrowsTheModel()
{
    auto desk = openDesk();
    QVERIFY(desk);
    desk->window->showPage(MainWindowPage::AuditTrail);
    AuditReviewPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    const int everything = page->model()->rowCount();
    QVERIFY(everything > 13);

    auto* record = page->findChild<QLineEdit*>(u"auditRecordEdit"_s);
    record->setText(u"complaint #7"_s);
    QVERIFY(page->applyFilter());
    QCOMPARE(page->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(page->model()->entryAt(row).recordId, 7);
    QCOMPARE(page->model()->index(0, AuditEntryModel::ActionColumn).data().toString(),
             AuditReview::actionDisplayName(u"print"_s)); // newest first

    auto* action = page->findChild<QComboBox*>(u"auditActionCombo"_s);
    const int viewed = action->findData(u"view"_s);
    QVERIFY(viewed > 0);
    action->setCurrentIndex(viewed);
    QVERIFY(page->applyFilter());
    QCOMPARE(page->model()->rowCount(), 1);

    record->clear();
    QVERIFY(page->applyFilter());
    // The twelve crafted views and the page's own readings (each an audited "view").
    QVERIFY(page->model()->rowCount() >= 12);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->entryAt(row).action, u"view"_s);

    // An anomaly view: no failed sign-ins in this office.
    action->setCurrentIndex(0);
    auto* view = page->findChild<QComboBox*>(u"auditViewCombo"_s);
    view->setCurrentIndex(view->findData(int(AuditView::FailedLogins)));
    QVERIFY(page->applyFilter());
    QCOMPARE(page->model()->rowCount(), 0);

    // A period before any entry: nothing.
    view->setCurrentIndex(0);
    page->setPeriod(QDate(2020, 4, 1), QDate(2020, 4, 30));
    QVERIFY(page->applyFilter());
    QCOMPARE(page->model()->rowCount(), 0);
}

void TestGuiAuditReview::badRecordFilterSaysWhy()
{
    auto desk = openDesk();
    QVERIFY(desk);
    desk->window->showPage(MainWindowPage::AuditTrail);
    AuditReviewPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    const int shown = page->model()->rowCount();
    // Kanji numerals are no record number.
    page->findChild<QLineEdit*>(u"auditRecordEdit"_s)->setText(u"#十二"_s);
    QVERIFY(!page->applyFilter());
    QCOMPARE(page->model()->rowCount(), shown); // what was shown stays
    QCOMPARE(page->findChild<QLineEdit*>(u"auditRecordEdit"_s)->text(), u"#十二"_s); // input kept
    page->setPeriod(QDate(2026, 5, 1), QDate(2026, 4, 1));
    page->findChild<QLineEdit*>(u"auditRecordEdit"_s)->clear();
    QVERIFY(!page->applyFilter());
}

void TestGuiAuditReview::namesNotStorageKeys()
{
    auto desk = openDesk();
    QVERIFY(desk);
    Session& session = *desk->controller.context().session();
    QVERIFY(session.vault().store().audit(session.actor(), u"login"_s, u"account"_s, session.account().id, {},
                                          u"refused: disabled"_s));
    desk->window->showPage(MainWindowPage::AuditTrail);
    AuditReviewPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    AuditEntryModel* model = page->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    // The row whose stored key is `key` in `column`, shown as the screen names it.
    auto shownFor = [model](int column, const QString& key) -> QString {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, column).data(AuditEntryModel::KeyRole).toString() == key)
                return model->index(row, column).data().toString();
        return u"(no row for %1)"_s.arg(key);
    };
    // In the C locale the names are the English source strings.
    QCOMPARE(shownFor(AuditEntryModel::TargetColumn, u"complaint #7"_s), u"Complaint #7"_s);
    QCOMPARE(shownFor(AuditEntryModel::TargetColumn, u"account #%1"_s.arg(session.account().id)),
             u"Account #%1"_s.arg(session.account().id));
    QCOMPARE(shownFor(AuditEntryModel::TargetColumn, u"database"_s), u"Database"_s);
    QCOMPARE(shownFor(AuditEntryModel::ResultColumn, u"ok"_s), u"Succeeded"_s);
    QCOMPARE(shownFor(AuditEntryModel::ResultColumn, u"refused: disabled"_s), u"Refused: account disabled"_s);
    QCOMPARE(shownFor(AuditEntryModel::ActionColumn, u"view"_s), AuditReview::actionDisplayName(u"view"_s));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString target = model->index(row, AuditEntryModel::TargetColumn).data().toString();
        QVERIFY2(!target.contains(u'_') && target.at(0).isUpper(), qPrintable(target));
    }

    // The filter takes the stored key and the name the table shows.
    auto* record = page->findChild<QLineEdit*>(u"auditRecordEdit"_s);
    for (const QString& text : {u"complaint #7"_s, u"Complaint 7"_s}) {
        record->setText(text);
        QVERIFY2(page->applyFilter(), qPrintable(text));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, AuditEntryModel::TargetColumn).data().toString(), u"Complaint #7"_s);
    }
    QCOMPARE(record->placeholderText(), u"e.g. Complaint #12"_s);

    // 役割 is wide enough for the longest role name: nothing is cut off with "…".
    record->clear();
    QVERIFY(page->applyFilter());
    QAbstractItemView* table = page->table();
    QVERIFY(table->sizeHintForColumn(AuditEntryModel::RoleColumn) > 0);
    QVERIFY2(page->table()->columnWidth(AuditEntryModel::RoleColumn)
                 >= table->sizeHintForColumn(AuditEntryModel::RoleColumn),
             qPrintable(u"%1 < %2"_s.arg(page->table()->columnWidth(AuditEntryModel::RoleColumn))
                            .arg(table->sizeHintForColumn(AuditEntryModel::RoleColumn))));
}

void TestGuiAuditReview::japaneseNamesInTheFilter()
{
    JapaneseNames japanese;
    QVERIFY(QCoreApplication::installTranslator(&japanese));
    auto removeAtEnd = qScopeGuard([&japanese] { QCoreApplication::removeTranslator(&japanese); });
    auto desk = openDesk();
    QVERIFY(desk);
    desk->window->showPage(MainWindowPage::AuditTrail);
    AuditReviewPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    auto* record = page->findChild<QLineEdit*>(u"auditRecordEdit"_s);
    QVERIFY2(record->placeholderText().contains(u"苦情 #12"_s), qPrintable(record->placeholderText()));
    for (const QString& text : {u"苦情 #7"_s, u"苦情 7"_s, u"苦情＃７"_s, u"complaint #7"_s}) {
        record->setText(text);
        QVERIFY2(page->applyFilter(), qPrintable(text));
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(page->model()->index(0, AuditEntryModel::TargetColumn).data().toString(), u"苦情 #7"_s);
        QCOMPARE(page->model()->index(0, AuditEntryModel::ResultColumn).data().toString(), u"成功"_s);
        QCOMPARE(page->model()->index(0, AuditEntryModel::RoleColumn).data().toString(), u"個人情報取扱責任者"_s);
    }
    // The long Japanese role name fits its column.
    QAbstractItemView* table = page->table();
    QVERIFY2(page->table()->columnWidth(AuditEntryModel::RoleColumn)
                 >= table->sizeHintForColumn(AuditEntryModel::RoleColumn),
             qPrintable(u"%1 < %2"_s.arg(page->table()->columnWidth(AuditEntryModel::RoleColumn))
                            .arg(table->sizeHintForColumn(AuditEntryModel::RoleColumn))));
}

void TestGuiAuditReview::markReviewedWritesTheEntry()
{
    auto desk = openDesk(kAuditorLogin);
    QVERIFY(desk);
    desk->window->showPage(MainWindowPage::AuditTrail);
    AuditReviewPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    Session* session = desk->controller.context().session();
    QVERIFY(session);
    auto head = storage::AuditLog::head(session->vault().database());
    QVERIFY(head);
    QVERIFY(page->markReviewed(u"異常なし"_s));
    auto marks = AuditReview(*session).reviewMarks();
    QVERIFY(marks);
    QCOMPARE(marks->size(), 1);
    const storage::AuditEntry& mark = marks->first();
    QCOMPARE(mark.login, kAuditorLogin);
    QCOMPARE(mark.recordId, head->seq);
    QVERIFY(mark.detail.contains(u"head=%1:"_s.arg(head->seq)));
    QVERIFY(mark.detail.endsWith(u"note=異常なし"_s));
    // The list is read again and shows the mark at the top.
    QCOMPARE(page->model()->entryAt(0).action == u"review"_s || page->model()->entryAt(1).action == u"review"_s, true);
}

void TestGuiAuditReview::exportedCheckpointVerifies()
{
    auto desk = openDesk();
    QVERIFY(desk);
    desk->window->showPage(MainWindowPage::AuditTrail);
    AuditReviewPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    const QString path = desk->office.dir.filePath(u"checkpoint.json"_s);
    QVERIFY(page->exportCheckpointTo(path));
    const QByteArray json = test::readFile(path);
    QVERIFY(!json.isEmpty());
    QVERIFY(AuditReview(*desk->controller.context().session()).verifyCheckpoint(json));
    QVERIFY(!page->exportCheckpointTo(desk->office.dir.filePath(u"no/such/folder/checkpoint.json"_s)));
}

void TestGuiAuditReview::verifyRunsInTheBackground()
{
    auto desk = openDesk();
    QVERIFY(desk);
    desk->window->showPage(MainWindowPage::AuditTrail);
    AuditReviewPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    QSignalSpy verified(page, &AuditReviewPage::chainVerified);
    QTest::mouseClick(page->findChild<QPushButton*>(u"auditVerifyButton"_s), Qt::LeftButton);
    QTRY_COMPARE(verified.count(), 1);
    QVERIFY2(page->chainStatus().contains(u"verified up to #"_s), qPrintable(page->chainStatus()));
    QVERIFY(!page->isVerifying());
}

void TestGuiAuditReview::keyboard()
{
    auto desk = openDesk();
    QVERIFY(desk);
    desk->window->show();
    QVERIFY(QTest::qWaitForWindowActive(desk->window));
    // The page has a shortcut of its own in the View menu.
    QTest::keyClick(desk->window, Qt::Key_6, Qt::ControlModifier);
    AuditReviewPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->findChild<JapaneseDateEdit*>(u"auditFromDate"_s)->dateEdit()->hasFocus());

    // Enter in the filter reads the trail again.
    auto* record = page->findChild<QLineEdit*>(u"auditRecordEdit"_s);
    record->setFocus();
    record->setText(u"#7"_s);
    QTest::keyClick(record, Qt::Key_Return);
    QCOMPARE(page->model()->rowCount(), 2);
    auto* until = page->findChild<JapaneseDateEdit*>(u"auditUntilDate"_s)->dateEdit();
    until->setFocus();
    record->clear();
    QTest::keyClick(until, Qt::Key_Enter);
    QVERIFY(page->model()->rowCount() > 2);

    // Enter on an entry shows it whole.
    page->table()->setFocus();
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    bool detailsShown = false;
    QTimer::singleShot(0, this, [&] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            detailsShown = dialog->objectName() == u"auditEntryDialog"_s
                && dialog->windowTitle().contains(QString::number(page->model()->entryAt(0).seq));
            dialog->reject();
        }
    });
    QTest::keyClick(page->table(), Qt::Key_Return);
    QVERIFY(detailsShown);

    // Every button has a mnemonic.
    for (QPushButton* button : page->findChildren<QPushButton*>())
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
}

QTEST_MAIN(TestGuiAuditReview)
#include "tst_gui_audit_review.moc"
