// SPDX-License-Identifier: GPL-3.0-or-later
// The audit-review policy in Settings ▸ Organization ▸ Audit Review: edited with the keyboard,
// bad input explained, and the review page applying (and saying) what was saved.
#include "TestSupport.h"

#include "core/services/AuditReview.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/MainWindowPage.h"
#include "ui/app/SessionContext.h"
#include "ui/audit/AuditEntryModel.h"
#include "ui/audit/AuditReviewPage.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/organization/AuditPolicyForm.h"
#include "ui/organization/OrganizationDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QtTest>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

QDateTime jst(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

/// The complaint ids the page lists, oldest first.
QList<qint64> listedIds(AuditReviewPage* page)
{
    QList<qint64> ids;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        ids.append(page->model()->entryAt(row).recordId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void altKey(QWidget* widget, char key)
{
    QTest::keyClick(widget, key, Qt::AltModifier);
}

} // namespace

class TestGuiAuditPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardEditAppliesToReview();
    void everyLabelHasAMnemonic();

private:
    QTemporaryDir m_settingsDir;
};

void TestGuiAuditPolicy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
}

void TestGuiAuditPolicy::init()
{
    static int round = 0;
    UiSettings::useFileForTesting(m_settingsDir.filePath(u"settings-%1.ini"_s.arg(++round)));
    MessageBox::setRecordingForTesting(true);
    MessageBox::clearRecordedForTesting();
}

void TestGuiAuditPolicy::cleanup()
{
    MessageBox::setRecordingForTesting(false);
}

void TestGuiAuditPolicy::keyboardEditAppliesToReview()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    Session& officer = *office.session;
    storage::Store& store = officer.vault().store();
    // 勤労感謝の日 (Monday) at 10:00, and Tuesday at 17:30.
    QVERIFY(store.audit(officer.actor(), u"view"_s, u"complaint"_s, 1, {}, u"ok"_s, jst(2026, 11, 23, 10, 0)));
    QVERIFY(store.audit(officer.actor(), u"view"_s, u"complaint"_s, 2, {}, u"ok"_s, jst(2026, 11, 24, 17, 30)));

    AppController controller;
    controller.startWithSession(std::move(office.session));
    MainWindow* window = controller.mainWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // The review page with the stored defaults: the holiday is outside office hours, 17:30 is not.
    window->showPage(MainWindowPage::AuditTrail);
    AuditReviewPage* page = window->auditReviewPage();
    QTRY_VERIFY(page->isVisible());
    page->setPeriod(QDate(2026, 11, 23), QDate(2026, 11, 24));
    page->findChild<QLineEdit*>(u"auditRecordEdit"_s)->setText(u"complaint"_s);
    auto* view = page->findChild<QComboBox*>(u"auditViewCombo"_s);
    view->setCurrentIndex(view->findData(int(AuditView::OutsideOfficeHours)));
    QVERIFY(page->applyFilter());
    QCOMPARE(listedIds(page), (QList<qint64>{1}));
    QVERIFY(page->viewRuleLabel()->isVisible());
    QVERIFY2(page->viewRuleLabel()->text().contains(u"8:30–18:00"_s), qPrintable(page->viewRuleLabel()->text()));
    QVERIFY(page->viewRuleLabel()->text().contains(u"national holidays"_s));

    // Settings ▸ Organization, then everything by keyboard.
    auto* organizationAction = window->findChild<QAction*>(u"organizationAction"_s);
    QVERIFY(organizationAction && organizationAction->isVisible());
    organizationAction->trigger();
    // Saving closes and deletes it.
    QPointer<OrganizationDialog> dialog = window->findChild<OrganizationDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The offscreen platform does not raise windows: make the dialog the active one, as a window manager would.
    QApplication::setActiveWindow(dialog);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(dialog.data()));
    altKey(dialog, 'u');
    QTRY_COMPARE(dialog->tabs()->currentIndex(), 3);
    AuditPolicyForm* form = dialog->auditPolicy();
    QVERIFY(form->isVisible());

    // End before start: the reason is shown and Save is off.
    altKey(dialog, 'b');
    QTRY_VERIFY(form->startEdit()->hasFocus());
    QTest::keyClicks(form->startEdit(), u"1900"_s);
    QCOMPARE(form->startEdit()->time(), QTime(19, 0));
    auto* save = dialog->findChild<QPushButton*>(u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(form->problemLabel()->isVisible());
    QVERIFY2(form->problemLabel()->text().contains(u"before they start"_s), qPrintable(form->problemLabel()->text()));
    // Back into the field from elsewhere, so that typing starts at the hour again.
    altKey(dialog, 'e');
    QTRY_VERIFY(form->endEdit()->hasFocus());
    altKey(dialog, 'b');
    QTRY_VERIFY(form->startEdit()->hasFocus());
    QTest::keyClicks(form->startEdit(), u"0830"_s);
    QCOMPARE(form->startEdit()->time(), QTime(8, 30));
    QVERIFY(!form->problemLabel()->isVisible());

    // One view is no burst.
    altKey(dialog, 'v');
    QTRY_VERIFY(form->bulkViewsSpinBox()->hasFocus());
    form->bulkViewsSpinBox()->selectAll();
    QTest::keyClicks(form->bulkViewsSpinBox(), u"1"_s);
    QCOMPARE(form->bulkViewsSpinBox()->value(), 1);
    QVERIFY(!save->isEnabled());
    QVERIFY(form->problemLabel()->isVisible());
    form->bulkViewsSpinBox()->selectAll();
    QTest::keyClicks(form->bulkViewsSpinBox(), u"25"_s);
    QCOMPARE(form->bulkViewsSpinBox()->value(), 25);
    QVERIFY(save->isEnabled());

    // Office hours end at 17:00; national holidays are working days.
    altKey(dialog, 'e');
    QTRY_VERIFY(form->endEdit()->hasFocus());
    QTest::keyClicks(form->endEdit(), u"1700"_s);
    QCOMPARE(form->endEdit()->time(), QTime(17, 0));
    QVERIFY(form->holidaysCheckBox()->isChecked());
    altKey(dialog, 'h');
    QTRY_VERIFY(!form->holidaysCheckBox()->isChecked());
    QVERIFY2(form->summaryLabel()->text().contains(u"8:30–17:00"_s), qPrintable(form->summaryLabel()->text()));
    QVERIFY(save->isEnabled());
    altKey(dialog, 's');
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    auto stored = OrganizationService(*controller.context().session()).organization();
    QVERIFY(stored);
    QCOMPARE(stored->auditPolicy.officeHours.start, QTime(8, 30));
    QCOMPARE(stored->auditPolicy.officeHours.end, QTime(17, 0));
    QVERIFY(!stored->auditPolicy.officeHours.closedOnHolidays);
    QVERIFY(stored->auditPolicy.officeHours.closedAtYearEnd);
    QCOMPARE(stored->auditPolicy.bulkViewing.minimumViews, 25);

    // The page read the trail again with the new policy and says so.
    QTRY_COMPARE(listedIds(page), (QList<qint64>{2}));
    QVERIFY2(page->viewRuleLabel()->text().contains(u"8:30–17:00"_s), qPrintable(page->viewRuleLabel()->text()));
    QVERIFY(!page->viewRuleLabel()->text().contains(u"national holidays"_s));
    view->setCurrentIndex(view->findData(int(AuditView::BulkViewing)));
    QVERIFY(page->applyFilter());
    QVERIFY2(page->viewRuleLabel()->text().contains(u"25"_s), qPrintable(page->viewRuleLabel()->text()));
}

void TestGuiAuditPolicy::everyLabelHasAMnemonic()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    AppController controller;
    controller.startWithSession(std::move(office.session));
    MainWindow* window = controller.mainWindow();
    window->showOrganizationDialog();
    auto* dialog = window->findChild<OrganizationDialog*>();
    QVERIFY(dialog);
    AuditPolicyForm* form = dialog->auditPolicy();
    QSet<QChar> keys;
    for (QLabel* label : form->findChildren<QLabel*>()) {
        if (!label->buddy())
            continue;
        const qsizetype amp = label->text().indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(label->text()));
        QVERIFY2(!keys.contains(label->text().at(amp + 1).toLower()), qPrintable(label->text()));
        keys.insert(label->text().at(amp + 1).toLower());
    }
    for (QAbstractButton* button : form->findChildren<QCheckBox*>()) {
        const qsizetype amp = button->text().indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(button->text()));
        QVERIFY2(!keys.contains(button->text().at(amp + 1).toLower()), qPrintable(button->text()));
        keys.insert(button->text().at(amp + 1).toLower());
    }
    QCOMPARE(keys.size(), 8); // begin, end, four days, records, minutes: each its own key
    // Nor do they take the dialog's own keys (Save, Reload, the tabs).
    for (QChar taken : {u's', u'r', u'y', u'l', u't', u'u'})
        QVERIFY2(!keys.contains(taken), qPrintable(QString(taken)));
}

QTEST_MAIN(TestGuiAuditPolicy)
#include "tst_gui_audit_policy.moc"
