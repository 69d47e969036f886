// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <expected>

namespace pd {

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorKind kind, QString detail = {})
{
    return std::unexpected(Error{kind, std::move(detail)});
}

} // namespace pd
