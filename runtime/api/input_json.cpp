#include "api/input_json.h"

#include <fmt/format.h>

namespace lys::api {

namespace {

void append_json(std::string& out, const graphql::Value& value) {
  using Kind = graphql::Value::Kind;
  switch (value.kind) {
    case Kind::Null:
      out += "null";
      return;
    case Kind::Bool:
      out += value.boolean ? "true" : "false";
      return;
    case Kind::Int:
      out += std::to_string(value.integer);
      return;
    case Kind::Float:
      out += fmt::format("{}", value.number);
      return;
    case Kind::String:
    case Kind::Enum:
      append_json_string(out, value.text);
      return;
    case Kind::List:
      out += '[';
      for (std::size_t i = 0; i < value.list.size(); ++i) {
        if (i > 0) out += ',';
        append_json(out, value.list[i]);
      }
      out += ']';
      return;
    case Kind::Object:
      out += '{';
      for (std::size_t i = 0; i < value.object.size(); ++i) {
        if (i > 0) out += ',';
        append_json_string(out, value.object[i].name);
        out += ':';
        append_json(out, value.object[i].value);
      }
      out += '}';
      return;
  }
}

}  // namespace

std::string to_json_text(const graphql::Value& value) {
  std::string out;
  append_json(out, value);
  return out;
}

}  // namespace lys::api
