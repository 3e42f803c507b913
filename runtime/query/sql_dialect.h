// What the planner writes differently for SQLite and PostgreSQL: JSON construction,
// value forms in responses, global ids and cursors, typed placeholders. One
// implementation per dialect; the compiler never tests which one it has.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "lys/db/connection.h"
#include "lys/db/dialect.h"
#include "lys/model/model.h"

namespace lys::query {

class SqlDialect {
 public:
  virtual ~SqlDialect() = default;
  static const SqlDialect& of(db::Dialect dialect);
  virtual db::Dialect dialect() const = 0;

  // "json_object(" / "json_build_object(": key-value pairs follow, then ")".
  virtual std::string_view object_open() const = 0;
  // A JSON value read back from a subquery column or scalar subquery.
  virtual std::string nested(std::string_view json) const = 0;
  // The JSON array of `element` over the rows of the FROM clause that follows, in
  // the order of `order` (SQLite aggregates in row order: the FROM must be ordered
  // by it too), over the rows satisfying `filter` ("" for all); [] when none.
  virtual std::string array_agg(std::string_view element, std::string_view order,
                                std::string_view filter) const = 0;
  // JSON null typed so UNION ALL arms agree.
  virtual std::string_view null_json() const = 0;
  // A JSON boolean of the SQL condition.
  virtual std::string json_bool(std::string_view condition) const = 0;
  // The first / last element of a JSON array of strings, as text.
  virtual std::string first_text(std::string_view json_array) const = 0;
  virtual std::string last_text(std::string_view json_array) const = 0;

  // base64url("<type>:" || key || tag); key is a column's SQL text (codec/seal.h).
  virtual std::string global_id(std::string_view type, std::string_view key) const = 0;
  // base64url of the JSON array `json_array` (a SQL expression) and its tag.
  virtual std::string sealed_json(std::string_view json_array) const = 0;
  // "json_array(" / "json_build_array(".
  virtual std::string_view array_open() const = 0;
  // The text form of a sort key for cursors; it must compare equal once bound back.
  virtual std::string key_text(std::string_view column, model::Kind kind) const = 0;
  // A column's value in a response (Decimal with its scale, DateTime in RFC 3339…).
  virtual std::string response_value(std::string_view column, const model::Field& field) const = 0;

  // The n-th placeholder, converted to the type of a column of `kind`.
  virtual std::string placeholder(int number, model::Kind kind) const = 0;
  // `column` is one of the values of the list bound as the n-th parameter, in the
  // text list_text writes (query/list_text.h).
  virtual std::string any_of(std::string_view column, int number, model::Kind kind) const = 0;
  virtual std::string list_text(std::span<const db::Param> items) const = 0;
  // Case-sensitive LIKE on both dialects: SQLite's LIKE ignores ASCII case, so there
  // the pattern becomes a GLOB (like_pattern converts the bound LIKE pattern).
  virtual std::string like(std::string_view value, std::string_view pattern) const = 0;
  virtual std::string like_pattern(std::string_view like) const = 0;
  virtual std::string ilike(std::string_view value, std::string_view pattern) const = 0;
  // a IS NOT DISTINCT FROM b.
  virtual std::string same(std::string_view a, std::string_view b) const = 0;
};

}  // namespace lys::query
