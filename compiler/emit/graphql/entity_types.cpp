#include "compiler/emit/graphql/entity_types.h"

#include "compiler/emit/graphql/exposure.h"
#include "compiler/emit/graphql/type_mapping.h"
#include "compiler/ir/graphql_names.h"

namespace lys::emit::graphql {

namespace {

using Kind = SdlDefinition::Kind;

bool is_parametric(const ir::Entity& entity) {
  return entity.kind == ir::EntityKind::Parametric;
}

SdlField plain_field(std::string name, std::string type, std::string description = "") {
  return SdlField{std::move(description), std::move(name), {}, std::move(type), {}};
}

// Implicit fields explain themselves; declared fields carry their doc comment.
std::string field_description(const ir::Field& field) {
  if (!field.doc.empty()) return field.doc;
  switch (field.implicit) {
    case ir::ImplicitField::Enabled:
      return "False once retired; existing references keep it.";
    case ir::ImplicitField::CreatedAt:
      return "When the object was created.";
    case ir::ImplicitField::UpdatedAt:
      return "When the object was last changed.";
    case ir::ImplicitField::Version:
      return "Incremented by every change; updates pass it back (optimistic locking).";
    case ir::ImplicitField::None:
    case ir::ImplicitField::Id:
      return "";
  }
  return "";
}

SdlField id_field() {
  return plain_field("id", "ID!", "The global id: opaque, encodes the type and the primary key.");
}

SdlField code_field(const ir::Entity& entity) {
  return plain_field("code", "String!",
                     "The business code, unique among " + entity.graphql_name + " objects.");
}

// A soft reference may dangle (no foreign key): its object is always nullable.
std::string field_type(const ir::Schema& schema, const ir::Field& field) {
  return non_null(output_type_name(schema, field.type), field.nullable || field.type.soft);
}

}  // namespace

SdlDefinition entity_object_type(const ir::Schema& schema, const ir::Entity& entity,
                                 const InverseConnections& inverses) {
  SdlDefinition type{Kind::Object, entity.doc, entity.graphql_name, {"Node"}};
  for (const ir::Field& field : entity.fields) {
    if (!is_exposed(field)) continue;
    if (field.implicit == ir::ImplicitField::Id) {
      type.fields.push_back(id_field());
      if (is_parametric(entity)) type.fields.push_back(code_field(entity));
      continue;
    }
    type.fields.push_back(
        plain_field(field.graphql_name, field_type(schema, field), field_description(field)));
  }
  for (const InverseConnection& inverse : inverses.of(entity)) {
    type.fields.push_back(SdlField{"The " + inverse.source->graphql_name + " objects whose `" +
                                       inverse.reference->graphql_name + "` is this one.",
                                   inverse.field_name,
                                   connection_arguments(*inverse.source),
                                   connection_type_name(*inverse.source) + "!",
                                   {}});
  }
  return type;
}

namespace {

SdlDefinition connection_type(const ir::Entity& entity) {
  const std::string& name = entity.graphql_name;
  SdlDefinition type{Kind::Object, "A page of " + name + " objects.", connection_type_name(entity)};
  type.fields = {plain_field("edges", "[" + name + "Edge!]!"),
                 plain_field("nodes", "[" + name + "!]!", "The nodes of `edges`, for convenience."),
                 plain_field("pageInfo", "PageInfo!"),
                 plain_field("totalCount", "Int!", "How many objects match, on every page.")};
  return type;
}

SdlDefinition edge_type(const ir::Entity& entity) {
  SdlDefinition type{Kind::Object, "", ir::graphql_names::edge_type(entity.graphql_name)};
  type.fields = {plain_field("cursor", "String!"), plain_field("node", entity.graphql_name + "!")};
  return type;
}

std::string search_description(const ir::Entity& entity) {
  std::string names;
  for (const ir::Field& field : entity.fields) {
    if (!field.search || !is_exposed(field)) continue;
    names += (names.empty() ? "`" : ", `") + field.graphql_name + "`";
  }
  return names.empty() ? "" : "Matches text anywhere in " + names + ", ignoring case.";
}

SdlDefinition filter_input(const ir::Schema& schema, const ir::Entity& entity) {
  const std::string name = ir::graphql_names::filter_type(entity.graphql_name);
  SdlDefinition input{
      Kind::Input,
      "Conditions on " + entity.graphql_name + " objects; an object matches when all given hold.",
      name};
  for (const ir::Field& field : entity.fields) {
    if (!is_exposed(field)) continue;
    if (field.implicit == ir::ImplicitField::Id) {
      input.fields.push_back(plain_field("id", ir::graphql_names::filter_type("ID")));
      if (is_parametric(entity)) input.fields.push_back(plain_field("code", "StringFilter"));
      continue;
    }
    std::string filter = filter_input_name(schema, field.type);
    if (!filter.empty()) input.fields.push_back(plain_field(field.graphql_name, filter));
  }
  std::string search = search_description(entity);
  if (!search.empty()) input.fields.push_back(plain_field("search", "String", search));
  input.fields.push_back(plain_field("and", "[" + name + "!]", "Every one of these holds."));
  input.fields.push_back(plain_field("or", "[" + name + "!]", "At least one of these holds."));
  input.fields.push_back(plain_field("not", name, "This does not hold."));
  return input;
}

bool is_orderable(const ir::Field& field) {
  if (!is_exposed(field) || field.type.kind == ir::Type::Kind::Reference) return false;
  return field.type.kind == ir::Type::Kind::Enum ||
         (field.type.scalar != ir::ScalarType::Json && field.type.scalar != ir::ScalarType::Bytes);
}

SdlDefinition order_field_enum(const ir::Entity& entity) {
  SdlDefinition order{Kind::Enum, "", ir::graphql_names::order_field_type(entity.graphql_name)};
  for (const ir::Field& field : entity.fields) {
    if (field.implicit == ir::ImplicitField::Id) {
      // A UUID orders nothing a person cares about; a business code does.
      if (is_parametric(entity)) order.values.push_back({"", "CODE"});
      continue;
    }
    if (is_orderable(field)) order.values.push_back({"", enum_case(field.graphql_name)});
  }
  return order;
}

SdlDefinition order_input(const ir::Entity& entity) {
  SdlDefinition order{Kind::Input, "", ir::graphql_names::order_type(entity.graphql_name)};
  order.fields.push_back(
      plain_field("field", ir::graphql_names::order_field_type(entity.graphql_name) + "!"));
  SdlField direction = plain_field("direction", "OrderDirection!");
  direction.default_value = "ASC";
  order.fields.push_back(direction);
  return order;
}

}  // namespace

std::vector<SdlArgument> pagination_arguments() {
  return {
      {"first", "Int", {}}, {"after", "String", {}}, {"last", "Int", {}}, {"before", "String", {}}};
}

std::vector<SdlArgument> connection_arguments(const ir::Entity& entity) {
  std::vector<SdlArgument> arguments = pagination_arguments();
  arguments.push_back({"filter", ir::graphql_names::filter_type(entity.graphql_name), {}});
  arguments.push_back({"orderBy", "[" + entity.graphql_name + "Order!]", {}});
  return arguments;
}

std::string connection_type_name(const ir::Entity& entity) {
  return ir::graphql_names::connection_type(entity.graphql_name);
}

std::vector<SdlDefinition> entity_list_types(const ir::Schema& schema, const ir::Entity& entity) {
  return {connection_type(entity), edge_type(entity), filter_input(schema, entity),
          order_input(entity), order_field_enum(entity)};
}

}  // namespace lys::emit::graphql
