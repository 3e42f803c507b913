// The entity functions of cpp/model.cpp.
#include "compiler/emit/cpp/cpp_text.h"
#include "compiler/emit/cpp/model_generator.h"
#include "compiler/emit/cpp/model_text.h"
#include "compiler/emit/graphql/exposure.h"
#include "compiler/emit/graphql/inverse_connections.h"

namespace lys::emit::cpp {

namespace {

std::string implicit_name(ir::ImplicitField implicit) {
  switch (implicit) {
    case ir::ImplicitField::None:
      return "None";
    case ir::ImplicitField::Id:
      return "Id";
    case ir::ImplicitField::Enabled:
      return "Enabled";
    case ir::ImplicitField::CreatedAt:
      return "CreatedAt";
    case ir::ImplicitField::UpdatedAt:
      return "UpdatedAt";
    case ir::ImplicitField::Version:
      return "Version";
  }
  return "None";
}

// `.default_kind = …` and `.default_value = …`, or nothing without a default.
void add_default(const ir::Value& value, std::vector<std::string>& items) {
  switch (value.kind) {
    case ir::Value::Kind::Null:
      return;
    case ir::Value::Kind::CurrentUser:
      items.push_back(".default_kind = DefaultKind::CurrentUser");
      return;
    case ir::Value::Kind::CurrentOrg:
      items.push_back(".default_kind = DefaultKind::CurrentOrg");
      return;
    case ir::Value::Kind::Now:
      items.push_back(".default_kind = DefaultKind::Now");
      return;
    default:
      items.push_back(".default_kind = DefaultKind::Constant");
      items.push_back(".default_value = " + string_literal(constant_text(value)));
  }
}

std::vector<std::string> enum_values(const ir::Schema& schema, const ir::Type& type) {
  std::vector<std::string> values;
  if (const ir::Enum* enumeration = schema.find_enum(type.target)) {
    for (const ir::EnumValue& value : enumeration->values) {
      values.push_back(string_literal(value.name));
    }
  }
  return values;
}

// A field's designated initialisers, in model::Field's member order, defaults left out.
std::vector<std::string> field_items(const ir::Schema& schema, const ir::Field& field) {
  std::vector<std::string> items = {
      ".name = " + string_literal(field.name),
      ".column = " + string_literal(field.column),
      ".graphql_name = " + string_literal(field.graphql_name),
      ".kind = " + model_kind(field.type),
  };
  const ir::Type& type = field.type;
  if (field.nullable) items.push_back(".nullable = true");
  if (type.kind == ir::Type::Kind::Scalar && type.length > 0) {
    items.push_back(".length = " + std::to_string(type.length));
  }
  if (type.kind == ir::Type::Kind::Scalar && type.scalar == ir::ScalarType::Decimal) {
    items.push_back(".precision = " + std::to_string(type.precision));
    items.push_back(".scale = " + std::to_string(type.scale));
  }
  if (type.kind == ir::Type::Kind::Enum) {
    items.push_back(fill(".enum_values = {", enum_values(schema, type), "}", 0));
  }
  if (type.kind == ir::Type::Kind::Reference) {
    items.push_back(".target = " + entity_index_of(schema, type.target));
    if (type.scalar == ir::ScalarType::String) items.push_back(".key_kind = Kind::String");
    if (type.soft) items.push_back(".soft = true");
  }
  if (field.readonly) items.push_back(".readonly = true");
  if (field.hidden) items.push_back(".hidden = true");
  if (field.search) items.push_back(".search = true");
  if (field.implicit != ir::ImplicitField::None) {
    items.push_back(".implicit = Implicit::" + implicit_name(field.implicit));
  }
  if (field.default_value) add_default(*field.default_value, items);
  return items;
}

std::string fields_block(const ir::Schema& schema, const ir::Entity& entity) {
  std::string text = "  entity.fields = {\n";
  for (const ir::Field& field : entity.fields) {
    text += fill("{", field_items(schema, field), "},", 6, Wrap::OnePerLine) + "\n";
  }
  return text + "  };\n";
}

std::string unique_indexes_block(const ir::Entity& entity) {
  std::vector<std::string> indexes;
  for (const ir::Index& index : entity.indexes) {
    if (!index.unique) continue;
    std::vector<std::string> fields;
    for (const std::string& name : index.fields) {
      fields.push_back(std::to_string(field_index(entity, name)));
    }
    indexes.push_back("{" + string_literal(index.name) + ", " + fill("{", fields, "}", 0) + "}");
  }
  if (indexes.empty()) return "";
  std::string text = "  entity.unique_indexes = {\n";
  for (const std::string& index : indexes) text += "      " + index + ",\n";
  return text + "  };\n";
}

std::string inverse_relations_block(const ir::Schema& schema, const ir::Entity& entity,
                                    const graphql::InverseConnections& inverse) {
  const auto& connections = inverse.of(entity);
  if (connections.empty()) return "";
  std::string text = "  entity.inverse_relations = {\n";
  for (const graphql::InverseConnection& connection : connections) {
    text += "      {" + string_literal(connection.field_name) + ", " +
            entity_index_of(schema, connection.source->qualified) + ", " +
            std::to_string(field_index(*connection.source, connection.reference->name)) +
            "},  // " + connection.source->name + "." + connection.reference->name + "\n";
  }
  return text + "  };\n";
}

std::string operations_line(const ir::Entity& entity) {
  std::vector<std::string> allowed;
  if (graphql::allows(entity, ir::Operation::Read)) allowed.push_back(".read = true");
  if (graphql::allows(entity, ir::Operation::Create)) allowed.push_back(".create = true");
  if (graphql::allows(entity, ir::Operation::Update)) allowed.push_back(".update = true");
  if (graphql::allows(entity, ir::Operation::Delete)) allowed.push_back(".remove = true");
  if (allowed.empty()) return "";
  return fill("entity.operations = {", allowed, "};", 2, Wrap::OnePerLine) + "\n";
}

// The rules of every operation, then the tenant and owner fields they refer to.
std::string permissions_block(const ir::Schema& schema, const ir::Entity& entity) {
  static const std::pair<ir::Operation, const char*> kOperations[] = {
      {ir::Operation::Read, "read"},
      {ir::Operation::Create, "create"},
      {ir::Operation::Update, "update"},
      {ir::Operation::Delete, "remove"},
  };
  std::string text;
  for (const auto& [operation, member] : kOperations) {
    text += rules_block(std::string("entity.permissions.") + member, entity.rules, operation,
                        schema, entity, {});
  }
  std::vector<std::pair<std::string, std::string>> lines;
  if (entity.tenant_field) {
    lines.emplace_back("  entity.tenant_field = " +
                           std::to_string(field_index(entity, *entity.tenant_field)) + ";",
                       *entity.tenant_field);
  }
  if (entity.owner_field) {
    lines.emplace_back(
        "  entity.owner_field = " + std::to_string(field_index(entity, *entity.owner_field)) + ";",
        *entity.owner_field);
  }
  return text + align_comments(lines);
}

std::string entity_header(const ir::Entity& entity) {
  std::vector<std::string> items = {
      ".name = " + string_literal(entity.name),
      ".qualified = " + string_literal(entity.qualified),
      ".graphql_name = " + string_literal(entity.graphql_name),
      ".graphql_plural = " + string_literal(entity.graphql_plural),
      ".table = " + string_literal(entity.table),
  };
  if (entity.kind == ir::EntityKind::Parametric) items.push_back(".parametric = true");
  if (entity.hidden) items.push_back(".hidden = true");
  return fill("Entity entity{", items, "};", 2, Wrap::OnePerLine) + "\n";
}

}  // namespace

std::string entity_function_name(const ir::Entity& entity) {
  return qualified_snake_name(entity.app, entity.name);
}

std::string entity_function(const ir::Schema& schema, const ir::Entity& entity,
                            const graphql::InverseConnections& inverse) {
  return "// " + entity.qualified + "\n" + "Entity " + entity_function_name(entity) + "() {\n" +
         entity_header(entity) + fields_block(schema, entity) + unique_indexes_block(entity) +
         inverse_relations_block(schema, entity, inverse) + operations_line(entity) +
         permissions_block(schema, entity) + "  return entity;\n}\n";
}

}  // namespace lys::emit::cpp
