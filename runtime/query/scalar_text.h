// Whether a value given as text (filters, named-query arguments, cursor keys) is a
// valid literal of a column kind, so a bad one is BAD_USER_INPUT before PostgreSQL
// would fail the cast.
#pragma once

#include <string_view>

#include "lys/model/model.h"

namespace lys::query {

// Bool (true/false/1/0), Int and BigInt `-42`, Float, Decimal `-12.50`, UUID, Date
// `2026-01-31`, DateTime RFC 3339 (`2026-01-31T12:00:00.5+02:00`); other kinds: true.
bool valid_scalar_text(model::Kind kind, std::string_view text);

}  // namespace lys::query
