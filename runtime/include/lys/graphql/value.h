// GraphQL values after input coercion (arguments and variables), and the error
// format of responses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace lys::graphql {

struct Value {
  struct Field;  // an input object's field: its name and value
  enum class Kind { Null, Bool, Int, Float, String, Enum, List, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  std::int64_t integer = 0;
  double number = 0;
  // String: the string (also ID and custom scalars: DateTime, Decimal, UUID, …, in
  // their string form); Enum: the value's name.
  std::string text;
  std::vector<Value> list;
  // Input object fields in the order given. An absent field is not here; an
  // explicit null is, with Kind::Null (updates tell "leave" from "clear" by this).
  std::vector<Field> object;

  bool is_null() const { return kind == Kind::Null; }
  const Value* field(std::string_view name) const;
};

// A name and its value: an input object's field, or a field's argument
// (FieldSelection::arguments). A named struct rather than std::pair: Clang (14) with
// libstdc++ cannot complete the constraint checks of a std::pair holding Value inside Value.
struct Value::Field {
  std::string name;
  Value value;
};

// 1-based, as in GraphQL responses.
struct Location {
  int line = 0;
  int column = 0;
};

using PathSegment = std::variant<std::string, int>;

// A GraphQL error: `message`, `locations`, `path`, `extensions.code` (API.md's codes:
// GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, UNAUTHENTICATED,
// FORBIDDEN, NOT_FOUND, CONFLICT, TOO_COMPLEX, RATE_LIMITED, INTERNAL).
struct Error {
  std::string message;
  std::string code;
  std::vector<Location> locations;
  std::vector<PathSegment> path;
  // Extra extensions members, e.g. {"field", "input.price"} for BAD_USER_INPUT.
  std::vector<std::pair<std::string, std::string>> extensions;
};

}  // namespace lys::graphql
