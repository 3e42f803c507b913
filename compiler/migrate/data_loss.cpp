#include "compiler/migrate/data_loss.h"

#include <algorithm>

#include "compiler/ir/snapshot_names.h"

namespace lys::migrate {

namespace {

using ir::ScalarType;

std::vector<std::string> enum_values(const ir::Schema& schema, const std::string& qualified) {
  std::vector<std::string> names;
  if (const ir::Enum* enumeration = schema.find_enum(qualified)) {
    for (const ir::EnumValue& value : enumeration->values) names.push_back(value.name);
  }
  return names;
}

std::size_t longest(const std::vector<std::string>& names) {
  std::size_t length = 0;
  for (const std::string& name : names) length = std::max(length, name.size());
  return length;
}

// Digits before the decimal point a type can hold, for integer and decimal types.
int integer_digits(const ir::Type& type) {
  switch (type.scalar) {
    case ScalarType::Int:
      return 10;
    case ScalarType::BigInt:
      return 19;
    case ScalarType::Decimal:
      return type.precision - type.scale;
    default:
      return 0;
  }
}

bool is_exact_number(ScalarType scalar) {
  return scalar == ScalarType::Int || scalar == ScalarType::BigInt || scalar == ScalarType::Decimal;
}

bool is_textual(const ir::Type& type) {
  return type.kind == ir::Type::Kind::Scalar &&
         (type.scalar == ScalarType::Text || type.scalar == ScalarType::String);
}

// The most characters a value of `type` needs as text; 0 when unbounded.
std::size_t text_width(const ir::Schema& schema, const ir::Type& type) {
  if (type.kind == ir::Type::Kind::Enum) return longest(enum_values(schema, type.target));
  switch (type.scalar) {
    case ScalarType::Bool:
      return 5;
    case ScalarType::Int:
      return 11;
    case ScalarType::BigInt:
      return 20;
    case ScalarType::Decimal:
      return static_cast<std::size_t>(type.precision) + 2;
    case ScalarType::String:
      return static_cast<std::size_t>(type.length);
    case ScalarType::Uuid:
      return 36;
    case ScalarType::Date:
      return 10;
    case ScalarType::DateTime:
      return 32;
    default:
      return 0;
  }
}

// Does every value of `from` cast to `to` without change?
bool casts_losslessly(const ir::Schema& old_schema, const ir::Type& from,
                      const ir::Schema& new_schema, const ir::Type& to) {
  if (to.kind == ir::Type::Kind::Enum) {
    if (from.kind != ir::Type::Kind::Enum) return false;
    std::vector<std::string> kept = enum_values(new_schema, to.target);
    for (const std::string& value : enum_values(old_schema, from.target)) {
      if (std::find(kept.begin(), kept.end(), value) == kept.end()) return false;
    }
    return true;
  }
  if (is_textual(to) && from.scalar != ScalarType::Bytes && from.scalar != ScalarType::Json) {
    if (to.scalar == ScalarType::Text) return true;
    std::size_t width = text_width(old_schema, from);
    return width != 0 && width <= static_cast<std::size_t>(to.length);
  }
  if (from.kind == ir::Type::Kind::Enum) return false;
  if (is_exact_number(from.scalar) && is_exact_number(to.scalar)) {
    int from_scale = from.scalar == ScalarType::Decimal ? from.scale : 0;
    int to_scale = to.scalar == ScalarType::Decimal ? to.scale : 0;
    return integer_digits(to) >= integer_digits(from) && to_scale >= from_scale;
  }
  if (from.scalar == to.scalar) return true;
  return from.scalar == ScalarType::Int && to.scalar == ScalarType::Float;  // doubles hold int32
}

std::string quoted(const std::string& name) {
  return "'" + name + "'";
}

}  // namespace

std::string type_name(const ir::Type& type) {
  if (type.kind == ir::Type::Kind::Enum) return type.target;
  std::string name(ir::snapshot_names::name_of(type.scalar));
  if (type.scalar == ScalarType::String) return name + "(" + std::to_string(type.length) + ")";
  if (type.scalar == ScalarType::Decimal) {
    return name + "(" + std::to_string(type.precision) + "," + std::to_string(type.scale) + ")";
  }
  return name;
}

std::optional<std::string> field_change_loss(const ir::Schema& old_schema, const ir::Field& from,
                                             const ir::Schema& new_schema, const ir::Field& to,
                                             const std::string& qualified_field) {
  if (from.type.kind == ir::Type::Kind::Enum && to.type.kind == ir::Type::Kind::Enum &&
      from.type.target == to.type.target) {
    std::vector<std::string> kept = enum_values(new_schema, to.type.target);
    for (const std::string& value : enum_values(old_schema, from.type.target)) {
      if (std::find(kept.begin(), kept.end(), value) == kept.end()) {
        return "removing value " + quoted(value) + " from enum " + quoted(to.type.target) +
               " would lose the data of field " + quoted(qualified_field);
      }
    }
  } else if (type_name(from.type) != type_name(to.type) &&
             !casts_losslessly(old_schema, from.type, new_schema, to.type)) {
    return "changing field " + quoted(qualified_field) + " from " + type_name(from.type) + " to " +
           type_name(to.type) + " would lose data";
  }
  if (from.nullable && !to.nullable && !to.default_value) {
    return "making field " + quoted(qualified_field) +
           " required without a default fails on the rows where it is null";
  }
  return std::nullopt;
}

}  // namespace lys::migrate
