// Hand-built selections and values, as the GraphQL engine would hand them over.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "lys/graphql/selection.h"

namespace lys::query::test {

using graphql::FieldSelection;
using graphql::Value;

inline Value Int(std::int64_t n) {
  Value v;
  v.kind = Value::Kind::Int;
  v.integer = n;
  return v;
}
inline Value Str(std::string s) {
  Value v;
  v.kind = Value::Kind::String;
  v.text = std::move(s);
  return v;
}
inline Value Enum(std::string s) {
  Value v = Str(std::move(s));
  v.kind = Value::Kind::Enum;
  return v;
}
inline Value Bool(bool b) {
  Value v;
  v.kind = Value::Kind::Bool;
  v.boolean = b;
  return v;
}
inline Value List(std::vector<Value> items) {
  Value v;
  v.kind = Value::Kind::List;
  v.list = std::move(items);
  return v;
}
inline Value Obj(std::vector<Value::Field> members) {
  Value v;
  v.kind = Value::Kind::Object;
  v.object = std::move(members);
  return v;
}

// F("products").arg("first", Int(2)).on("ProductConnection", {F("totalCount")})
class F {
 public:
  explicit F(std::string name) {
    field_.response_key = name;
    field_.name = std::move(name);
  }
  F& as(std::string alias) {
    field_.response_key = std::move(alias);
    return *this;
  }
  F& arg(std::string name, Value value) {
    field_.arguments.push_back({std::move(name), std::move(value)});
    return *this;
  }
  F& on(std::string type, std::vector<FieldSelection> fields) {
    field_.selection.by_type.push_back({std::move(type), std::move(fields)});
    return *this;
  }
  operator FieldSelection() const { return field_; }  // NOLINT: builder

 private:
  FieldSelection field_;
};

}  // namespace lys::query::test
