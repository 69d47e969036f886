// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/render/LetterService.h"

namespace pd {

class Session;

/// Builds the letter request for a record found by its 受付番号: the record's own fields
/// (name, address, request date, contents…) prefilled for the template. One place for the
/// GUI's "Print letter…" and `privacydesk-admin print-letter`.
class RecordLetters
{
public:
    static Result<LetterRequest> requestFor(Session& session, const QString& recordNumber, const QString& templateName);
};

} // namespace pd
