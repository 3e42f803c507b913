#include "compiler/emit/graphql/type_mapping.h"

#include <cctype>

#include "compiler/emit/graphql/exposure.h"
#include "compiler/emit/graphql/sdl_document.h"
#include "compiler/ir/graphql_names.h"

namespace lys::emit::graphql {

namespace {

std::string enum_name(const ir::Schema& schema, const ir::Type& type) {
  const ir::Enum* found = schema.find_enum(type.target);
  return found != nullptr ? found->graphql_name : "String";
}

// Decimal and BigInt travel as strings: JSON numbers cannot hold them exactly.
bool is_string_encoded(ir::ScalarType scalar) {
  return scalar == ir::ScalarType::Decimal || scalar == ir::ScalarType::BigInt;
}

}  // namespace

std::string scalar_name(ir::ScalarType scalar) {
  switch (scalar) {
    case ir::ScalarType::Bool:
      return "Boolean";
    case ir::ScalarType::Int:
      return "Int";
    case ir::ScalarType::BigInt:
      return "BigInt";
    case ir::ScalarType::Float:
      return "Float";
    case ir::ScalarType::Decimal:
      return "Decimal";
    case ir::ScalarType::String:
    case ir::ScalarType::Text:
      return "String";
    case ir::ScalarType::Uuid:
      return "UUID";
    case ir::ScalarType::Date:
      return "Date";
    case ir::ScalarType::DateTime:
      return "DateTime";
    case ir::ScalarType::Json:
      return "JSON";
    case ir::ScalarType::Bytes:
      return "Bytes";
  }
  return "String";
}

std::string output_type_name(const ir::Schema& schema, const ir::Type& type) {
  if (type.kind == ir::Type::Kind::Reference) {
    const ir::Entity* target = exposed_target(schema, type);
    return target != nullptr ? target->graphql_name : "ID";
  }
  return input_type_name(schema, type);
}

std::string input_type_name(const ir::Schema& schema, const ir::Type& type) {
  switch (type.kind) {
    case ir::Type::Kind::Scalar:
      return scalar_name(type.scalar);
    case ir::Type::Kind::Enum:
      return enum_name(schema, type);
    case ir::Type::Kind::Reference:
      return "ID";
  }
  return "ID";
}

std::string filter_input_name(const ir::Schema& schema, const ir::Type& type) {
  switch (type.kind) {
    case ir::Type::Kind::Reference:
      return ir::graphql_names::filter_type("ID");
    case ir::Type::Kind::Enum:
      return ir::graphql_names::filter_type(enum_name(schema, type));
    case ir::Type::Kind::Scalar:
      if (type.scalar == ir::ScalarType::Json || type.scalar == ir::ScalarType::Bytes) return "";
      return ir::graphql_names::filter_type(scalar_name(type.scalar));
  }
  return "";
}

std::string non_null(const std::string& type, bool nullable) {
  return nullable ? type : type + "!";
}

std::optional<std::string> default_literal(const ir::Type& type, const ir::Value& value) {
  bool scalar = type.kind == ir::Type::Kind::Scalar;
  if (scalar && (type.scalar == ir::ScalarType::Json || type.scalar == ir::ScalarType::Bytes)) {
    return std::nullopt;
  }
  switch (value.kind) {
    case ir::Value::Kind::Bool:
      return value.boolean ? "true" : "false";
    case ir::Value::Kind::Int:
    case ir::Value::Kind::Decimal:
      if (scalar && is_string_encoded(type.scalar)) return string_literal(value.text);
      return value.text;
    case ir::Value::Kind::String:
      return string_literal(value.text);
    case ir::Value::Kind::EnumValue:
      return value.text;
    case ir::Value::Kind::Null:  // the same as no default
    case ir::Value::Kind::FixtureRef:
    case ir::Value::Kind::CurrentUser:
    case ir::Value::Kind::CurrentOrg:
    case ir::Value::Kind::Now:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string upper_camel(const std::string& name) {
  std::string out = name;
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string enum_case(const std::string& camel_name) {
  std::string out;
  for (std::size_t i = 0; i < camel_name.size(); ++i) {
    auto c = static_cast<unsigned char>(camel_name[i]);
    bool word_start =
        i > 0 && std::isupper(c) && !std::isupper(static_cast<unsigned char>(camel_name[i - 1]));
    if (word_start) out += '_';
    out += static_cast<char>(std::toupper(c));
  }
  return out;
}

}  // namespace lys::emit::graphql
