#include "compiler/emit/cpp/cpp_types.h"

#include <algorithm>

#include "compiler/emit/cpp/cpp_text.h"

namespace lys::emit::cpp {

namespace {

std::string scalar_type(ir::ScalarType scalar) {
  switch (scalar) {
    case ir::ScalarType::Bool:
      return "bool";
    case ir::ScalarType::Int:
      return "std::int32_t";
    case ir::ScalarType::BigInt:
      return "std::int64_t";
    case ir::ScalarType::Float:
      return "double";
    case ir::ScalarType::Bytes:
      return "lys::db::Bytes";
    default:
      return "std::string";
  }
}

}  // namespace

std::string enum_type_name(const ir::Schema& schema, const std::string& qualified,
                           const std::string& app) {
  const ir::Enum* enumeration = schema.find_enum(qualified);
  if (enumeration == nullptr) return "std::string";
  std::string name = identifier(enumeration->name);
  return enumeration->app == app ? name : enumeration->app + "::" + name;
}

std::string value_type(const ir::Schema& schema, const ir::Type& type, const std::string& app) {
  switch (type.kind) {
    case ir::Type::Kind::Enum:
      return enum_type_name(schema, type.target, app);
    case ir::Type::Kind::Reference:
      return "std::string";
    case ir::Type::Kind::Scalar:
      break;
  }
  return scalar_type(type.scalar);
}

std::string member_type(const ir::Schema& schema, const ir::Field& field, const std::string& app) {
  std::string type = value_type(schema, field.type, app);
  return field.nullable ? "std::optional<" + type + ">" : type;
}

std::string member_name(const ir::Field& field) {
  return identifier(field.type.kind == ir::Type::Kind::Reference ? field.column : field.name);
}

std::string member_initializer(const ir::Schema& schema, const ir::Field& field,
                               const std::string& app) {
  if (!field.default_value) return "";
  const ir::Value& value = *field.default_value;
  switch (value.kind) {
    case ir::Value::Kind::Bool:
      return value.boolean ? " = true" : " = false";
    case ir::Value::Kind::Int:
    case ir::Value::Kind::Decimal:
      if (field.type.kind == ir::Type::Kind::Scalar &&
          field.type.scalar == ir::ScalarType::Decimal) {
        return " = " + string_literal(value.text);
      }
      return " = " + value.text;
    case ir::Value::Kind::String:
      return " = " + string_literal(value.text);
    case ir::Value::Kind::EnumValue:
      return " = " + enum_type_name(schema, field.type.target, app) + "::" + identifier(value.text);
    case ir::Value::Kind::FixtureRef: {
      // A parametric record's key is its id; an entity record's id is made at load time.
      bool by_code = field.type.scalar == ir::ScalarType::String;
      return by_code ? " = " + string_literal(value.text) : "";
    }
    default:
      return "";  // null, or a value only the database or the session knows
  }
}

bool uses_enums_of(const ir::Entity& entity, const ir::Schema& schema,
                   const std::string& enum_app) {
  return std::any_of(entity.fields.begin(), entity.fields.end(), [&](const ir::Field& field) {
    if (field.type.kind != ir::Type::Kind::Enum) return false;
    const ir::Enum* enumeration = schema.find_enum(field.type.target);
    return enumeration != nullptr && enumeration->app == enum_app;
  });
}

}  // namespace lys::emit::cpp
