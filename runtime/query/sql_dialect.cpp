#include "query/sql_dialect.h"

#include <fmt/format.h>

#include "codec/seal.h"
#include "query/list_text.h"

namespace lys::query {

namespace {

using model::Kind;

class SqliteSql final : public SqlDialect {
 public:
  db::Dialect dialect() const override { return db::Dialect::Sqlite; }
  std::string_view object_open() const override { return "json_object("; }
  std::string nested(std::string_view json) const override { return fmt::format("json({})", json); }
  std::string array_agg(std::string_view element, std::string_view,
                        std::string_view filter) const override {
    if (filter.empty()) return fmt::format("json_group_array({})", element);
    return fmt::format("json_group_array({}) FILTER (WHERE {})", element, filter);
  }
  std::string_view null_json() const override { return "NULL"; }
  std::string json_bool(std::string_view condition) const override {
    return fmt::format("json(CASE WHEN {} THEN 'true' ELSE 'false' END)", condition);
  }
  std::string first_text(std::string_view json_array) const override {
    return fmt::format("json_extract({}, '$[0]')", json_array);
  }
  std::string last_text(std::string_view json_array) const override {
    return fmt::format("json_extract({}, '$[#-1]')", json_array);
  }
  std::string global_id(std::string_view type, std::string_view key) const override {
    return fmt::format("lys_seal('{}:' || {})", type, key);
  }
  std::string sealed_json(std::string_view json_array) const override {
    return fmt::format("lys_seal({})", json_array);
  }
  std::string_view array_open() const override { return "json_array("; }
  std::string key_text(std::string_view column, Kind) const override {
    return fmt::format("CAST({} AS TEXT)", column);
  }
  std::string response_value(std::string_view column, const model::Field& field) const override {
    switch (field.kind) {
      case Kind::Bool:
        return fmt::format("json(CASE {} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END)", column);
      case Kind::BigInt:
        return fmt::format("CAST({} AS TEXT)", column);
      case Kind::Decimal:
        return fmt::format("CASE WHEN {0} IS NOT NULL THEN printf('%.{1}f', {0}) END", column,
                           field.scale);
      case Kind::DateTime:
        return fmt::format("strftime('%Y-%m-%dT%H:%M:%fZ', {})", column);
      case Kind::Json:
        return fmt::format("json({})", column);
      case Kind::Bytes:
        return fmt::format("lys_base64({})", column);
      default:
        return std::string(column);
    }
  }
  std::string placeholder(int number, Kind kind) const override {
    return typed(fmt::format("${}", number), kind);
  }
  std::string any_of(std::string_view column, int number, Kind kind) const override {
    return fmt::format("{} IN (SELECT {} FROM json_each(${}))", column, typed("value", kind),
                       number);
  }
  std::string list_text(std::span<const db::Param> items) const override {
    return json_array_text(items);
  }
  std::string like(std::string_view value, std::string_view pattern) const override {
    return fmt::format("{} GLOB {}", value, pattern);
  }
  std::string like_pattern(std::string_view like) const override {
    std::string glob;
    for (char c : like) {
      if (c == '%') {
        glob += '*';
      } else if (c == '_') {
        glob += '?';
      } else if (c == '*' || c == '?' || c == '[') {
        glob += '[';
        glob += c;
        glob += ']';
      } else {
        glob += c;
      }
    }
    return glob;
  }
  std::string ilike(std::string_view value, std::string_view pattern) const override {
    return fmt::format("lower({}) LIKE lower({})", value, pattern);
  }
  std::string same(std::string_view a, std::string_view b) const override {
    return fmt::format("{} IS {}", a, b);
  }

 private:
  // A bound value as a column of `kind` holds it: datetimes are stored as canonical
  // RFC 3339 text, so a bound one is converted to compare like with like.
  static std::string typed(std::string_view value, Kind kind) {
    if (kind == Kind::DateTime) return fmt::format("strftime('%Y-%m-%dT%H:%M:%fZ', {})", value);
    return std::string(value);
  }
};

// PostgreSQL: base64url is base64 with the alphabet's last two letters swapped in,
// line breaks and padding removed.
std::string pg_base64url(std::string_view bytes) {
  return fmt::format("rtrim(translate(encode({}, 'base64'), E'+/\\n', '-_'), '=')", bytes);
}

// base64url of the message's bytes and their tag: HMAC-SHA256 from the session's padded
// keys (codec/seal.h), truncated, so the key itself never appears in the statement.
std::string pg_sealed(std::string_view message) {
  return pg_base64url(
      fmt::format("{0} || substring(sha256(decode(current_setting('{1}'), 'hex') || "
                  "sha256(decode(current_setting('{2}'), 'hex') || {0})) FROM 1 FOR {3})",
                  message, codec::kOuterKeySetting, codec::kInnerKeySetting, codec::kSealTagBytes));
}

std::string_view pg_type(Kind kind) {
  switch (kind) {
    case Kind::Bool:
      return "boolean";
    case Kind::Int:
    case Kind::BigInt:
      return "bigint";
    case Kind::Float:
      return "double precision";
    case Kind::Decimal:
      return "numeric";
    case Kind::Uuid:
      return "uuid";
    case Kind::Date:
      return "date";
    case Kind::DateTime:
      return "timestamptz";
    case Kind::Json:
      return "jsonb";
    case Kind::Bytes:
      return "bytea";
    default:
      return "text";
  }
}

class PostgresSql final : public SqlDialect {
 public:
  db::Dialect dialect() const override { return db::Dialect::Postgres; }
  std::string_view object_open() const override { return "json_build_object("; }
  std::string nested(std::string_view json) const override { return std::string(json); }
  std::string array_agg(std::string_view element, std::string_view order,
                        std::string_view filter) const override {
    std::string aggregate = fmt::format("json_agg({} ORDER BY {})", element, order);
    if (!filter.empty()) aggregate += fmt::format(" FILTER (WHERE {})", filter);
    return fmt::format("COALESCE({}, '[]'::json)", aggregate);
  }
  std::string_view null_json() const override { return "NULL::json"; }
  std::string json_bool(std::string_view condition) const override {
    return fmt::format("({})", condition);
  }
  std::string first_text(std::string_view json_array) const override {
    return fmt::format("({})->>0", json_array);
  }
  std::string last_text(std::string_view json_array) const override {
    return fmt::format("({})->>-1", json_array);
  }
  std::string global_id(std::string_view type, std::string_view key) const override {
    return pg_sealed(fmt::format("convert_to('{}:' || {}::text, 'UTF8')", type, key));
  }
  std::string sealed_json(std::string_view json_array) const override {
    return pg_sealed(fmt::format("convert_to(({})::text, 'UTF8')", json_array));
  }
  std::string_view array_open() const override { return "json_build_array("; }
  std::string key_text(std::string_view column, Kind kind) const override {
    // Instants keep their microseconds, in RFC 3339 whatever the session's time zone.
    if (kind == Kind::DateTime) {
      return fmt::format("to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
                         column);
    }
    return fmt::format("{}::text", column);
  }
  std::string response_value(std::string_view column, const model::Field& field) const override {
    switch (field.kind) {
      case Kind::BigInt:
      case Kind::Decimal:
      case Kind::Uuid:
        return fmt::format("{}::text", column);
      case Kind::Date:
        return fmt::format("to_char({}, 'YYYY-MM-DD')", column);
      case Kind::DateTime:
        return fmt::format("to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
                           column);
      case Kind::Bytes:
        return fmt::format("translate(encode({}, 'base64'), E'\\n', '')", column);
      case Kind::Reference:
        return fmt::format("{}::text", column);
      default:
        return std::string(column);
    }
  }
  std::string placeholder(int number, Kind kind) const override {
    return fmt::format("${}::{}", number, pg_type(kind));
  }
  std::string any_of(std::string_view column, int number, Kind kind) const override {
    return fmt::format("{} = ANY(${}::{}[])", column, number, pg_type(kind));
  }
  std::string list_text(std::span<const db::Param> items) const override {
    return postgres_array_text(items);
  }
  std::string like(std::string_view value, std::string_view pattern) const override {
    return fmt::format("{} LIKE {}", value, pattern);
  }
  std::string like_pattern(std::string_view like) const override { return std::string(like); }
  std::string ilike(std::string_view value, std::string_view pattern) const override {
    return fmt::format("{} ILIKE {}", value, pattern);
  }
  std::string same(std::string_view a, std::string_view b) const override {
    return fmt::format("{} IS NOT DISTINCT FROM {}", a, b);
  }
};

}  // namespace

const SqlDialect& SqlDialect::of(db::Dialect dialect) {
  static const SqliteSql sqlite;
  static const PostgresSql postgres;
  if (dialect == db::Dialect::Sqlite) return sqlite;
  return postgres;
}

}  // namespace lys::query
