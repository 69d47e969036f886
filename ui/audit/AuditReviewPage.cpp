// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditReviewPage.h"

#include "core/letters/JapaneseDate.h"
#include "core/model/Role.h"
#include "core/render/AuditReviewReport.h"
#include "core/render/ReportLayout.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/audit/AuditEntryModel.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PaddedItemDelegate.h"
#include "ui/letters/JapaneseDateEdit.h"
#include "ui/letters/LetterOutput.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

constexpr int kJapanOffsetSeconds = 9 * 3600;
/// Air left and right of a cell's text (PaddedItemDelegate).
constexpr int kCellPadding = 6;

QDateTime japanDayStartUtc(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(kJapanOffsetSeconds)).toUTC();
}

QDate japanToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(kJapanOffsetSeconds)).date();
}

} // namespace

AuditReviewPage::AuditReviewPage(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AuditEntryModel(this))
    , m_from(new JapaneseDateEdit(false, this))
    , m_until(new JapaneseDateEdit(false, this))
    , m_account(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_record(new QLineEdit(this))
    , m_view(new QComboBox(this))
    , m_viewRule(new QLabel(this))
    , m_apply(new QPushButton(tr("Appl&y"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_chainStatus(new QLabel(this))
    , m_lastReview(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_verifyButton(new QPushButton(tr("Ver&ify Chain"), this))
    , m_markButton(new QPushButton(tr("&Mark Period Reviewed…"), this))
    , m_previewButton(new QPushButton(tr("Pr&eview…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_saveButton(new QPushButton(tr("Save P&DF…"), this))
    , m_exportButton(new QPushButton(tr("E&xport Checkpoint…"), this))
{
    setObjectName(QStringLiteral("auditReviewPage"));
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_until->setObjectName(QStringLiteral("auditUntilDate"));
    m_account->setObjectName(QStringLiteral("auditAccountCombo"));
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_record->setObjectName(QStringLiteral("auditRecordEdit"));
    m_view->setObjectName(QStringLiteral("auditViewCombo"));
    m_viewRule->setObjectName(QStringLiteral("auditViewRule"));
    m_apply->setObjectName(QStringLiteral("auditApplyButton"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_chainStatus->setObjectName(QStringLiteral("auditChainStatus"));
    m_lastReview->setObjectName(QStringLiteral("auditLastReview"));
    m_verifyButton->setObjectName(QStringLiteral("auditVerifyButton"));
    m_markButton->setObjectName(QStringLiteral("auditMarkReviewedButton"));
    m_previewButton->setObjectName(QStringLiteral("auditPreviewButton"));
    m_printButton->setObjectName(QStringLiteral("auditPrintButton"));
    m_saveButton->setObjectName(QStringLiteral("auditSavePdfButton"));
    m_exportButton->setObjectName(QStringLiteral("auditExportCheckpointButton"));

    auto* title = new QLabel(tr("Audit Trail"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* explanation = new QLabel(
        tr("Every sign-in, view, change, print and export, with its time (Japan time) and account. "
           "Choose a period, look through the anomaly views, then mark the period reviewed and keep a checkpoint."),
        this);
    explanation->setWordWrap(true);

    // Shown as the table names records; AuditReview::parseRecordFilter takes that form and the stored key.
    const QString complaint = QStringLiteral("complaint");
    m_record->setPlaceholderText(tr("e.g. %1").arg(AuditReview::targetDisplayName(complaint, 12)));
    m_record->setClearButtonEnabled(true);
    m_record->setToolTip(tr("A record type, a number, or both: %1, #12, %2")
                             .arg(AuditReview::recordTypeDisplayName(complaint),
                                  AuditReview::targetDisplayName(complaint, 12)));
    m_view->addItem(AuditReview::viewDisplayName(AuditView::All), int(AuditView::All));
    m_view->addItem(AuditReview::viewDisplayName(AuditView::FailedLogins), int(AuditView::FailedLogins));
    m_view->addItem(AuditReview::viewDisplayName(AuditView::OutsideOfficeHours), int(AuditView::OutsideOfficeHours));
    m_view->addItem(AuditReview::viewDisplayName(AuditView::BulkViewing), int(AuditView::BulkViewing));
    // The rules come from the society's policy (Settings ▸ Organization ▸ Audit Review): showViewRule().
    m_viewRule->setTextFormat(Qt::PlainText);
    m_viewRule->setWordWrap(true);
    m_viewRule->hide();
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* filter = new QWidget(this);
    filter->setObjectName(QStringLiteral("auditFilterBar"));
    auto* filterLayout = new QGridLayout(filter);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(labelFor(tr("Fr&om:"), m_from->dateEdit()), 0, 0);
    filterLayout->addWidget(m_from, 0, 1);
    filterLayout->addWidget(labelFor(tr("&Until:"), m_until->dateEdit()), 0, 2);
    filterLayout->addWidget(m_until, 0, 3);
    filterLayout->addWidget(labelFor(tr("Sho&w:"), m_view), 0, 4);
    filterLayout->addWidget(m_view, 0, 5);
    filterLayout->addWidget(labelFor(tr("Accou&nt:"), m_account), 1, 0);
    filterLayout->addWidget(m_account, 1, 1);
    filterLayout->addWidget(labelFor(tr("Ac&tion:"), m_action), 1, 2);
    filterLayout->addWidget(m_action, 1, 3);
    filterLayout->addWidget(labelFor(tr("&Record:"), m_record), 1, 4);
    filterLayout->addWidget(m_record, 1, 5);
    filterLayout->addWidget(m_apply, 1, 6);
    filterLayout->setColumnStretch(7, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new PaddedItemDelegate(kCellPadding, 3, m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Audit entries"));
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(AuditEntryModel::SeqColumn, digit * 8);
    m_table->setColumnWidth(AuditEntryModel::TimeColumn, digit * 22);
    m_table->setColumnWidth(AuditEntryModel::AccountColumn, digit * 12);
    m_table->setColumnWidth(AuditEntryModel::RoleColumn, roleColumnWidth());
    m_table->setColumnWidth(AuditEntryModel::ActionColumn, digit * 20);
    m_table->setColumnWidth(AuditEntryModel::TargetColumn, digit * 18);
    m_table->setColumnWidth(AuditEntryModel::ResultColumn, digit * 12);

    m_chainStatus->setTextFormat(Qt::PlainText);
    m_lastReview->setTextFormat(Qt::PlainText);
    m_count->setTextFormat(Qt::PlainText);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_count);
    statusRow->addStretch(1);
    statusRow->addWidget(m_chainStatus);
    statusRow->addWidget(m_verifyButton);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_lastReview, 1);
    buttons->addWidget(m_markButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addWidget(filter);
    layout->addWidget(m_viewRule);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);

    setTabOrder(m_from->dateEdit(), m_until->dateEdit());
    setTabOrder(m_until->dateEdit(), m_view);
    setTabOrder(m_view, m_account);
    setTabOrder(m_account, m_action);
    setTabOrder(m_action, m_record);
    setTabOrder(m_record, m_apply);
    setTabOrder(m_apply, m_table);
    setTabOrder(m_table, m_verifyButton);
    setTabOrder(m_verifyButton, m_markButton);
    setTabOrder(m_markButton, m_previewButton);
    setTabOrder(m_previewButton, m_printButton);
    setTabOrder(m_printButton, m_saveButton);
    setTabOrder(m_saveButton, m_exportButton);

    // Enter in the filter reads the trail; Enter on an entry shows it whole.
    auto* applyShortcut = new QShortcut(QKeySequence(Qt::Key_Return), filter, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    auto* applyEnter = new QShortcut(QKeySequence(Qt::Key_Enter), filter, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(applyShortcut, &QShortcut::activated, this, &AuditReviewPage::applyFilter);
    connect(applyEnter, &QShortcut::activated, this, &AuditReviewPage::applyFilter);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* details = new QShortcut(QKeySequence(key), m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(details, &QShortcut::activated, this, [this] { showEntryDetails(m_table->currentIndex()); });
    }
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_from->dateEdit()->setFocus(Qt::ShortcutFocusReason);
        m_from->dateEdit()->selectAll();
    });

    connect(m_apply, &QPushButton::clicked, this, &AuditReviewPage::applyFilter);
    connect(m_view, &QComboBox::activated, this, &AuditReviewPage::applyFilter);
    connect(m_account, &QComboBox::activated, this, &AuditReviewPage::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditReviewPage::applyFilter);
    connect(m_table, &QTableView::activated, this, &AuditReviewPage::showEntryDetails);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditReviewPage::verifyChain);
    connect(m_markButton, &QPushButton::clicked, this, &AuditReviewPage::askMarkReviewed);
    connect(m_previewButton, &QPushButton::clicked, this, &AuditReviewPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &AuditReviewPage::print);
    connect(m_saveButton, &QPushButton::clicked, this, &AuditReviewPage::askSavePdf);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditReviewPage::askExportCheckpoint);
    connect(m_model, &AuditEntryModel::readFailed, this, &AuditReviewPage::showError);
    connect(&m_context, &SessionContext::aboutToClose, this, &AuditReviewPage::aboutToClose);
    connect(&m_context, &SessionContext::sessionChanged, this, &AuditReviewPage::sessionChanged);
    connect(&m_context, &SessionContext::organizationChanged, this, &AuditReviewPage::organizationChanged);

    const QDate today = japanToday();
    setPeriod(QDate(today.year(), today.month(), 1), today);
    sessionChanged();
}

AuditReviewPage::~AuditReviewPage()
{
    // The worker uses the session: it must be done before anything it touches goes away.
    if (m_verifyThread)
        m_verifyThread->wait();
}

QDate AuditReviewPage::fromDate() const
{
    return m_from->date();
}

QDate AuditReviewPage::untilDate() const
{
    return m_until->date();
}

void AuditReviewPage::setPeriod(QDate from, QDate until)
{
    m_from->setDate(from);
    m_until->setDate(until);
}

void AuditReviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadOnFirstLook();
}

void AuditReviewPage::loadOnFirstLook()
{
    // Reading the trail is audited: read it when the page is first looked at, not at sign-in.
    if (!m_loadedOnce && m_context.session() && m_context.session()->may(Permission::ReviewAuditLog)) {
        m_loadedOnce = true;
        refreshChoices();
        applyFilter();
    }
}

void AuditReviewPage::sessionChanged()
{
    m_model->clear();
    m_loadedOnce = false;
    m_error->clearError();
    m_chainStatus->setText(tr("Chain not verified yet."));
    m_viewRule->clear();
    m_viewRule->hide();
    m_lastReview->clear();
    m_count->clear();
    updateActions();
    if (isVisible())
        loadOnFirstLook();
}

void AuditReviewPage::aboutToClose()
{
    if (m_verifyThread)
        m_verifyThread->wait();
    m_model->clear();
    m_account->clear();
    m_action->clear();
    m_record->clear();
    m_loadedOnce = false;
}

void AuditReviewPage::updateActions()
{
    Session* session = m_context.session();
    const bool reads = session && session->may(Permission::ReviewAuditLog);
    const bool writes = session && session->may(Permission::WriteAuditFindings);
    for (QWidget* widget : {static_cast<QWidget*>(m_apply), static_cast<QWidget*>(m_previewButton),
                            static_cast<QWidget*>(m_printButton), static_cast<QWidget*>(m_saveButton)})
        widget->setEnabled(reads);
    m_verifyButton->setEnabled(reads && !m_verifyThread);
    m_markButton->setEnabled(writes);
    m_exportButton->setEnabled(writes);
}

void AuditReviewPage::refreshChoices()
{
    Session* session = m_context.session();
    if (!session)
        return;
    AuditReview review(*session);
    const QVariant account = m_account->currentData();
    const QVariant action = m_action->currentData();
    m_account->clear();
    m_account->addItem(tr("All accounts"));
    if (auto accounts = review.accounts())
        for (const storage::AuditAccount& entry : *accounts)
            m_account->addItem(entry.login, entry.accountId);
    m_action->clear();
    m_action->addItem(tr("All actions"));
    if (auto actions = review.actions()) {
        QList<std::pair<QString, QString>> named;
        for (const QString& key : *actions)
            named.append({AuditReview::actionDisplayName(key), key});
        std::sort(named.begin(), named.end());
        for (const auto& [name, key] : named)
            m_action->addItem(name, key);
    }
    m_account->setCurrentIndex(std::max(0, m_account->findData(account)));
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    if (auto marks = review.reviewMarks(); marks && !marks->isEmpty()) {
        const storage::AuditEntry& last = marks->first();
        m_lastReview->setText(tr("Last review: %1 by %2")
                                  .arg(JapaneseDate::formatJapaneseEra(OfficeHours::toJapanTime(last.atUtc).date()),
                                       last.login));
    } else {
        m_lastReview->setText(tr("No period has been marked reviewed yet."));
    }
}

std::optional<storage::AuditQuery> AuditReviewPage::queryFromFilter()
{
    const QDate from = m_from->date();
    const QDate until = m_until->date();
    if (!from.isValid() || !until.isValid()) {
        m_error->showError(tr("Give the first and the last day of the period."));
        return std::nullopt;
    }
    if (until < from) {
        m_error->showError(tr("The period ends before it begins."));
        m_until->dateEdit()->setFocus();
        return std::nullopt;
    }
    storage::AuditQuery query;
    query.fromUtc = japanDayStartUtc(from);
    query.untilUtc = japanDayStartUtc(until.addDays(1));
    if (m_account->currentData().isValid())
        query.accountId = m_account->currentData().toLongLong();
    if (m_action->currentData().isValid())
        query.actions = {m_action->currentData().toString()};
    const Result<AuditRecordFilter> record = AuditReview::parseRecordFilter(m_record->text());
    if (!record) {
        m_error->showError(record.error().message());
        m_record->setFocus();
        return std::nullopt;
    }
    query.recordType = record->recordType;
    query.recordId = record->recordId;
    return query;
}

int AuditReviewPage::roleColumnWidth() const
{
    // The longest role name, whichever rows are loaded: a paged model cannot size to its contents.
    const QFontMetrics cell = m_table->fontMetrics();
    int widest = 0;
    for (Role role : {Role::Officer, Role::Staff, Role::Auditor})
        widest = std::max(widest, cell.horizontalAdvance(pd::roleDisplayName(role)));
    const int cellMargins = 2 * kCellPadding + 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1)
        + 2 * m_table->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    const QString head = m_model->headerData(AuditEntryModel::RoleColumn, Qt::Horizontal).toString();
    const int headWidth = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(head)
        + 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin)
        + m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    return std::max(widest + cellMargins, headWidth);
}

AuditView AuditReviewPage::currentView() const
{
    return AuditView(m_view->currentData().toInt());
}

void AuditReviewPage::showViewRule()
{
    Session* session = m_context.session();
    auto policy = session ? AuditReview(*session).policy() : Result<AuditPolicy>(AuditPolicy());
    if (!policy) {
        m_viewRule->hide();
        return;
    }
    for (int index = 0; index < m_view->count(); ++index) {
        const QString rule = AuditReview::viewRuleText(AuditView(m_view->itemData(index).toInt()), *policy);
        m_view->setItemData(index, rule.isEmpty() ? QVariant() : QVariant(rule), Qt::ToolTipRole);
    }
    const QString rule = AuditReview::viewRuleText(currentView(), *policy);
    m_viewRule->setText(rule);
    m_viewRule->setVisible(!rule.isEmpty());
}

void AuditReviewPage::organizationChanged()
{
    // A new policy changes what the anomaly views show: read them again if they are on screen.
    if (!m_loadedOnce)
        return;
    if (currentView() == AuditView::OutsideOfficeHours || currentView() == AuditView::BulkViewing)
        applyFilter();
    else
        showViewRule();
}

bool AuditReviewPage::applyFilter()
{
    Session* session = m_context.session();
    if (!session || !session->may(Permission::ReviewAuditLog))
        return false;
    const std::optional<storage::AuditQuery> query = queryFromFilter();
    if (!query)
        return false;
    m_error->clearError();
    showViewRule();
    AuditReview review(*session);
    const AuditView view = currentView();
    if (view == AuditView::All) {
        auto snapshot = review.open(*query);
        if (!snapshot) {
            showError(snapshot.error());
            return false;
        }
        storage::AuditQuery fixed = *query;
        fixed.upToSeq = snapshot->upToSeq;
        // The reader asks the context each time: after a lock the session is another object.
        auto status = m_model->showPaged(snapshot->count, [this, fixed](qint64 offset, int limit)
                                                              -> Result<QList<storage::AuditEntry>> {
            if (!m_context.session())
                return fail(ErrorKind::Internal, QStringLiteral("no session"));
            return AuditReview(*m_context.session()).page(fixed, offset, limit);
        });
        if (!status) {
            showError(status.error());
            return false;
        }
    } else {
        auto entries = review.view(*query, view);
        if (!entries) {
            showError(entries.error());
            return false;
        }
        m_model->showList(std::move(*entries));
    }
    m_count->setText(tr("%n entry(s)", nullptr, int(m_model->totalCount())));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    return true;
}

void AuditReviewPage::showEntryDetails(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const storage::AuditEntry entry = m_model->entryAt(index.row());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("auditEntryDialog"));
    dialog.setWindowTitle(tr("Audit Entry #%1").arg(entry.seq));
    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, const QString& value) {
        auto* text = new QLabel(value, &dialog);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setWordWrap(true);
        form->addRow(label, text);
    };
    addRow(tr("Number:"), QString::number(entry.seq));
    addRow(tr("Date and time (JST):"), AuditEntryModel::timeText(entry));
    addRow(tr("Recorded (UTC):"), entry.atUtc.toUTC().toString(Qt::ISODateWithMs));
    addRow(tr("Account:"), entry.login.isEmpty() ? tr("(unknown)") : entry.login);
    addRow(tr("Role:"), AuditReview::roleDisplayName(entry.role));
    addRow(tr("Action:"), QStringLiteral("%1 (%2)").arg(AuditReview::actionDisplayName(entry.action), entry.action));
    // The stored keys too: they are what the trail holds and what privacydesk-admin prints.
    addRow(tr("Target:"), QStringLiteral("%1 (%2)").arg(AuditEntryModel::targetText(entry),
                                                       AuditReview::targetKey(entry.recordType, entry.recordId)));
    addRow(tr("Result:"), QStringLiteral("%1 (%2)").arg(AuditReview::resultDisplayName(entry.result), entry.result));
    addRow(tr("Detail:"), entry.detail);
    addRow(tr("Chain hash:"), QString::fromLatin1(entry.hash.toHex()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(560, dialog.sizeHint().height());
    dialog.exec();
}

bool AuditReviewPage::markReviewed(const QString& note)
{
    Session* session = m_context.session();
    if (!session)
        return false;
    const std::optional<storage::AuditQuery> query = queryFromFilter();
    if (!query)
        return false;
    auto mark = AuditReview(*session).markReviewed(query->fromUtc, query->untilUtc, note);
    if (!mark) {
        showError(mark.error());
        return false;
    }
    m_error->clearError();
    refreshChoices();
    m_lastReview->setText(tr("Period %1 marked reviewed up to entry #%2.")
                              .arg(render::ReportLayout::periodText(m_from->date(), m_until->date()))
                              .arg(mark->head.seq));
    applyFilter();
    return true;
}

void AuditReviewPage::askMarkReviewed()
{
    if (!m_markButton->isEnabled() || !queryFromFilter())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("markReviewedDialog"));
    dialog.setWindowTitle(tr("Mark Period Reviewed"));
    auto* period = new QLabel(tr("Period: %1")
                                  .arg(render::ReportLayout::periodText(m_from->date(), m_until->date())),
                              &dialog);
    auto* explanation = new QLabel(tr("The mark is written into the audit trail with the chain as it stands now; "
                                      "it cannot be changed or removed."),
                                   &dialog);
    explanation->setWordWrap(true);
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("reviewNoteEdit"));
    note->setTabChangesFocus(true);
    note->setPlaceholderText(tr("Findings, e.g. \"No irregularities.\" Do not write personal data here."));
    auto* noteLabel = new QLabel(tr("&Note:"), &dialog);
    noteLabel->setBuddy(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark Reviewed"));
    auto* accept = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &dialog);
    connect(accept, &QShortcut::activated, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(period);
    layout->addWidget(explanation);
    layout->addWidget(noteLabel);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog.resize(480, 300);
    if (dialog.exec() == QDialog::Accepted)
        markReviewed(note->toPlainText());
}

bool AuditReviewPage::exportCheckpointTo(const QString& path)
{
    Session* session = m_context.session();
    if (!session)
        return false;
    const std::optional<storage::AuditQuery> query = queryFromFilter();
    if (!query)
        return false;
    auto checkpoint = AuditReview(*session).exportCheckpoint(query->fromUtc, query->untilUtc);
    if (!checkpoint) {
        showError(checkpoint.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*checkpoint) != checkpoint->size() || !file.commit()) {
        m_error->showError(tr("The checkpoint could not be written to %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_error->clearError();
    m_lastReview->setText(tr("Checkpoint saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditReviewPage::askExportCheckpoint()
{
    if (!m_exportButton->isEnabled() || !queryFromFilter())
        return;
    const QString suggested = QStringLiteral("%1/audit-checkpoint-%2_%3.json")
                                  .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                       m_from->date().toString(Qt::ISODate), m_until->date().toString(Qt::ISODate));
    auto* dialog = new QFileDialog(this, tr("Export Checkpoint"), suggested, tr("Checkpoint files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(suggested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportCheckpointTo(path); });
    dialog->open();
}

std::optional<render::AuditReviewReportData> AuditReviewPage::loadReport()
{
    Session* session = m_context.session();
    if (!session || !queryFromFilter())
        return std::nullopt;
    auto data = render::AuditReviewReport::load(*session, m_from->date(), m_until->date(), currentView());
    if (!data) {
        showError(data.error());
        return std::nullopt;
    }
    return std::move(*data);
}

bool AuditReviewPage::saveReviewPdfTo(const QString& path)
{
    const std::optional<render::AuditReviewReportData> data = loadReport();
    if (!data)
        return false;
    auto rendered = render::AuditReviewReport::renderPdf(*data);
    if (!rendered) {
        showError(rendered.error());
        return false;
    }
    QString error;
    if (!LetterOutput::savePdf(rendered->pdf, path, &error)) {
        m_error->showError(error);
        return false;
    }
    if (auto recorded = render::AuditReviewReport::recordPrint(*m_context.session(), *data, rendered->pageCount,
                                                               QStringLiteral("pdf"));
        !recorded) {
        showError(recorded.error());
        return false;
    }
    m_error->clearError();
    return true;
}

void AuditReviewPage::askSavePdf()
{
    if (!m_saveButton->isEnabled() || !queryFromFilter())
        return;
    const QString name = QStringLiteral("%1_%2_%3.pdf")
                             .arg(render::AuditReviewReport::title(), m_from->date().toString(Qt::ISODate),
                                  m_until->date().toString(Qt::ISODate));
    LetterOutput::askSavePath(this, name, [this](const QString& path) { saveReviewPdfTo(path); });
}

bool AuditReviewPage::printTo(QPrinter* printer, const render::AuditReviewReportData& data, const QString& target)
{
    auto painted = render::AuditReviewReport::paint(printer, data);
    if (!painted) {
        showError(painted.error());
        return false;
    }
    if (auto recorded = render::AuditReviewReport::recordPrint(*m_context.session(), data, *painted, target);
        !recorded) {
        showError(recorded.error());
        return false;
    }
    return true;
}

void AuditReviewPage::print()
{
    if (!m_printButton->isEnabled())
        return;
    LetterOutput::askPrinter(this, render::AuditReviewReport::title(), [this](QPrinter* printer) {
        if (const std::optional<render::AuditReviewReportData> data = loadReport())
            printTo(printer, *data, QStringLiteral("printer"));
    });
}

void AuditReviewPage::preview()
{
    if (!m_previewButton->isEnabled())
        return;
    std::optional<render::AuditReviewReportData> data = loadReport();
    if (!data)
        return;
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("auditReviewPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Preview: %1, %2")
                               .arg(render::AuditReviewReport::title(),
                                    render::ReportLayout::periodText(data->from, data->until)));
    auto shown = std::make_shared<render::AuditReviewReportData>(std::move(*data));
    auto recorded = std::make_shared<bool>(false);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [this, shown, recorded](QPrinter* printer) {
        if (!m_context.session())
            return;
        // Shown on screen counts as a print of the review: recorded once, when first painted.
        if (*recorded) {
            (void)render::AuditReviewReport::paint(printer, *shown);
            return;
        }
        *recorded = printTo(printer, *shown, QStringLiteral("preview"));
    });
    LetterOutput::takeOverPrintAction(dialog, QStringLiteral("auditPreviewPrintAction"), [this] { print(); });
    connect(&m_context, &SessionContext::aboutToClose, dialog, &QDialog::close);
    dialog->resize(1100, 820);
    dialog->show();
}

void AuditReviewPage::verifyChain()
{
    Session* session = m_context.session();
    if (!session || m_verifyThread || !session->may(Permission::ReviewAuditLog))
        return;
    m_chainStatus->setText(tr("Verifying the chain…"));
    auto result = std::make_shared<std::optional<Result<storage::ChainHead>>>();
    // The session outlives the worker: closing it waits for the worker first (aboutToClose).
    // SQLCipher's connection is serialized, so the window may go on reading meanwhile.
    m_verifyThread = QThread::create([session, result] { result->emplace(AuditReview(*session).verifyChain()); });
    connect(m_verifyThread, &QThread::finished, this, [this, result] {
        m_verifyThread->deleteLater();
        m_verifyThread = nullptr;
        updateActions();
        if (!result->has_value())
            return;
        const Result<storage::ChainHead>& head = **result;
        if (head) {
            m_chainStatus->setText(tr("Chain verified up to #%1.").arg(head->seq));
            m_chainStatus->setStyleSheet(QString());
        } else {
            m_chainStatus->setText(tr("Chain broken: %1").arg(head.error().message()));
            m_chainStatus->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
        }
        emit chainVerified();
    });
    updateActions();
    m_verifyThread->start();
}

QString AuditReviewPage::chainStatus() const
{
    return m_chainStatus->text();
}

void AuditReviewPage::showError(const Error& error)
{
    m_error->showError(LetterOutput::errorText(error));
}

} // namespace pd::ui
