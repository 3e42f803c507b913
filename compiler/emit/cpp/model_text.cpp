#include "compiler/emit/cpp/model_text.h"

#include "compiler/emit/graphql/type_mapping.h"

namespace lys::emit::cpp {

namespace {

std::string scalar_kind(ir::ScalarType scalar) {
  switch (scalar) {
    case ir::ScalarType::Bool:
      return "Bool";
    case ir::ScalarType::Int:
      return "Int";
    case ir::ScalarType::BigInt:
      return "BigInt";
    case ir::ScalarType::Float:
      return "Float";
    case ir::ScalarType::Decimal:
      return "Decimal";
    case ir::ScalarType::String:
      return "String";
    case ir::ScalarType::Text:
      return "Text";
    case ir::ScalarType::Uuid:
      return "Uuid";
    case ir::ScalarType::Date:
      return "Date";
    case ir::ScalarType::DateTime:
      return "DateTime";
    case ir::ScalarType::Json:
      return "Json";
    case ir::ScalarType::Bytes:
      return "Bytes";
  }
  return "Text";
}

}  // namespace

std::string model_kind(const ir::Type& type) {
  switch (type.kind) {
    case ir::Type::Kind::Enum:
      return "Kind::Enum";
    case ir::Type::Kind::Reference:
      return "Kind::Reference";
    case ir::Type::Kind::Scalar:
      break;
  }
  return "Kind::" + scalar_kind(type.scalar);
}

std::string constant_text(const ir::Value& value) {
  if (value.kind == ir::Value::Kind::Bool) return value.boolean ? "true" : "false";
  return value.text;
}

std::string entity_index_name(const ir::Entity& entity) {
  return "k" + graphql::upper_camel(entity.app) + entity.name;
}

std::string entity_index_of(const ir::Schema& schema, const std::string& qualified) {
  const ir::Entity* entity = schema.find_entity(qualified);
  return entity != nullptr ? entity_index_name(*entity) : "-1";
}

int field_index(const ir::Entity& entity, const std::string& field_name) {
  for (std::size_t i = 0; i < entity.fields.size(); ++i) {
    if (entity.fields[i].name == field_name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace lys::emit::cpp
