// A validated operation's selections, normalised for resolvers: fragments and inline
// fragments merged in, @skip/@include applied, variables substituted, arguments
// coerced with defaults — the spec's CollectFields, done once per operation. The
// planner compiles one root field's FieldSelection into one SQL statement.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lys/graphql/value.h"

namespace lys::graphql {

struct FieldSelection;

// The fields to produce for one concrete object type, in response order.
struct TypeSelection {
  std::string type_name;
  std::vector<FieldSelection> fields;
};

// For a field of object type there is one TypeSelection (that type). For a field of
// interface or union type (Node) there is one per possible object type, each holding
// the interface's fields plus that type's fragment fields.
struct SelectionSet {
  std::vector<TypeSelection> by_type;

  bool empty() const { return by_type.empty(); }
  // The fields for a concrete type, or nullptr when none was selected for it.
  const std::vector<FieldSelection>* for_type(std::string_view type_name) const;
};

struct FieldSelection {
  std::string response_key;  // the alias, or the name
  std::string name;          // the schema field; "__typename" included
  // Coerced arguments in the field definition's order; an argument neither given nor
  // defaulted is absent.
  std::vector<Value::Field> arguments;
  SelectionSet selection;  // empty for leaf fields
  Location location;

  const Value* argument(std::string_view argument_name) const;
};

}  // namespace lys::graphql
