// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger import dialog driven as a user does, from the keyboard: a CP932 file read and mapped
// by its header, the encoding overridden and re-read at once, each field given to one column, bad
// rows listed with their lines and the valid ones imported together, and the data dropped on lock.
#include "TestSupport.h"

#include "core/complaints/ComplaintImport.h"
#include "core/complaints/ComplaintQuery.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UiSettings.h"
#include "ui/complaints/ImportComplaintsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString& name)
{
    return QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/data/csv/") + name;
}

} // namespace

class TestGuiComplaintImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsTheCp932LedgerFromTheKeyboard();
    void encodingIsOverriddenAndReadAgain();
    void eachFieldBelongsToOneColumn();
    void badRowsAreListedAndTheValidOnesImported();
    void unreadableFileIsReported();
    void lockDropsTheLedger();

private:
    template <typename T> T* child(const QString& name) const
    {
        T* found = m_dialog->findChild<T*>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QList<QComboBox*> mappingCombos() const
    {
        QList<QComboBox*> combos;
        for (int column = 0;; ++column) {
            auto* combo = m_dialog->findChild<QComboBox*>(u"mappingCombo%1"_s.arg(column));
            if (!combo)
                return combos;
            combos.append(combo);
        }
    }
    static ComplaintLedgerField fieldOf(const QComboBox* combo)
    {
        return ComplaintLedgerField(combo->currentData().toInt());
    }
    static void choose(QComboBox* combo, ComplaintLedgerField field)
    {
        combo->setCurrentIndex(combo->findData(int(field)));
    }
    static void pressEnter()
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key_Return);
    }
    int storedCount() const
    {
        return ComplaintQuery(*m_context->session()).count({}).value_or(-1);
    }
    void openWith(const QString& file);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestOffice> m_office;
    std::unique_ptr<SessionContext> m_context;
    std::unique_ptr<ImportComplaintsDialog> m_dialog;
};

void TestGuiComplaintImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(u"settings.ini"_s));
    MessageBox::setRecordingForTesting(true);
}

void TestGuiComplaintImport::init()
{
    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    m_context = std::make_unique<SessionContext>();
    m_context->open(std::move(m_office->session));
    m_dialog = std::make_unique<ImportComplaintsDialog>(*m_context);
    MessageBox::clearRecordedForTesting();
}

void TestGuiComplaintImport::cleanup()
{
    m_dialog.reset();
    m_context.reset();
    m_office.reset();
}

void TestGuiComplaintImport::openWith(const QString& file)
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    m_dialog->setFile(dataFile(file));
}

void TestGuiComplaintImport::importsTheCp932LedgerFromTheKeyboard()
{
    QSignalSpy imported(m_dialog.get(), &ImportComplaintsDialog::imported);
    QSignalSpy changed(m_context.get(), &SessionContext::complaintsChanged);
    openWith(u"ledger_cp932.csv"_s);

    QVERIFY2(child<QLabel>(u"sourceInfoLabel"_s)->text().contains(u"Shift_JIS"_s),
        qPrintable(child<QLabel>(u"sourceInfoLabel"_s)->text()));
    QVERIFY(child<QLabel>(u"sourceInfoLabel"_s)->text().contains(u"4"_s));
    const QList<QComboBox*> combos = mappingCombos();
    QCOMPARE(combos.size(), 17);
    for (qsizetype column = 0; column < combos.size(); ++column)
        QCOMPARE(fieldOf(combos.at(column)), kComplaintRegisterColumns.at(std::size_t(column)));
    // The preview shows the decoded text of the first rows.
    auto* preview = child<QTableWidget>(u"previewTable"_s);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->item(0, 3)->text(), u"髙橋　①子"_s);
    QVERIFY(preview->horizontalHeaderItem(1)->text().contains(ledgerFieldName(ComplaintLedgerField::ReceivedAt)));

    // Enter checks the rows, and Enter again imports them.
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    pressEnter();
    QVERIFY(child<QPushButton>(u"importButton"_s)->isVisible());
    QVERIFY2(child<QLabel>(u"summaryLabel"_s)->text().contains(u"All 4"_s),
        qPrintable(child<QLabel>(u"summaryLabel"_s)->text()));
    QCOMPARE(storedCount(), 0);
    pressEnter();

    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().toInt(), 4);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), 0);
    QCOMPARE(storedCount(), 4);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(MessageBox::recordedForTesting().join(u'\n').contains(u"Imported 4"_s));
}

void TestGuiComplaintImport::encodingIsOverriddenAndReadAgain()
{
    openWith(u"ledger_cp932.csv"_s);
    auto* encoding = child<QComboBox>(u"encodingCombo"_s);
    auto* error = child<ErrorLabel>(u"sourceErrorLabel"_s);
    auto* check = child<QPushButton>(u"checkButton"_s);
    QVERIFY(check->isEnabled());

    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Utf8)));
    QVERIFY(error->hasError());
    QVERIFY2(error->text().contains(u"Shift_JIS"_s), qPrintable(error->text()));
    QVERIFY(!check->isEnabled());
    QCOMPARE(mappingCombos().size(), 0);
    QCOMPARE(child<QTableWidget>(u"previewTable"_s)->rowCount(), 0);

    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Cp932)));
    QVERIFY(!error->hasError());
    QVERIFY(check->isEnabled());
    QCOMPARE(mappingCombos().size(), 17);
    QCOMPARE(child<QTableWidget>(u"previewTable"_s)->item(0, 3)->text(), u"髙橋　①子"_s);
    QVERIFY(!child<QLabel>(u"sourceInfoLabel"_s)->text().contains(u"detected"_s));
}

void TestGuiComplaintImport::eachFieldBelongsToOneColumn()
{
    openWith(u"ledger_bad_rows.csv"_s);
    QList<QComboBox*> combos = mappingCombos();
    QCOMPARE(combos.size(), 5);
    QCOMPARE(fieldOf(combos.at(0)), ComplaintLedgerField::ReceivedAt);
    QCOMPARE(fieldOf(combos.at(3)), ComplaintLedgerField::Content);
    auto* check = child<QPushButton>(u"checkButton"_s);
    auto* error = child<ErrorLabel>(u"sourceErrorLabel"_s);

    // Giving 申出内容 to the first column takes it from the fourth; the date is then missing.
    choose(combos.at(0), ComplaintLedgerField::Content);
    QCOMPARE(fieldOf(combos.at(3)), ComplaintLedgerField::Ignore);
    QVERIFY(!check->isEnabled());
    QVERIFY2(error->text().contains(ledgerFieldName(ComplaintLedgerField::ReceivedAt)), qPrintable(error->text()));
    QVERIFY(child<QTableWidget>(u"previewTable"_s)
                ->horizontalHeaderItem(0)
                ->text()
                .contains(ledgerFieldName(ComplaintLedgerField::Content)));

    choose(combos.at(0), ComplaintLedgerField::ReceivedAt);
    QVERIFY(!check->isEnabled());
    QVERIFY2(error->text().contains(ledgerFieldName(ComplaintLedgerField::Content)), qPrintable(error->text()));
    choose(combos.at(3), ComplaintLedgerField::Content);
    QVERIFY(check->isEnabled());
    QVERIFY(!error->hasError());
}

void TestGuiComplaintImport::badRowsAreListedAndTheValidOnesImported()
{
    QSignalSpy imported(m_dialog.get(), &ImportComplaintsDialog::imported);
    openWith(u"ledger_bad_rows.csv"_s);
    QTest::mouseClick(child<QPushButton>(u"checkButton"_s), Qt::LeftButton);

    auto* problems = child<QTableWidget>(u"problemsTable"_s);
    QCOMPARE(problems->rowCount(), 6);
    QList<int> lines;
    for (int row = 0; row < problems->rowCount(); ++row)
        lines.append(problems->item(row, 0)->data(Qt::DisplayRole).toInt());
    QCOMPARE(lines, (QList<int> { 4, 5, 6, 7, 8, 9 }));
    QVERIFY(problems->item(0, 1)->text().contains(u"2025/13/45"_s));
    QVERIFY2(child<QLabel>(u"summaryLabel"_s)->text().contains(u"2 of 8"_s),
        qPrintable(child<QLabel>(u"summaryLabel"_s)->text()));
    auto* importButton = child<QPushButton>(u"importButton"_s);
    QVERIFY(importButton->isEnabled());
    QVERIFY2(importButton->text().contains(u"2"_s), qPrintable(importButton->text()));

    // Back keeps the file and the mapping; checking again gives the same report.
    QTest::mouseClick(child<QPushButton>(u"backButton"_s), Qt::LeftButton);
    QVERIFY(child<QPushButton>(u"checkButton"_s)->isVisible());
    QCOMPARE(mappingCombos().size(), 5);
    QTest::mouseClick(child<QPushButton>(u"checkButton"_s), Qt::LeftButton);
    QCOMPARE(problems->rowCount(), 6);

    QCOMPARE(storedCount(), 0);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().toInt(), 2);
    QCOMPARE(storedCount(), 2);
}

void TestGuiComplaintImport::unreadableFileIsReported()
{
    openWith(u"ledger_cp932.csv"_s);
    QCOMPARE(mappingCombos().size(), 17);
    // A second file that cannot be read replaces the first: nothing of the first is left to import.
    openWith(u"no-such-ledger.csv"_s);
    auto* error = child<ErrorLabel>(u"sourceErrorLabel"_s);
    QVERIFY(error->hasError());
    QVERIFY2(error->text().contains(u"could not be opened"_s), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(u"checkButton"_s)->isEnabled());
    QCOMPARE(mappingCombos().size(), 0);
    QVERIFY(child<QLabel>(u"sourceInfoLabel"_s)->text().isEmpty());

    openWith(u"empty.csv"_s);
    QVERIFY2(error->text().contains(u"empty"_s), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(u"checkButton"_s)->isEnabled());
}

void TestGuiComplaintImport::lockDropsTheLedger()
{
    QSignalSpy imported(m_dialog.get(), &ImportComplaintsDialog::imported);
    openWith(u"ledger_cp932.csv"_s);
    QTest::mouseClick(child<QPushButton>(u"checkButton"_s), Qt::LeftButton);
    QVERIFY(child<QPushButton>(u"importButton"_s)->isVisible());

    m_context->close(SessionContext::CloseReason::Lock);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(mappingCombos().size(), 0);
    QCOMPARE(child<QTableWidget>(u"previewTable"_s)->rowCount(), 0);
    QCOMPARE(child<QTableWidget>(u"problemsTable"_s)->rowCount(), 0);
    QVERIFY(child<QLineEdit>(u"fileEdit"_s)->text().isEmpty());
    QCOMPARE(imported.size(), 0);
}

QTEST_MAIN(TestGuiComplaintImport)
#include "tst_gui_complaint_import.moc"
