// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;
class QToolButton;

namespace pd::ui {

class SessionContext;

/// Shows a scanned letter or FAX (PNG, JPEG, multi-page TIFF) held in memory: QImageReader
/// reads it from a QBuffer, so no plaintext copy ever reaches the disk. Page navigation for
/// TIFF, zoom (Ctrl++ / Ctrl+- / Ctrl+0 fits the window). Closes when the session locks,
/// because it shows personal data.
class AttachmentViewer : public QDialog
{
    Q_OBJECT

public:
    explicit AttachmentViewer(SessionContext& context, QWidget* parent = nullptr);

    /// False (and a message in the window) when the bytes are not a readable image.
    bool setImage(const QByteArray& data, const QString& title);

    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; }
    /// 0 while the page is fitted to the window.
    double zoom() const { return m_zoom; }
    const QImage& currentImage() const { return m_image; }

public slots:
    void showPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitToWindow();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateView();
    double effectiveScale() const;

    QByteArray m_data;
    QImage m_image;
    int m_pageCount = 0;
    int m_page = 0;
    double m_zoom = 0;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_canvas = nullptr;
    QLabel* m_pageLabel = nullptr;
    QLabel* m_message = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
};

} // namespace pd::ui
