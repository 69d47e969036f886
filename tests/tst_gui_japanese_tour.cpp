// SPDX-License-Identifier: GPL-3.0-or-later
// A tour of the main screens in Japanese, with the translations loaded the way the program loads
// them: the intake form, the complaint list, the attachment viewer, the accounts, the restore
// dialog and the audit trail (with an anomaly view). No screen may show text left in English,
// since the office works in Japanese only. PRIVACYDESK_SCREENSHOT_DIR=<dir> keeps a picture of
// each screen (<nn>_<screen>.png) for the manual and for looking at the layout.
#include "TestSupport.h"

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintService.h"
#include "core/services/AccountService.h"
#include "core/services/AuditReview.h"
#include "core/services/DemoGenerator.h"
#include "core/services/Session.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/KeyRotationDialog.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/audit/AuditEntryModel.h"
#include "ui/audit/AuditReviewPage.h"
#include "ui/backup/BackupController.h"
#include "ui/backup/BackupFolders.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/Translations.h"
#include "ui/common/UiSettings.h"
#include "ui/complaints/AttachmentViewer.h"
#include "ui/complaints/AttachmentsPanel.h"
#include "ui/complaints/ComplaintEditor.h"
#include "ui/complaints/ComplaintListModel.h"
#include "ui/complaints/ComplaintWindows.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/complaints/UnsavedChangesPrompt.h"

#include <QAbstractButton>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QCheckBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDemoComplaints = 150; // a few screens of list, and the test stays well under a minute
const QSize kWindowSize(1280, 800);

template <typename T> const char* why(const Result<T>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message().toUtf8() + " / " + result.error().detail.toUtf8();
    return text.constData();
}

/// A visible text that reads as English: where it is and what it says.
struct EnglishText
{
    QString where;
    QString text;
    bool operator==(const EnglishText&) const = default;
};

/// Finds English left in the visible texts of a screen: a run of four or more ASCII letters that is
/// not a product or file format name, a key name, an email address, a file name or path, a hash or
/// a login. Item data is not looked at (it is the user's data); the headers above it are.
class EnglishFinder
{
public:
    explicit EnglishFinder(QStringList logins)
        : m_logins(std::move(logins))
    {
    }

    QList<EnglishText> find(QWidget* root)
    {
        m_found.clear();
        checkWidget(root, root);
        const auto children = root->findChildren<QWidget*>();
        // Windows of their own (an editor owned by the main window) are screens of their own.
        for (QWidget* widget : children)
            if (widget->window() == root->window() && widget->isVisibleTo(root))
                checkWidget(root, widget);
        return m_found;
    }

    /// The text with everything allowed taken out; English if a run of 4+ ASCII letters remains.
    bool isEnglish(const QString& text) const
    {
        static const QRegularExpression email(uR"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"_s);
        static const QRegularExpression path(uR"(\S*[/\\]\S*)"_s);
        static const QRegularExpression fileName(
            uR"([\w.-]+\.(?:pdf|png|jpe?g|tiff?|csv|xlsx|eml|pdesk|ini|txt|json)\b)"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression hexDigest(uR"(\b[0-9a-fA-F]{8,}\b)"_s);
        static const QRegularExpression letters(uR"([A-Za-z]{4,})"_s);
        static const QStringList allowedWords {
            u"PDF"_s,
            u"CSV"_s,
            u"Excel"_s,
            u"xlsx"_s,
            u"FAX"_s,
            u"TIFF"_s,
            u"PNG"_s,
            u"JPEG"_s,
            u"Ctrl"_s,
            u"Shift"_s,
            u"Alt"_s,
            u"Enter"_s,
            u"PrivacyDesk"_s,
            u"SQLCipher"_s,
            u"BLAKE2b"_s,
        };
        QString rest = text;
        rest.remove(email).remove(path).remove(fileName).remove(hexDigest);
        for (const QString& word : allowedWords + m_logins)
            rest.remove(QRegularExpression(u"(?<![A-Za-z])"_s + QRegularExpression::escape(word) + u"(?![A-Za-z])"_s));
        return rest.contains(letters);
    }

private:
    static QString plain(QString text)
    {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        // Mnemonics (&&: a literal &) and the modified marker of window titles are not shown.
        text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
        return text.remove(u"[*]"_s);
    }

    static QString describe(const QObject* object)
    {
        QString name = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            name += u'#' + object->objectName();
        for (const QObject* parent = object->parent(); parent; parent = parent->parent())
            if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_"_s))
                return name + u" in "_s + QString::fromLatin1(parent->metaObject()->className()) + u'#'
                    + parent->objectName();
        return name;
    }

    void check(const QObject* object, const QString& what, const QString& text)
    {
        const QString shown = plain(text);
        if (!isEnglish(shown))
            return;
        const EnglishText found { describe(object) + u' ' + what, shown };
        if (!m_found.contains(found))
            m_found.append(found);
    }

    void checkActions(const QObject* owner, const QList<QAction*>& actions, int depth = 0)
    {
        for (QAction* action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            check(owner, u"action"_s, action->text());
            if (QMenu* menu = action->menu(); menu && depth < 4)
                checkActions(menu, menu->actions(), depth + 1);
        }
    }

    void checkHeader(QAbstractItemView* view, QHeaderView* header, Qt::Orientation orientation)
    {
        if (!header || header->isHidden() || !view->model())
            return;
        const int count = orientation == Qt::Horizontal ? view->model()->columnCount() : view->model()->rowCount();
        for (int section = 0; section < count; ++section)
            if (!header->isSectionHidden(section))
                check(view, u"header"_s, view->model()->headerData(section, orientation).toString());
    }

    void checkWidget(QWidget* root, QWidget* widget)
    {
        // A recovery key is data (letters and digits), not a text of the program.
        if (widget->objectName() == u"recoveryKeyLabel"_s)
            return;
        if (widget->isWindow())
            check(widget, u"window title"_s, widget->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(widget))
            check(label, u"text"_s, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            check(button, u"text"_s, button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            check(group, u"title"_s, group->title());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            check(edit, u"placeholder"_s, edit->placeholderText());
        if (auto* tabs = qobject_cast<QTabBar*>(widget))
            for (int index = 0; index < tabs->count(); ++index)
                if (tabs->isTabVisible(index))
                    check(tabs, u"tab"_s, tabs->tabText(index));
        if (auto* combo = qobject_cast<QComboBox*>(widget))
            for (int index = 0; index < combo->count(); ++index)
                check(combo, u"item"_s, combo->itemText(index));
        if (auto* menuBar = qobject_cast<QMenuBar*>(widget))
            checkActions(menuBar, menuBar->actions());
        if (auto* toolBar = qobject_cast<QToolBar*>(widget))
            checkActions(toolBar, toolBar->actions());
        if (auto* statusBar = qobject_cast<QStatusBar*>(widget))
            check(statusBar, u"message"_s, statusBar->currentMessage());
        if (auto* table = qobject_cast<QTableView*>(widget)) {
            checkHeader(table, table->horizontalHeader(), Qt::Horizontal);
            checkHeader(table, table->verticalHeader(), Qt::Vertical);
        }
        if (auto* tree = qobject_cast<QTreeView*>(widget))
            checkHeader(tree, tree->header(), Qt::Horizontal);
        // A list of choices the program offers (the navigation, the purpose categories).
        if (auto* list = qobject_cast<QListWidget*>(widget))
            for (int row = 0; row < list->count(); ++row)
                if (!list->item(row)->isHidden())
                    check(list, u"item"_s, list->item(row)->text());
        Q_UNUSED(root);
    }

    QStringList m_logins;
    QList<EnglishText> m_found;
};

QByteArray describeAll(const QList<EnglishText>& found)
{
    QStringList lines;
    for (const EnglishText& text : found)
        lines.append(u"  %1: \"%2\""_s.arg(text.where, text.text));
    return (u"Text left in English:\n"_s + lines.join(u'\n')).toUtf8();
}

/// A faxed request as a scanner delivers it: an A4 page at 100 dpi, black on white.
QByteArray faxedPage()
{
    QImage page(827, 1169, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setPen(Qt::black);
    QFont font(u"Noto Sans CJK JP"_s);
    font.setPixelSize(34);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(0, 60, page.width(), 50), Qt::AlignCenter, u"ＦＡＸ送信票"_s);
    font.setBold(false);
    font.setPixelSize(20);
    painter.setFont(font);
    const QStringList lines {
        u"送信日：令和8年11月27日"_s,
        u"宛先：テスト健康保険組合　個人情報相談窓口　御中"_s,
        u"発信者：山田　花子（被保険者　山田　太郎の妻）"_s,
        u"電話：090-1234-5678"_s,
        QString(),
        u"件名：特定健診結果の送付先について"_s,
        QString(),
        u"先日、夫あての特定健診結果が、以前の住所に送付されていました。"_s,
        u"住所変更の届出は本年4月に事業所経由で提出済みです。"_s,
        u"転送されて届きましたが、封筒が開封されていた形跡があり、"_s,
        u"内容を第三者に見られたのではないかと不安です。"_s,
        u"経緯の確認と、今後の送付先の訂正をお願いいたします。"_s,
        QString(),
        u"以上、よろしくお願いいたします。"_s,
    };
    int y = 170;
    for (const QString& line : lines) {
        painter.drawText(80, y, line);
        y += 38;
    }
    painter.drawRect(60, 130, page.width() - 120, y - 110);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "PNG");
    return png;
}

void typeText(QWidget* widget, const QString& text)
{
    // Key by key, as a keyboard (or an IME committing character by character) does.
    widget->setFocus();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestGuiJapaneseTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void finderCatchesEnglish();
    void japaneseIsLoaded();
    void complaintIntakeForm();
    void complaintList();
    void attachmentViewer();
    void accountsPage();
    void restoreDialog();
    void auditReview();
    void keyRotationDialog();

private:
    MainWindow* window() const { return m_controller->mainWindow(); }
    /// Shows a page of the main window at its working size and waits until it is on screen.
    bool showPage(MainWindowPage page);
    /// PRIVACYDESK_SCREENSHOT_DIR: `widget` as <nn>_<name>.png; false when it could not be saved.
    bool keepScreenshot(QWidget* widget, const QString& name);
    QList<EnglishText> englishIn(QWidget* root);

    QTemporaryDir m_settingsDir;
    QTranslator m_ourTranslator;
    QTranslator m_qtTranslator;
    std::unique_ptr<test::TestOffice> m_office;
    QTemporaryDir m_backupDir;
    std::unique_ptr<AppController> m_controller;
    QStringList m_logins;
    qint64 m_faxComplaintId = 0;
    int m_screenshots = 0;
};

void TestGuiJapaneseTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid() && m_backupDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(u"settings.ini"_s));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    MessageBox::setRecordingForTesting(true);
    UnsavedChangesPrompt::setAnswerForTesting(UnsavedChangesPrompt::Choice::Discard);

    // As `privacydesk --lang ja` does it, before the first widget exists.
    const QLocale japanese(QLocale::Japanese, QLocale::Japan);
    QLocale::setDefault(japanese);
    QVERIFY2(installTranslators(japanese, m_ourTranslator, m_qtTranslator), "privacydesk_ja.qm is not in :/i18n");
    useJapaneseFont();

    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    auto summary = DemoGenerator(*m_office->session).generate(kDemoComplaints, 20261130u);
    QVERIFY2(summary, why(summary));

    // A complaint that came by FAX, with the faxed page attached.
    Complaint fax;
    fax.receivedAt = QDateTime(QDate::currentDate().addDays(-3), QTime(9, 40));
    fax.channel = ComplaintChannel::Fax;
    fax.channelDetails.faxNumber = u"03-3710-4521"_s;
    fax.complainant.name = u"山田　花子"_s;
    fax.complainant.kana = u"ヤマダ　ハナコ"_s;
    fax.complainant.relation = ComplainantRelation::Family;
    fax.complainant.phone = u"090-1234-5678"_s;
    fax.content = u"夫あての特定健診結果が旧住所に送付され、開封された形跡がある。経緯の確認と送付先の訂正を求める。"_s;
    fax.category = ComplaintCategory::SafetyManagement;
    auto created = ComplaintService(*m_office->session).create(fax);
    QVERIFY2(created, why(created));
    m_faxComplaintId = created->id;
    auto attached = ComplaintAttachments(*m_office->session).add(m_faxComplaintId, u"fax_20261127.png"_s, faxedPage());
    QVERIFY2(attached, why(attached));

    auto accounts = AccountService(*m_office->session).accounts();
    QVERIFY2(accounts, why(accounts));
    for (const Account& account : *accounts)
        m_logins.append(account.login);

    // A wrong password before the right one: the audit trail has a failed sign-in to show.
    m_office->lock();
    QVERIFY(!m_office->unlock(QByteArrayLiteral("not-the-password")));
    auto unlocked = m_office->unlock();
    QVERIFY2(unlocked, why(unlocked));

    UiSettings::BackupSettings backups;
    backups.folder = m_backupDir.path();
    backups.generations = 3;
    backups.daily = false; // the one backup the restore dialog lists is the test's own
    backups.onExit = false;
    UiSettings::instance().setBackupSettings(m_office->location, backups);

    m_controller = std::make_unique<AppController>();
    m_controller->setKdfParams(test::fastKdf());
    m_controller->startWithSession(std::move(*unlocked));
    QVERIFY(window());
    window()->resize(kWindowSize);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
}

void TestGuiJapaneseTour::cleanupTestCase()
{
    m_controller.reset();
    m_office.reset();
    MessageBox::setRecordingForTesting(false);
    UnsavedChangesPrompt::setAnswerForTesting(std::nullopt);
    QCoreApplication::removeTranslator(&m_ourTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

void TestGuiJapaneseTour::init()
{
    MessageBox::clearRecordedForTesting();
}

bool TestGuiJapaneseTour::showPage(MainWindowPage page)
{
    window()->showPage(page);
    window()->resize(kWindowSize);
    window()->activateWindow();
    return QTest::qWaitForWindowExposed(window());
}

QList<EnglishText> TestGuiJapaneseTour::englishIn(QWidget* root)
{
    // Texts set just now are laid out (and labels sized) once the posted layout requests ran.
    QCoreApplication::processEvents();
    return EnglishFinder(m_logins).find(root);
}

bool TestGuiJapaneseTour::keepScreenshot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QString directory = qEnvironmentVariable("PRIVACYDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return true;
    if (!QDir().mkpath(directory))
        return false;
    const QString file = u"%1_%2.png"_s.arg(++m_screenshots, 2, 10, QChar(u'0')).arg(name);
    return widget->grab().save(QDir(directory).filePath(file));
}

void TestGuiJapaneseTour::finderCatchesEnglish()
{
    QWidget screen;
    auto* layout = new QVBoxLayout(&screen);
    layout->addWidget(new QLabel(u"受付者"_s));
    layout->addWidget(new QLabel(u"Received by"_s));
    layout->addWidget(new QPushButton(u"&Save"_s));
    layout->addWidget(new QPushButton(u"保存(&S)"_s));
    layout->addWidget(new QLabel(u"PDFで保存（Ctrl+Shift+P）、CSV・Excel（xlsx）、FAX送信票"_s));
    layout->addWidget(new QLabel(u"<b>SQLCipher</b> で暗号化、BLAKE2b-256 のハッシュ a3f9c0debeefcafe01"_s));
    layout->addWidget(new QLabel(u"保存先：/home/tanaka/backups/office-2026.pdesk（yamada.taro@example.jp）"_s));
    layout->addWidget(new QLabel(u"添付：fax_scan.tiff"_s));
    layout->addWidget(new QLabel(u"tanaka としてサインイン中"_s));
    layout->addWidget(new QLabel(u"例: complaint #12"_s));
    layout->addWidget(new QLabel(u"complaint の記録"_s));
    auto* search = new QLineEdit;
    search->setPlaceholderText(u"Search…"_s);
    layout->addWidget(search);
    auto* group = new QGroupBox(u"Details"_s);
    layout->addWidget(group);
    auto* hidden = new QLabel(u"Hidden until an error happens"_s);
    layout->addWidget(hidden);
    hidden->hide();
    auto* combo = new QComboBox;
    combo->addItems({ u"電話"_s, u"Letter"_s });
    layout->addWidget(combo);
    auto* tabs = new QTabWidget;
    tabs->addTab(new QWidget, u"受付"_s);
    tabs->addTab(new QWidget, u"Timeline"_s);
    layout->addWidget(tabs);
    screen.setWindowTitle(u"Complaint – PrivacyDesk"_s);

    QStringList found;
    for (const EnglishText& text : EnglishFinder({ test::officerLogin() }).find(&screen))
        found.append(text.text);
    found.sort();
    QStringList expected { u"Complaint – PrivacyDesk"_s, u"Received by"_s, u"Save"_s, u"Search…"_s, u"Details"_s,
        u"Letter"_s, u"Timeline"_s, u"complaint の記録"_s, u"例: complaint #12"_s };
    expected.sort();
    QCOMPARE(found, expected);
}

void TestGuiJapaneseTour::japaneseIsLoaded()
{
    // Ours from :/i18n, and Qt's own (standard buttons, context menus of text fields).
    QVERIFY(!m_ourTranslator.isEmpty());
    QCOMPARE(m_ourTranslator.language(), u"ja_JP"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"キャンセル"_s);
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    // Japanese glyphs come from Noto Sans CJK JP (fonts-noto-cjk), as in the program.
    QVERIFY(QFontDatabase::families().contains(u"Noto Sans CJK JP"_s));
    QCOMPARE(QApplication::font().families().value(0), u"Noto Sans CJK JP"_s);
    QCOMPARE(QFontInfo(QApplication::font()).family(), u"Noto Sans CJK JP"_s);
}

void TestGuiJapaneseTour::complaintIntakeForm()
{
    QVERIFY(showPage(MainWindowPage::Start));
    ComplaintEditor* editor = window()->complaintWindows()->newComplaint();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    typeText(editor->findChild<QLineEdit*>(u"callerNumberEdit"_s), u"03-3456-7890"_s);
    typeText(editor->findChild<QLineEdit*>(u"nameEdit"_s), u"佐々木　健一"_s);
    typeText(editor->findChild<QLineEdit*>(u"kanaEdit"_s), u"ササキ　ケンイチ"_s);
    typeText(editor->findChild<QLineEdit*>(u"phoneEdit"_s), u"03-3456-7890"_s);
    typeText(editor->findChild<QLineEdit*>(u"emailEdit"_s), u"k.sasaki@example.jp"_s);
    typeText(editor->findChild<QLineEdit*>(u"postalCodeEdit"_s), u"158-0094"_s);
    typeText(editor->findChild<QLineEdit*>(u"addressEdit"_s), u"東京都世田谷区玉川3-12-8"_s);
    typeText(editor->findChild<QWidget*>(u"contentEdit"_s),
        u"医療費通知に、受診していない医療機関の記載がある。"
        u"他人の情報と取り違えられていないか確認してほしい。"_s);
    auto* category = editor->findChild<QComboBox*>(u"categoryCombo"_s);
    QVERIFY(category);
    category->setCurrentIndex(category->findData(categoryKey(ComplaintCategory::SafetyManagement)));
    QVERIFY(category->currentIndex() >= 0);
    auto* purposes = editor->findChild<QListWidget*>(u"purposeCategoryList"_s);
    QVERIFY(purposes && purposes->count() > 0);
    purposes->item(0)->setCheckState(Qt::Checked);
    QVERIFY(editor->isModified());
    editor->findChild<QWidget*>(u"contentEdit"_s)->setFocus();
    QCOMPARE(editor->tabs()->currentIndex(), 0);
    QVERIFY(keepScreenshot(editor, u"complaint_intake"_s));

    // Every tab, as the user goes through them.
    QTabWidget* tabs = editor->tabs();
    for (int index = 0; index < tabs->count(); ++index) {
        if (!tabs->isTabVisible(index))
            continue;
        tabs->setCurrentIndex(index);
        const QList<EnglishText> english = englishIn(editor);
        QVERIFY2(english.isEmpty(), describeAll(english).constData());
    }
    editor->close();
    QTRY_VERIFY(!editor->isVisible());
}

void TestGuiJapaneseTour::complaintList()
{
    QVERIFY(showPage(MainWindowPage::Complaints));
    ComplaintsPage* page = window()->complaintsPage();
    QTRY_COMPARE(page->model()->rowCount(), kDemoComplaints + 1);
    QVERIFY(page->view()->isVisible());
    page->view()->setFocus();
    page->view()->selectRow(0);

    QVERIFY(keepScreenshot(page, u"complaint_list"_s));
    QVERIFY(keepScreenshot(window(), u"complaint_list_window"_s));
    const QList<EnglishText> english = englishIn(window());
    QVERIFY2(english.isEmpty(), describeAll(english).constData());
}

void TestGuiJapaneseTour::attachmentViewer()
{
    ComplaintEditor* editor = window()->complaintWindows()->openComplaint(m_faxComplaintId);
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    AttachmentsPanel* panel = editor->attachmentsPanel();
    editor->tabs()->setCurrentWidget(panel);
    QTRY_COMPARE(panel->count(), 1);
    const QList<EnglishText> inPanel = englishIn(editor);
    QVERIFY2(inPanel.isEmpty(), describeAll(inPanel).constData());

    QVERIFY(panel->selectRow(0));
    panel->viewSelected();
    auto* viewer = editor->findChild<AttachmentViewer*>();
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QCOMPARE(viewer->pageCount(), 1);
    QCOMPARE(viewer->currentImage().size(), QSize(827, 1169));
    QVERIFY(viewer->windowTitle().contains(u"fax_20261127.png"_s));
    // Fitted to the window as it is shown, not to the scroll area before it had a size.
    auto* canvas = viewer->findChild<QLabel*>(u"imageCanvas"_s);
    QVERIFY(canvas);
    QVERIFY2(canvas->pixmap().height() > canvas->parentWidget()->height() * 3 / 4,
        qPrintable(u"page shown %1 px high in a %2 px view"_s.arg(canvas->pixmap().height())
                       .arg(canvas->parentWidget()->height())));

    QVERIFY(keepScreenshot(editor, u"complaint_attachments"_s));
    QVERIFY(keepScreenshot(viewer, u"attachment_viewer"_s));
    const QList<EnglishText> english = englishIn(viewer);
    QVERIFY2(english.isEmpty(), describeAll(english).constData());
    viewer->close();
    editor->close();
    QTRY_VERIFY(!editor->isVisible());
}

void TestGuiJapaneseTour::accountsPage()
{
    QVERIFY(showPage(MainWindowPage::Accounts));
    AccountsPage* page = window()->accountsPage();
    QTRY_COMPARE(page->model()->rowCount(), int(m_logins.size()));
    // Someone else's row, so that the actions on it are enabled and show their names.
    QVERIFY(page->selectAccount(
        m_logins.constLast() == test::officerLogin() ? m_logins.constFirst() : m_logins.constLast()));

    QVERIFY(keepScreenshot(page, u"accounts"_s));
    QVERIFY(keepScreenshot(window(), u"accounts_window"_s));
    const QList<EnglishText> english = englishIn(window());
    QVERIFY2(english.isEmpty(), describeAll(english).constData());
}

void TestGuiJapaneseTour::restoreDialog()
{
    BackupController* backups = m_controller->backups();
    QSignalSpy finished(backups, &BackupController::backupFinished);
    backups->backUpNow();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(MessageBox::recordedForTesting().join(u'\n')));

    RestoreDialog* dialog = backups->showRestoreDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->backupList()->topLevelItemCount(), 1);
    QVERIFY(!dialog->selectedBackup().isEmpty());

    QSignalSpy verified(dialog, &RestoreDialog::verified);
    auto* password = dialog->findChild<QLineEdit*>(u"passwordEdit"_s);
    QVERIFY(password);
    typeText(password, QString::fromUtf8(test::officerPassword()));
    QTest::keyClick(password, Qt::Key_Return); // Enter verifies
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.first().at(0).toBool(), true);
    // Date, size, counts and chain head of the verified backup are all shown.
    for (const char* value : { "writtenValue", "sizeValue", "complaintsValue", "lettersValue", "accountsValue",
             "auditEntriesValue", "chainHeadValue" }) {
        auto* label = dialog->findChild<QLabel*>(QLatin1String(value));
        QVERIFY2(label, value);
        QVERIFY2(!label->text().isEmpty() && label->text() != u"–"_s, value);
    }
    QCOMPARE(dialog->findChild<QLabel*>(u"complaintsValue"_s)->text(), QString::number(kDemoComplaints + 1));

    QVERIFY(keepScreenshot(dialog, u"restore_dialog"_s));
    const QList<EnglishText> english = englishIn(dialog);
    QVERIFY2(english.isEmpty(), describeAll(english).constData());
    dialog->close();
}

void TestGuiJapaneseTour::auditReview()
{
    QVERIFY(showPage(MainWindowPage::AuditTrail));
    AuditReviewPage* page = window()->auditReviewPage();
    QTRY_VERIFY(page->model()->rowCount() > 10);

    QVERIFY(keepScreenshot(page, u"audit_review"_s));
    QVERIFY(keepScreenshot(window(), u"audit_review_window"_s));
    QList<EnglishText> english = englishIn(window());
    QVERIFY2(english.isEmpty(), describeAll(english).constData());
    // The cells the program words (role, action, target, result) are Japanese too; the details
    // column holds field names and values, which are data.
    QStringList englishCells;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        for (int column : {AuditEntryModel::RoleColumn, AuditEntryModel::ActionColumn, AuditEntryModel::TargetColumn,
                           AuditEntryModel::ResultColumn}) {
            const QString text = page->model()->index(row, column).data().toString();
            if (EnglishFinder(m_logins).isEnglish(text))
                englishCells.append(text);
        }
    englishCells.removeDuplicates();
    QVERIFY2(englishCells.isEmpty(), qPrintable(englishCells.join(u" | "_s)));

    // The failed-sign-in view shows the wrong password typed before this session.
    auto* view = page->findChild<QComboBox*>(u"auditViewCombo"_s);
    QVERIFY(view);
    view->setCurrentIndex(view->findData(int(AuditView::FailedLogins)));
    QVERIFY(page->applyFilter());
    QTRY_VERIFY(page->model()->rowCount() >= 1);
    QVERIFY(keepScreenshot(page, u"audit_failed_logins"_s));
    QVERIFY(keepScreenshot(window(), u"audit_failed_logins_window"_s));
    english = englishIn(window());
    QVERIFY2(english.isEmpty(), describeAll(english).constData());
}

void TestGuiJapaneseTour::keyRotationDialog()
{
    QVERIFY(showPage(MainWindowPage::Accounts));
    KeyRotationDialog* dialog = window()->accountsPage()->rotateDataKey();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(keepScreenshot(dialog, u"key_rotation"_s));
    QList<EnglishText> english = englishIn(dialog);
    QVERIFY2(english.isEmpty(), describeAll(english).constData());

    // Rotated with a new recovery key: the outcome and the key, shown this once.
    dialog->findChild<QCheckBox*>(u"newRecoveryKeyCheckBox"_s)->setChecked(true);
    dialog->findChild<QPushButton*>(u"rotateButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRotating(), 60000);
    QVERIFY2(dialog->findChild<QLabel*>(u"outcomeLabel"_s)->isVisible(),
             qPrintable(MessageBox::recordedForTesting().join(u'\n')));
    QVERIFY(keepScreenshot(dialog, u"key_rotation_done"_s));
    english = englishIn(dialog);
    QVERIFY2(english.isEmpty(), describeAll(english).constData());
    dialog->close();
}

QTEST_MAIN(TestGuiJapaneseTour)
#include "tst_gui_japanese_tour.moc"
