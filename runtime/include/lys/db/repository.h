// What the repositories lysc generates (generated/cpp/<app>/<entity>.cpp) share:
// C++ values bound as statement parameters and read back from result cells, the
// page of a listing, and the conflict an update with a stale version raises.
//
// Cells are text. The generated SELECTs put every column in one form on both
// dialects: booleans as 1/0 or t/f, decimals with their scale, datetimes as RFC 3339
// UTC with milliseconds, bytes as hexadecimal.
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "lys/db/connection.h"

namespace lys::db {

struct Page {
  std::int64_t limit = 100;
  std::int64_t offset = 0;
};

// An update whose version is not the row's current one: someone changed it meanwhile.
class VersionConflict : public std::runtime_error {
 public:
  VersionConflict(const std::string& table, const std::string& id)
      : std::runtime_error("stale version of " + table + " row " + id) {}
};

inline Param to_param(bool value) {
  return value;
}
inline Param to_param(std::int32_t value) {
  return std::int64_t{value};
}
inline Param to_param(std::int64_t value) {
  return value;
}
inline Param to_param(double value) {
  return value;
}
inline Param to_param(const std::string& value) {
  return value;
}
inline Param to_param(const char* value) {
  return std::string(value);
}
inline Param to_param(const Bytes& value) {
  return value;
}

// Enums of the generated code are stored by name (their to_string, found by ADL).
template <typename Enum>
requires std::is_enum_v<Enum> Param to_param(Enum value) {
  return std::string(to_string(value));
}

template <typename T>
Param to_param(const std::optional<T>& value) {
  return value ? to_param(*value) : Param(nullptr);
}

inline void read_cell(const Rows& rows, std::size_t row, std::size_t column, std::string& out) {
  out = rows.text(row, column);
}

inline void read_cell(const Rows& rows, std::size_t row, std::size_t column, bool& out) {
  out = rows.boolean(row, column);
}

inline void read_cell(const Rows& rows, std::size_t row, std::size_t column, std::int64_t& out) {
  out = rows.integer(row, column);
}

inline void read_cell(const Rows& rows, std::size_t row, std::size_t column, std::int32_t& out) {
  out = static_cast<std::int32_t>(rows.integer(row, column));
}

inline void read_cell(const Rows& rows, std::size_t row, std::size_t column, double& out) {
  std::string_view text = rows.text(row, column);
  out = 0;
  std::from_chars(text.data(), text.data() + text.size(), out);
}

// Bytes come as hexadecimal (the SELECT encodes them).
inline void read_cell(const Rows& rows, std::size_t row, std::size_t column, Bytes& out) {
  std::string_view hex = rows.text(row, column);
  out.data.clear();
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    unsigned value = 0;
    std::from_chars(hex.data() + i, hex.data() + i + 2, value, 16);
    out.data += static_cast<char>(value);
  }
}

template <typename Enum>
requires std::is_enum_v<Enum>
void read_cell(const Rows& rows, std::size_t row, std::size_t column, Enum& out) {
  if (!from_string(rows.text(row, column), out)) {
    throw Error(ErrorKind::Other, "unknown enum value '" + std::string(rows.text(row, column)) +
                                      "' in column " + rows.columns()[column]);
  }
}

template <typename T>
void read_cell(const Rows& rows, std::size_t row, std::size_t column, std::optional<T>& out) {
  if (rows.is_null(row, column)) {
    out.reset();
    return;
  }
  read_cell(rows, row, column, out.emplace());
}

}  // namespace lys::db
