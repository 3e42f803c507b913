#include "api/input_value.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>
#include <limits>

#include "api/input_json.h"
#include "api/input_scalars.h"
#include "api/mutation_error.h"
#include "lys/query/global_id.h"

namespace lys::api {

namespace {

using graphql::Value;

// What the field expects, for messages: "'price' must be a decimal(10, 2)".
[[noreturn]] void reject(std::string_view path, const model::Field& field,
                         std::string_view expectation) {
  throw_bad_input(path, fmt::format("'{}' {}", field.graphql_name, expectation));
}

const std::string& text_of(const Value& value, std::string_view path, const model::Field& field) {
  if (value.kind != Value::Kind::String) reject(path, field, "must be a string");
  return value.text;
}

db::Param coerce_int(const Value& value, std::string_view path, const model::Field& field) {
  if (value.kind != Value::Kind::Int) reject(path, field, "must be an integer");
  if (value.integer < std::numeric_limits<std::int32_t>::min() ||
      value.integer > std::numeric_limits<std::int32_t>::max()) {
    reject(path, field, "is out of range for a 32-bit integer");
  }
  return value.integer;
}

db::Param coerce_bigint(const Value& value, std::string_view path, const model::Field& field) {
  if (value.kind == Value::Kind::Int) return value.integer;
  const std::string& text = text_of(value, path, field);
  std::int64_t result = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
  if (error != std::errc() || end != text.data() + text.size()) {
    reject(path, field, "must be a 64-bit integer");
  }
  return result;
}

db::Param coerce_float(const Value& value, std::string_view path, const model::Field& field) {
  if (value.kind == Value::Kind::Int) return static_cast<double>(value.integer);
  if (value.kind != Value::Kind::Float) reject(path, field, "must be a number");
  return value.number;
}

db::Param coerce_decimal(const Value& value, std::string_view path, const model::Field& field) {
  std::string text =
      value.kind == Value::Kind::Int ? std::to_string(value.integer) : text_of(value, path, field);
  std::optional<std::string> decimal = normalize_decimal(text, field.precision, field.scale);
  if (!decimal) {
    reject(path, field,
           fmt::format("must be a decimal with at most {} digits, {} after the point",
                       field.precision, field.scale));
  }
  return *decimal;
}

db::Param coerce_string(const Value& value, std::string_view path, const model::Field& field) {
  const std::string& text = text_of(value, path, field);
  std::optional<std::size_t> length = utf8_length(text);
  if (!length) reject(path, field, "is not valid UTF-8");
  if (field.kind == model::Kind::String && *length > static_cast<std::size_t>(field.length)) {
    reject(path, field, fmt::format("is longer than {} characters", field.length));
  }
  return text;
}

db::Param coerce_enum(const Value& value, std::string_view path, const model::Field& field) {
  if (value.kind == Value::Kind::Enum || value.kind == Value::Kind::String) {
    for (const std::string& name : field.enum_values) {
      if (name == value.text) return value.text;
    }
  }
  reject(path, field, fmt::format("must be one of {}", fmt::join(field.enum_values, ", ")));
}

db::Param coerce_json(const Value& value, std::string_view path, const model::Field& field) {
  // A string is JSON text; any other value (an object literal, a list) is the JSON itself.
  if (value.kind != Value::Kind::String) return to_json_text(value);
  if (!is_valid_json(value.text)) reject(path, field, "is not valid JSON");
  return value.text;
}

db::Param coerce_bytes(const Value& value, std::string_view path, const model::Field& field) {
  std::optional<std::string> data = decode_base64(text_of(value, path, field));
  if (!data) reject(path, field, "is not base64");
  return db::Bytes{std::move(*data)};
}

// A primary key's text in its key's form: a UUID, or a business code of at most
// `length` characters.
std::string coerce_key(std::string_view key, model::Kind key_kind, int length,
                       std::string_view path, std::string_view what) {
  if (key_kind == model::Kind::Uuid) {
    if (std::optional<std::string> uuid = normalize_uuid(key)) return *uuid;
  } else {
    std::optional<std::size_t> size = utf8_length(key);
    if (size && *size > 0 && (length == 0 || *size <= static_cast<std::size_t>(length))) {
      return std::string(key);
    }
  }
  throw_bad_input(path, fmt::format("'{}' is not a valid id", what));
}

db::Param coerce_reference(const model::Model& model, const Value& value, std::string_view path,
                           const model::Field& field) {
  if (field.target >= 0) return decode_entity_id(model, field.target, value, path);
  // A soft reference to an entity this server does not have: any global id will do.
  std::optional<query::GlobalId> id = query::decode_global_id(text_of(value, path, field));
  if (!id) reject(path, field, "is not a global id");
  return coerce_key(id->raw_id, field.key_kind, 0, path, field.graphql_name);
}

}  // namespace

std::string decode_entity_id(const model::Model& model, int entity, const Value& value,
                             std::string_view path) {
  const model::Entity& target = model.entities[static_cast<std::size_t>(entity)];
  std::string_view name = path.substr(path.rfind('.') + 1);
  std::optional<query::GlobalId> id;
  if (value.kind == Value::Kind::String) id = query::decode_global_id(value.text);
  if (!id || id->type != target.graphql_name) {
    throw_bad_input(path, fmt::format("'{}' is not the id of a {}", name, target.graphql_name));
  }
  const model::Field& key = target.fields.front();
  return coerce_key(id->raw_id, key.kind, key.length, path, name);
}

db::Param coerce_input_value(const model::Model& model, const model::Field& field,
                             const Value& value, std::string_view path) {
  if (value.is_null()) {
    if (!field.nullable) reject(path, field, "must not be null");
    return nullptr;
  }
  switch (field.kind) {
    case model::Kind::Bool:
      if (value.kind != Value::Kind::Bool) reject(path, field, "must be a boolean");
      return value.boolean;
    case model::Kind::Int:
      return coerce_int(value, path, field);
    case model::Kind::BigInt:
      return coerce_bigint(value, path, field);
    case model::Kind::Float:
      return coerce_float(value, path, field);
    case model::Kind::Decimal:
      return coerce_decimal(value, path, field);
    case model::Kind::String:
    case model::Kind::Text:
      return coerce_string(value, path, field);
    case model::Kind::Uuid:
      if (std::optional<std::string> uuid = normalize_uuid(text_of(value, path, field))) {
        return *uuid;
      }
      reject(path, field, "is not a UUID");
    case model::Kind::Date:
      if (!is_valid_date(text_of(value, path, field)))
        reject(path, field, "is not a date (YYYY-MM-DD)");
      return value.text;
    case model::Kind::DateTime:
      if (std::optional<std::string> instant = normalize_datetime(text_of(value, path, field))) {
        return *instant;
      }
      reject(path, field, "is not an RFC 3339 date-time");
    case model::Kind::Json:
      return coerce_json(value, path, field);
    case model::Kind::Bytes:
      return coerce_bytes(value, path, field);
    case model::Kind::Enum:
      return coerce_enum(value, path, field);
    case model::Kind::Reference:
      return coerce_reference(model, value, path, field);
  }
  reject(path, field, "has an unsupported type");
}

}  // namespace lys::api
