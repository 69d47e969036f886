// SPDX-License-Identifier: GPL-3.0-or-later
// How long one letter takes to render to PDF: the median over 50 renders of the complaint
// answer (苦情への回答書) filled with the catalog's sample data, after a warm-up that loads
// the fonts. Exit code 0 when the median is within 100 ms (the budget for an interactive
// preview), 1 when it is not, 2 when the benchmark could not run.
//
// Usage: bench_render_letter [LETTERS_DIR]   (default: resources/letters of this checkout)
#include "core/render/LetterRenderer.h"

#include <kainjow/mustache.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kRuns = 50;
constexpr int kWarmUp = 3;
constexpr double kBudgetMs = 100.0;

QString defaultLettersDir()
{
    // The benchmark lives in tests/bench/ of the checkout it was built from.
    return QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(QStringLiteral("../../resources/letters"));
}

/// The letter engine's value rules, enough for the sample data: escaped text, <br> for line
/// breaks, empty text as missing, flags, lists of items with _index全角.
kainjow::mustache::data toMustache(const QJsonValue& value)
{
    using kainjow::mustache::data;
    if (value.isBool())
        return data(value.toBool() ? data::type::bool_true : data::type::bool_false);
    if (value.isArray()) {
        data list(data::type::list);
        const QJsonArray items = value.toArray();
        for (int i = 0; i < items.size(); ++i) {
            data item = toMustache(items.at(i));
            if (item.is_object()) {
                QString number = QString::number(i + 1);
                for (QChar& c : number)
                    c = QChar(char16_t(u'０' + (c.unicode() - u'0')));
                item.set("_index", QString::number(i + 1).toStdString());
                item.set("_index全角", number.toStdString());
            }
            list.push_back(item);
        }
        return list;
    }
    if (value.isObject()) {
        data object;
        const QJsonObject fields = value.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            object.set(it.key().toStdString(), toMustache(it.value()));
        return object;
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return data(false);
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return data(escaped.toStdString());
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : defaultLettersDir();

    QFile catalogFile(dir + QStringLiteral("/templates.json"));
    QFile templateFile(dir + QStringLiteral("/complaint_answer.html"));
    if (!catalogFile.open(QIODevice::ReadOnly) || !templateFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_render_letter: cannot read the templates in %s\n", qPrintable(dir));
        return 2;
    }
    QJsonObject values;
    const QJsonArray templates
        = QJsonDocument::fromJson(catalogFile.readAll()).object().value(QStringLiteral("templates")).toArray();
    for (const QJsonValue& entry : templates) {
        if (entry.toObject().value(QStringLiteral("name")).toString() != QStringLiteral("complaint_answer"))
            continue;
        for (const QJsonValue& field : entry.toObject().value(QStringLiteral("fields")).toArray())
            values.insert(field.toObject().value(QStringLiteral("key")).toString(),
                field.toObject().value(QStringLiteral("sample")));
    }
    kainjow::mustache::mustache engine(templateFile.readAll().toStdString());
    engine.set_custom_escape([](const std::string& s) { return s; });
    const QString html = QString::fromStdString(engine.render(toMustache(values)));
    if (!engine.is_valid() || values.isEmpty()) {
        std::fprintf(stderr, "bench_render_letter: the template does not fill\n");
        return 2;
    }

    pd::render::RenderOptions options;
    options.title = QStringLiteral("苦情への回答書");
    options.headerText = values.value(QStringLiteral("文書番号")).toString();
    int pages = 0;
    qint64 bytes = 0;
    for (int i = 0; i < kWarmUp; ++i) {
        const auto letter = pd::render::LetterRenderer::renderPdf(html, options);
        if (!letter) {
            std::fprintf(stderr, "bench_render_letter: %s\n", qPrintable(letter.error().message()));
            return 2;
        }
        pages = letter->pageCount;
        bytes = letter->pdf.size();
    }

    std::vector<double> times;
    times.reserve(kRuns);
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto letter = pd::render::LetterRenderer::renderPdf(html, options);
        times.push_back(timer.nsecsElapsed() / 1.0e6);
        if (!letter)
            return 2;
    }
    std::sort(times.begin(), times.end());
    const double median = (times[kRuns / 2 - 1] + times[kRuns / 2]) / 2.0;
    std::printf("bench_render_letter: complaint_answer, %d page(s), %lld bytes, font %s\n", pages,
        static_cast<long long>(bytes), qPrintable(pd::render::LetterRenderer::resolvedFontFamily()));
    std::printf("bench_render_letter: median %.1f ms (min %.1f, max %.1f) over %d runs\n", median, times.front(),
        times.back(), kRuns);
    const bool met = median <= kBudgetMs;
    std::printf("target: median <= %.0f ms: %s (%.1f ms)\n", kBudgetMs, met ? "MET" : "MISSED", median);
    return met ? 0 : 1;
}
