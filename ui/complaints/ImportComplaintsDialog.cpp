// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ImportComplaintsDialog.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

constexpr int kPreviewRows = 5;
constexpr int kSampleLength = 40;

enum Page { ColumnsPage = 0, CheckPage = 1 };

/// A cell as one line: the preview shows where a value begins, not all of a long complaint.
QString oneLine(const QString& text, int length)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QChar(0x21B5)); // ↵ marks a line break inside the cell
    return line.size() > length ? line.left(length - 1) + QChar(0x2026) : line;
}

QString localCsvFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile() || !url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}

} // namespace

ImportComplaintsDialog::ImportComplaintsDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("importComplaintsDialog"));
    setWindowTitle(tr("Import Complaint Ledger"));
    setAcceptDrops(true);

    // --- Columns step -------------------------------------------------------------------
    auto* columnsPage = new QWidget(this);
    m_fileEdit = new QLineEdit(columnsPage);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("A CSV file saved from Excel (UTF-8 or Shift_JIS)"));
    m_browseButton = new QPushButton(tr("&Browse…"), columnsPage);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);

    m_encodingCombo = new QComboBox(columnsPage);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("Automatic"), int(CsvEncoding::Auto));
    m_encodingCombo->addItem(tr("UTF-8"), int(CsvEncoding::Utf8));
    m_encodingCombo->addItem(tr("Shift_JIS (Windows)"), int(CsvEncoding::Cp932));

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), columnsPage);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Encoding:"), m_encodingCombo);

    m_sourceInfo = new QLabel(columnsPage);
    m_sourceInfo->setObjectName(QStringLiteral("sourceInfoLabel"));
    m_sourceInfo->setWordWrap(true);
    m_sourceError = new ErrorLabel(columnsPage);
    m_sourceError->setObjectName(QStringLiteral("sourceErrorLabel"));

    auto* mappingTitle = new QLabel(tr("Which field each column of the file holds:"), columnsPage);
    m_mappingWidget = new QWidget;
    m_mappingGrid = new QGridLayout;
    m_mappingGrid->setColumnStretch(1, 1);
    auto* mappingLayout = new QVBoxLayout(m_mappingWidget);
    mappingLayout->addLayout(m_mappingGrid);
    mappingLayout->addStretch(1);
    auto* mappingScroll = new QScrollArea(columnsPage);
    mappingScroll->setObjectName(QStringLiteral("mappingArea"));
    mappingScroll->setWidgetResizable(true);
    mappingScroll->setWidget(m_mappingWidget);

    auto* previewTitle = new QLabel(tr("The first rows, as they will be read:"), columnsPage);
    m_preview = new QTableWidget(columnsPage);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addLayout(form);
    columnsLayout->addWidget(m_sourceInfo);
    columnsLayout->addWidget(m_sourceError);
    columnsLayout->addWidget(mappingTitle);
    columnsLayout->addWidget(mappingScroll, 3);
    columnsLayout->addWidget(previewTitle);
    columnsLayout->addWidget(m_preview, 2);

    // --- Check step ---------------------------------------------------------------------
    auto* checkPage = new QWidget(this);
    m_summary = new QLabel(checkPage);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_problems = new QTableWidget(0, 2, checkPage);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->setHorizontalHeaderLabels({ tr("Line"), tr("Why the row cannot be imported") });
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setWordWrap(true);
    // Rows follow the width of the reason column, so that a long reason wraps instead of being cut.
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_importError = new ErrorLabel(checkPage);
    m_importError->setObjectName(QStringLiteral("importErrorLabel"));
    auto* checkLayout = new QVBoxLayout(checkPage);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    checkLayout->addWidget(m_summary);
    checkLayout->addWidget(m_problems, 1);
    checkLayout->addWidget(m_importError);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(columnsPage);
    m_pages->addWidget(checkPage);

    // --- Buttons ------------------------------------------------------------------------
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_backButton = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_checkButton = buttons->addButton(tr("Chec&k Rows >"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportComplaintsDialog::chooseFile);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportComplaintsDialog::decode);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportComplaintsDialog::check);
    connect(m_backButton, &QPushButton::clicked, this, &ImportComplaintsDialog::back);
    connect(m_importButton, &QPushButton::clicked, this, &ImportComplaintsDialog::importRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportComplaintsDialog::reject);
    connect(this, &QDialog::finished, this, &ImportComplaintsDialog::forgetData);
    // Nothing is imported yet; the ledger's content must not stay on screen or in memory while locked.
    connect(&m_context, &SessionContext::aboutToClose, this, [this] {
        forgetData();
        reject();
    });

    setTabOrder(m_browseButton, m_encodingCombo);
    back();
    m_browseButton->setFocus();
    resize(900, 680);
}

ImportComplaintsDialog::~ImportComplaintsDialog()
{
    wipe(m_bytes);
}

void ImportComplaintsDialog::setFile(const QString& path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_plan.reset();
    wipe(m_bytes);
    m_bytes.clear();
    m_table.reset();
    m_sourceError->clearError();
    m_sourceInfo->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_sourceError->showError(tr("The file could not be opened: %1").arg(file.errorString()));
    } else if (file.size() > CsvReader::kMaxFileSize) {
        m_sourceError->showError(tr("The file is larger than %1 MB; split it into smaller files.")
                                     .arg(CsvReader::kMaxFileSize / (1024 * 1024)));
    } else {
        m_bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            m_sourceError->showError(tr("The file could not be read: %1").arg(file.errorString()));
    }
    if (m_sourceError->hasError()) {
        rebuildMapping();
        updateMappingState();
        return;
    }
    back();
    decode();
    if (!m_mappingCombos.isEmpty())
        m_mappingCombos.first()->setFocus();
}

void ImportComplaintsDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_pages->currentIndex() == ColumnsPage && !localCsvFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportComplaintsDialog::dropEvent(QDropEvent* event)
{
    const QString path = localCsvFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setFile(path);
}

void ImportComplaintsDialog::chooseFile()
{
    QString directory = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                         : QFileInfo(m_path).absolutePath();
    if (directory.isEmpty())
        directory = QDir::homePath();
    // Opened window-modal, never with a nested event loop: a lock must be able to close it.
    auto* dialog = new QFileDialog(this, tr("Open Complaint Ledger"), directory,
        tr("CSV files (*.csv *.CSV);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openLedgerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportComplaintsDialog::setFile);
    connect(&m_context, &SessionContext::aboutToClose, dialog, &QFileDialog::reject);
    dialog->open();
}

CsvEncoding ImportComplaintsDialog::chosenEncoding() const
{
    return CsvEncoding(m_encodingCombo->currentData().toInt());
}

QString ImportComplaintsDialog::encodingName(CsvEncoding encoding) const
{
    return encoding == CsvEncoding::Cp932 ? tr("Shift_JIS (Windows)") : tr("UTF-8");
}

void ImportComplaintsDialog::decode()
{
    m_plan.reset();
    m_table.reset();
    m_sourceError->clearError();
    m_sourceInfo->clear();
    if (m_path.isEmpty()) {
        rebuildMapping();
        updateMappingState();
        return;
    }
    auto table = CsvReader::read(m_bytes, chosenEncoding());
    if (!table) {
        m_sourceError->showError(table.error().detail.isEmpty() ? table.error().message() : table.error().detail);
    } else {
        m_table = std::move(*table);
        const QString read = chosenEncoding() == CsvEncoding::Auto
            ? tr("Read as %1 (detected).").arg(encodingName(m_table->encoding))
            : tr("Read as %1.").arg(encodingName(m_table->encoding));
        m_sourceInfo->setText(read + QLatin1Char(' ')
            + tr("%n data row(s) below the header.", nullptr, int(m_table->rows.size())));
    }
    rebuildMapping();
    updateMappingState();
}

void ImportComplaintsDialog::rebuildMapping()
{
    qDeleteAll(m_mappingRowWidgets);
    m_mappingRowWidgets.clear();
    m_mappingCombos.clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!m_table)
        return;

    const QList<ComplaintLedgerField> guessed = ComplaintImport::guessMapping(m_table->header);
    QWidget* previous = m_encodingCombo;
    for (qsizetype column = 0; column < m_table->header.size(); ++column) {
        QString title = m_table->header.at(column);
        if (title.isEmpty())
            title = tr("Column %1").arg(column + 1);
        auto* label = new QLabel(QString(title).replace(QLatin1Char('&'), QLatin1String("&&")), m_mappingWidget);
        const QString sample = m_table->rows.isEmpty() ? QString() : m_table->rows.first().value(column);
        auto* sampleLabel = new QLabel(oneLine(sample, kSampleLength), m_mappingWidget);
        sampleLabel->setTextFormat(Qt::PlainText);
        sampleLabel->setForegroundRole(QPalette::PlaceholderText);
        auto* combo = new QComboBox(m_mappingWidget);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->setAccessibleName(tr("Field of column %1").arg(title));
        for (ComplaintLedgerField field : kComplaintLedgerFields)
            combo->addItem(ledgerFieldName(field), int(field));
        combo->setCurrentIndex(combo->findData(int(guessed.value(column, ComplaintLedgerField::Ignore))));
        label->setBuddy(combo);
        label->setTextFormat(Qt::PlainText);
        m_mappingGrid->addWidget(label, int(column), 0);
        m_mappingGrid->addWidget(sampleLabel, int(column), 1);
        m_mappingGrid->addWidget(combo, int(column), 2);
        m_mappingRowWidgets << label << sampleLabel << combo;
        // Children added to a visible widget stay hidden until shown (a layout would only queue it).
        for (QWidget* widget : { static_cast<QWidget*>(label), static_cast<QWidget*>(sampleLabel),
                 static_cast<QWidget*>(combo) })
            widget->setVisible(true);
        m_mappingCombos.append(combo);
        setTabOrder(previous, combo);
        previous = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { mappingChanged(int(column)); });
    }
    setTabOrder(previous, m_checkButton);

    const int previewRows = int(std::min<qsizetype>(kPreviewRows, m_table->rows.size()));
    m_preview->setColumnCount(int(m_table->header.size()));
    m_preview->setRowCount(previewRows);
    for (int row = 0; row < previewRows; ++row)
        for (int column = 0; column < m_preview->columnCount(); ++column) {
            const QString value = m_table->rows.at(row).value(column);
            auto* item = new QTableWidgetItem(oneLine(value, kSampleLength));
            item->setToolTip(value);
            m_preview->setItem(row, column, item);
        }
    refreshPreviewHeader();
}

void ImportComplaintsDialog::mappingChanged(int column)
{
    m_plan.reset();
    // A field belongs to one column: choosing it here takes it from the column that had it.
    const QVariant chosen = m_mappingCombos.at(column)->currentData();
    if (ComplaintLedgerField(chosen.toInt()) != ComplaintLedgerField::Ignore) {
        for (qsizetype other = 0; other < m_mappingCombos.size(); ++other) {
            QComboBox* combo = m_mappingCombos.at(other);
            if (other != column && combo->currentData() == chosen) {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(combo->findData(int(ComplaintLedgerField::Ignore)));
            }
        }
    }
    refreshPreviewHeader();
    updateMappingState();
}

void ImportComplaintsDialog::refreshPreviewHeader()
{
    if (!m_table)
        return;
    QStringList labels;
    for (qsizetype column = 0; column < m_table->header.size(); ++column) {
        const ComplaintLedgerField field = column < m_mappingCombos.size()
            ? ComplaintLedgerField(m_mappingCombos.at(column)->currentData().toInt())
            : ComplaintLedgerField::Ignore;
        labels.append(m_table->header.at(column) + QStringLiteral("\n→ ") + ledgerFieldName(field));
    }
    m_preview->setHorizontalHeaderLabels(labels);
}

QList<ComplaintLedgerField> ImportComplaintsDialog::mapping() const
{
    QList<ComplaintLedgerField> fields;
    for (const QComboBox* combo : m_mappingCombos)
        fields.append(ComplaintLedgerField(combo->currentData().toInt()));
    return fields;
}

void ImportComplaintsDialog::updateMappingState()
{
    // A file that could not be read has no table, and its error stays; a mapping error is recomputed.
    bool ready = m_table.has_value();
    if (m_table) {
        if (auto valid = ComplaintImport::checkMapping(mapping()); !valid) {
            m_sourceError->showError(valid.error().detail);
            ready = false;
        } else if (m_table->rows.isEmpty()) {
            m_sourceError->showError(tr("The file has a header but no rows to import."));
            ready = false;
        } else {
            m_sourceError->clearError();
        }
    }
    m_checkButton->setEnabled(ready);
}

void ImportComplaintsDialog::check()
{
    Session* session = m_context.session();
    if (!session || !m_table || !m_checkButton->isEnabled())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = ComplaintImport(*session).check(*m_table, mapping());
    QGuiApplication::restoreOverrideCursor();
    if (!plan) {
        m_sourceError->showError(plan.error().detail.isEmpty() ? plan.error().message() : plan.error().detail);
        return;
    }
    m_plan = std::move(*plan);

    const int valid = int(m_plan->valid.size());
    const int total = m_plan->rowCount();
    if (m_plan->rejected.isEmpty())
        m_summary->setText(tr("All %n row(s) can be imported. They are stored together, with new reception numbers "
                              "in order of reception; each row's former number is kept in its timeline.",
            nullptr, total));
    else
        m_summary->setText(tr("%1 of %2 rows can be imported. The rows below have problems; line numbers are the "
                              "lines of the file (a row with line breaks in a cell starts on the line given). Correct "
                              "the file and check again, or import only the valid rows.")
                               .arg(valid)
                               .arg(total));
    m_problems->setRowCount(int(m_plan->rejected.size()));
    for (int row = 0; row < m_plan->rejected.size(); ++row) {
        const ComplaintImportProblem& problem = m_plan->rejected.at(row);
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, problem.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        auto* reason = new QTableWidgetItem(problem.reason);
        reason->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        reason->setToolTip(problem.reason);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, reason);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->setVisible(!m_plan->rejected.isEmpty());
    m_importButton->setText(m_plan->rejected.isEmpty()
            ? tr("&Import %n Complaint(s)", nullptr, valid)
            : tr("&Import the %n Valid Row(s)", nullptr, valid));
    m_importButton->setEnabled(valid > 0);
    m_importError->clearError();

    m_pages->setCurrentIndex(CheckPage);
    m_backButton->setVisible(true);
    m_checkButton->setVisible(false);
    m_importButton->setVisible(true);
    m_checkButton->setDefault(false);
    m_importButton->setDefault(valid > 0);
    m_backButton->setDefault(valid == 0);
    if (valid > 0)
        m_importButton->setFocus();
    else
        m_backButton->setFocus();
}

void ImportComplaintsDialog::back()
{
    m_pages->setCurrentIndex(ColumnsPage);
    m_backButton->setVisible(false);
    m_importButton->setVisible(false);
    m_checkButton->setVisible(true);
    m_importButton->setDefault(false);
    m_backButton->setDefault(false);
    m_checkButton->setDefault(true);
    m_importError->clearError();
}

void ImportComplaintsDialog::importRows()
{
    Session* session = m_context.session();
    if (!session || !m_plan || m_plan->valid.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = ComplaintImport(*session).import(*m_plan);
    QGuiApplication::restoreOverrideCursor();
    if (!imported) {
        // Nothing was stored (one transaction); the check stays on screen to try again.
        m_importError->showError(imported.error().detail.isEmpty() ? imported.error().message()
                                                                   : imported.error().detail);
        return;
    }
    const int count = *imported;
    m_context.notifyComplaintsChanged(0);
    emit this->imported(count);
    MessageBox::information(parentWidget(), tr("Import Complaint Ledger"),
        tr("Imported %n complaint(s).", nullptr, count));
    accept();
}

void ImportComplaintsDialog::forgetData()
{
    m_plan.reset();
    m_table.reset();
    wipe(m_bytes);
    m_bytes.clear();
    m_path.clear();
    m_fileEdit->clear();
    m_sourceInfo->clear();
    m_summary->clear();
    m_problems->setRowCount(0);
    rebuildMapping(); // without a table: the samples and the preview go
    updateMappingState();
    back();
}

} // namespace pd::ui
