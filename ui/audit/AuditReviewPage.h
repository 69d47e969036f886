// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/services/AuditReview.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTableView;
class QThread;

namespace pd::render {
struct AuditReviewReportData;
}

namespace pd::ui {

class AuditEntryModel;
class ErrorLabel;
class JapaneseDateEdit;
class SessionContext;

/// 監査用アクセス記録 on screen: the audit trail filtered by period, account, action and record,
/// the anomaly views, marking a period reviewed, the printed review and the signed checkpoint.
/// For the privacy officer and the auditor; the main window hides it from other roles.
class AuditReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditReviewPage(SessionContext& context, QWidget* parent = nullptr);
    ~AuditReviewPage() override;

    AuditEntryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The rule of the chosen anomaly view in a sentence, with the society's stored policy.
    QLabel* viewRuleLabel() const { return m_viewRule; }

    /// The period as chosen: first and last day, Japan time.
    QDate fromDate() const;
    QDate untilDate() const;
    void setPeriod(QDate from, QDate until);

    /// Reads the trail again with the filter as it stands. False (and the reason shown) on bad input.
    bool applyFilter();
    /// Marks the chosen period reviewed with `note`; false with the reason shown.
    bool markReviewed(const QString& note);
    bool exportCheckpointTo(const QString& path);
    bool saveReviewPdfTo(const QString& path);
    /// Walks the chain on a worker thread; the status line tells the outcome.
    void verifyChain();
    bool isVerifying() const { return m_verifyThread != nullptr; }
    QString chainStatus() const;

signals:
    void chainVerified();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void sessionChanged();
    void loadOnFirstLook();
    void aboutToClose();
    void refreshChoices();
    std::optional<storage::AuditQuery> queryFromFilter();
    AuditView currentView() const;
    int roleColumnWidth() const;
    /// Reads the stored policy and says the chosen view's rule, on the label and in the menu's tooltips.
    void showViewRule();
    void organizationChanged();
    void updateActions();
    void showEntryDetails(const QModelIndex& index);
    void askMarkReviewed();
    void askExportCheckpoint();
    void askSavePdf();
    void print();
    void preview();
    std::optional<render::AuditReviewReportData> loadReport();
    bool printTo(QPrinter* printer, const render::AuditReviewReportData& data, const QString& target);
    void showError(const Error& error);

    SessionContext& m_context;
    AuditEntryModel* m_model = nullptr;
    JapaneseDateEdit* m_from = nullptr;
    JapaneseDateEdit* m_until = nullptr;
    QComboBox* m_account = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_record = nullptr;
    QComboBox* m_view = nullptr;
    QLabel* m_viewRule = nullptr;
    QPushButton* m_apply = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_chainStatus = nullptr;
    QLabel* m_lastReview = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_markButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QThread* m_verifyThread = nullptr;
    bool m_loadedOnce = false;
};

} // namespace pd::ui
