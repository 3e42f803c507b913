#include "graphql/json_writer.h"
#include "graphql/schema.h"

namespace lys::graphql {

// Block strings print as ordinary strings: the printed form only has to parse back to
// the same value. JSON string escaping is valid GraphQL string escaping.
std::string print_value(const ast::ValueNode& value) {
  using Kind = ast::ValueNode::Kind;
  std::string out;
  switch (value.kind) {
    case Kind::Variable:
      return "$" + value.text;
    case Kind::Int:
    case Kind::Float:
    case Kind::Enum:
      return value.text;
    case Kind::String:
      append_json_string(out, value.text);
      return out;
    case Kind::Boolean:
      return value.boolean ? "true" : "false";
    case Kind::Null:
      return "null";
    case Kind::List:
      out += '[';
      for (std::size_t i = 0; i < value.list.size(); ++i) {
        if (i > 0) out += ", ";
        out += print_value(value.list[i]);
      }
      return out + ']';
    case Kind::Object:
      out += '{';
      for (std::size_t i = 0; i < value.fields.size(); ++i) {
        if (i > 0) out += ", ";
        out += value.fields[i].name + ": " + print_value(value.fields[i].value);
      }
      return out + '}';
  }
  return out;
}

}  // namespace lys::graphql
