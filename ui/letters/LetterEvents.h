// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace pd::ui {

class SessionContext;

/// Tells every view that shows letters (the Letters page, the letters tab of a record)
/// that one was issued or a template was saved, wherever that happened. One instance
/// per SessionContext, created on first use as its child.
class LetterEvents : public QObject
{
    Q_OBJECT

public:
    static LetterEvents* of(SessionContext& context);

    void notifyIssued(qint64 letterId) { emit letterIssued(letterId); }
    void notifyTemplatesChanged() { emit templatesChanged(); }

signals:
    void letterIssued(qint64 letterId);
    void templatesChanged();

private:
    explicit LetterEvents(QObject* parent);
};

} // namespace pd::ui
