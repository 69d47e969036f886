// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace pd::ui {

/// Runs `work` on a short-lived thread and hands its result to `done` on the thread of
/// `context` (the GUI thread). Used for Argon2id key derivation, which takes about a
/// second and would otherwise freeze the window.
///
/// `work` must not touch widgets or anything the GUI thread uses meanwhile: it gets
/// its inputs by value. When `context` is destroyed first, `done` is never called and
/// the result is simply destroyed with the thread.
template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    using ResultType = std::invoke_result_t<Work&>;
    auto result = std::make_shared<std::optional<ResultType>>();
    QThread* thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        if (result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace pd::ui
