// Short constructors for coerced GraphQL input values in tests.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

#include "lys/graphql/value.h"

namespace lys::test {

inline graphql::Value null_value() {
  return {};
}

inline graphql::Value string_value(std::string text) {
  graphql::Value value;
  value.kind = graphql::Value::Kind::String;
  value.text = std::move(text);
  return value;
}

inline graphql::Value enum_value(std::string name) {
  graphql::Value value = string_value(std::move(name));
  value.kind = graphql::Value::Kind::Enum;
  return value;
}

inline graphql::Value int_value(std::int64_t integer) {
  graphql::Value value;
  value.kind = graphql::Value::Kind::Int;
  value.integer = integer;
  return value;
}

inline graphql::Value float_value(double number) {
  graphql::Value value;
  value.kind = graphql::Value::Kind::Float;
  value.number = number;
  return value;
}

inline graphql::Value bool_value(bool boolean) {
  graphql::Value value;
  value.kind = graphql::Value::Kind::Bool;
  value.boolean = boolean;
  return value;
}

inline graphql::Value object_value(std::initializer_list<graphql::Value::Field> members) {
  graphql::Value value;
  value.kind = graphql::Value::Kind::Object;
  value.object.assign(members.begin(), members.end());
  return value;
}

// Sets the object's member `name` to `value`, adding the member when absent.
inline void set_member(graphql::Value& object, const std::string& name, graphql::Value value) {
  for (graphql::Value::Field& member : object.object) {
    if (member.name == name) {
      member.value = std::move(value);
      return;
    }
  }
  object.object.push_back({name, std::move(value)});
}

}  // namespace lys::test
