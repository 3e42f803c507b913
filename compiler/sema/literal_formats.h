// Validation of literal spellings against the types they are written for.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lys::sema {

bool is_valid_uuid(std::string_view text);
bool is_valid_date(std::string_view text);      // YYYY-MM-DD
bool is_valid_datetime(std::string_view text);  // YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]

// Whether an integer spelling ("-12") fits a signed integer of `bits` bits.
bool fits_integer(std::string_view spelling, int bits);
// Whether a number spelling ("999.99") fits decimal(precision, scale).
bool fits_decimal(std::string_view spelling, int precision, int scale);
// Length in Unicode code points of UTF-8 text.
std::size_t code_points(std::string_view text);

}  // namespace lys::sema
