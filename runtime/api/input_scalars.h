// The text forms of the API's custom scalars, checked (and where the database needs
// one form, normalised) before a value is bound. Pure functions, no database.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lys::api {

// Bytes input: RFC 4648 §4 base64 (standard alphabet), padding optional.
std::optional<std::string> decode_base64(std::string_view text);

// Number of Unicode code points (what string(n) limits on both dialects), or nullopt
// for invalid UTF-8.
std::optional<std::size_t> utf8_length(std::string_view text);

// "6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14" in lower case, from any case.
std::optional<std::string> normalize_uuid(std::string_view text);

// "YYYY-MM-DD", a real calendar day.
bool is_valid_date(std::string_view text);

// An RFC 3339 date-time with any offset, as the stored form: UTC with milliseconds,
// "2026-11-21T12:00:00.000Z" (finer fractions are cut).
std::optional<std::string> normalize_datetime(std::string_view text);

// A decimal number that fits numeric(precision, scale): at most precision - scale
// digits before the point and scale after. Returns the text without a leading '+'.
std::optional<std::string> normalize_decimal(std::string_view text, int precision, int scale);

bool is_valid_json(std::string_view text);

}  // namespace lys::api
