// Hand-built selections, as the GraphQL engine hands them to root resolvers.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lys/graphql/selection.h"

namespace lys::test {

inline graphql::FieldSelection leaf(std::string name) {
  graphql::FieldSelection field;
  field.response_key = name;
  field.name = std::move(name);
  return field;
}

// A field of object type `type` selecting `fields`.
inline graphql::FieldSelection object(std::string name, std::string type,
                                      std::vector<graphql::FieldSelection> fields) {
  graphql::FieldSelection field = leaf(std::move(name));
  field.selection.by_type.push_back({std::move(type), std::move(fields)});
  return field;
}

inline graphql::FieldSelection with_argument(graphql::FieldSelection field, std::string name,
                                             graphql::Value value) {
  field.arguments.push_back({std::move(name), std::move(value)});
  return field;
}

}  // namespace lys::test
