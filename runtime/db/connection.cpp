#include "lys/db/connection.h"

#include <charconv>

namespace lys::db {

std::string_view Rows::text(std::size_t row, std::size_t column) const {
  const std::optional<std::string>& value = cell(row, column);
  return value ? std::string_view(*value) : std::string_view();
}

std::int64_t Rows::integer(std::size_t row, std::size_t column) const {
  std::string_view value = text(row, column);
  std::int64_t result = 0;
  std::from_chars(value.data(), value.data() + value.size(), result);
  return result;
}

bool Rows::boolean(std::size_t row, std::size_t column) const {
  std::string_view value = text(row, column);
  return value == "t" || value == "true" || value == "1";
}

void Connection::read_first_cell(std::string_view sql, std::span<const Param> params,
                                 const CellReader& read) {
  const Rows rows = query(sql, params);
  if (rows.empty() || rows.columns().empty() || rows.is_null(0, 0)) {
    read(std::nullopt);
  } else {
    read(rows.text(0, 0));
  }
}

Transaction::~Transaction() {
  if (done_) return;
  try {
    connection_.rollback();
  } catch (const Error&) {
    // The connection is already broken; the pool drops it.
  }
}

void Transaction::commit() {
  connection_.commit();
  done_ = true;
}

}  // namespace lys::db
