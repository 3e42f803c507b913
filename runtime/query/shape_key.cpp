#include "query/shape_key.h"

namespace lys::query {

namespace {

void append_shape(std::string& key, const graphql::Value& value) {
  using Kind = graphql::Value::Kind;
  switch (value.kind) {
    case Kind::Null:
      key += 'n';
      break;
    case Kind::Bool:
      key += 'b';
      break;
    case Kind::Int:
      key += 'i';
      break;
    case Kind::Float:
      key += 'f';
      break;
    case Kind::String:
      key += 's';
      break;
    case Kind::Enum:
      key.append("e").append(value.text).append(";");
      break;
    case Kind::List:
      key += '[';
      for (const graphql::Value& item : value.list) append_shape(key, item);
      key += ']';
      break;
    case Kind::Object:
      key += '{';
      for (const auto& [name, member] : value.object) {
        key.append(name).append("=");
        // A filter's `in` list is bound whole (query/list_text.h): only whether it is
        // empty changes the SQL.
        if (name == "in" && member.kind == Kind::List) {
          key += member.list.empty() ? "[]" : "[+]";
        } else {
          append_shape(key, member);
        }
      }
      key += '}';
      break;
  }
}

}  // namespace

void append_shape(std::string& key, const graphql::SelectionSet& selection) {
  for (const graphql::TypeSelection& type : selection.by_type) {
    key.append(type.type_name).append("{");
    for (const graphql::FieldSelection& field : type.fields) append_shape(key, field);
    key += '}';
  }
}

void append_shape(std::string& key, const graphql::FieldSelection& field) {
  key.append(field.response_key).append(":").append(field.name).append("(");
  for (const auto& [name, value] : field.arguments) {
    key.append(name).append("=");
    append_shape(key, value);
  }
  key += ')';
  append_shape(key, field.selection);
  key += ',';
}

}  // namespace lys::query
