#include "compiler/emit/graphql/entity_mutations.h"

#include <algorithm>

#include "compiler/emit/graphql/exposure.h"
#include "compiler/emit/graphql/type_mapping.h"
#include "compiler/ir/graphql_names.h"
#include "compiler/ir/naming.h"

namespace lys::emit::graphql {

namespace {

using Kind = SdlDefinition::Kind;

SdlField input_field(std::string name, std::string type, std::string description = "") {
  return SdlField{std::move(description), std::move(name), {}, std::move(type), {}};
}

// On create, a field is required unless it is nullable or has a default; a
// constant default is shown, a session default (current_user, now) makes it optional.
SdlField create_field(const ir::Schema& schema, const ir::Field& field) {
  SdlField input = input_field(field.graphql_name, input_type_name(schema, field.type), field.doc);
  std::optional<std::string> shown_default;
  if (field.default_value) shown_default = default_literal(field.type, *field.default_value);
  bool optional = field.nullable || (field.default_value && !shown_default);
  input.type = non_null(input.type, optional);
  if (shown_default) input.default_value = *shown_default;
  return input;
}

SdlDefinition create_input(const ir::Schema& schema, const ir::Entity& entity) {
  SdlDefinition input{Kind::Input, "",
                      ir::graphql_names::mutation_input_type("create", entity.graphql_name)};
  if (entity.kind == ir::EntityKind::Parametric) {
    input.fields.push_back(input_field("code", "String!", "The business code, never changed."));
  }
  for (const ir::Field& field : entity.fields) {
    if (is_settable(field)) input.fields.push_back(create_field(schema, field));
  }
  if (takes_password(entity)) {
    input.fields.push_back(input_field("password", "String!",
                                       "Stored only as a salted PBKDF2-SHA256 hash: at least 12 "
                                       "characters, not the email, not one character repeated."));
  }
  return input;
}

SdlDefinition update_input(const ir::Schema& schema, const ir::Entity& entity) {
  SdlDefinition input{Kind::Input, "Fields left out keep their value; null clears a nullable one.",
                      ir::graphql_names::mutation_input_type("update", entity.graphql_name)};
  input.fields.push_back(input_field("id", "ID!"));
  input.fields.push_back(
      input_field("version", "Int!", "The version read; a newer one makes the update fail."));
  for (const ir::Field& field : entity.fields) {
    if (!is_settable(field)) continue;
    input.fields.push_back(
        input_field(field.graphql_name, input_type_name(schema, field.type), field.doc));
  }
  return input;
}

SdlDefinition delete_input(const ir::Entity& entity) {
  SdlDefinition input{Kind::Input, "",
                      ir::graphql_names::mutation_input_type("delete", entity.graphql_name)};
  input.fields.push_back(input_field("id", "ID!"));
  return input;
}

SdlDefinition payload(const ir::Entity& entity) {
  SdlDefinition type{Kind::Object, "The result of a create or update mutation.",
                     ir::graphql_names::payload_type(entity.graphql_name)};
  type.fields.push_back(input_field(ir::naming::graphql_singular(entity.name), entity.graphql_name,
                                    "The object as stored; null when the caller may not read it."));
  return type;
}

SdlField mutation_field(const std::string& verb, const ir::Entity& entity,
                        const std::string& result) {
  std::string input = ir::graphql_names::mutation_input_type(verb, entity.graphql_name) + "!";
  return SdlField{"",
                  ir::graphql_names::mutation_field(verb, entity.graphql_name),
                  {{"input", input, {}}},
                  result,
                  {}};
}

}  // namespace

std::vector<SdlDefinition> entity_write_types(const ir::Schema& schema, const ir::Entity& entity) {
  std::vector<SdlDefinition> types;
  bool creates = allows(entity, ir::Operation::Create);
  bool updates = allows(entity, ir::Operation::Update);
  if (creates) types.push_back(create_input(schema, entity));
  if (updates) types.push_back(update_input(schema, entity));
  if (allows(entity, ir::Operation::Delete)) types.push_back(delete_input(entity));
  if (creates || updates) types.push_back(payload(entity));
  return types;
}

std::vector<SdlField> entity_mutation_fields(const ir::Entity& entity) {
  std::vector<SdlField> fields;
  std::string payload_type = ir::graphql_names::payload_type(entity.graphql_name) + "!";
  if (allows(entity, ir::Operation::Create)) {
    fields.push_back(mutation_field("create", entity, payload_type));
  }
  if (allows(entity, ir::Operation::Update)) {
    fields.push_back(mutation_field("update", entity, payload_type));
  }
  if (allows(entity, ir::Operation::Delete)) {
    fields.push_back(mutation_field("delete", entity, "DeletePayload!"));
  }
  return fields;
}

bool any_delete_allowed(const ir::Schema& schema) {
  return std::any_of(schema.entities.begin(), schema.entities.end(), [](const ir::Entity& entity) {
    return is_exposed(entity) && allows(entity, ir::Operation::Delete);
  });
}

}  // namespace lys::emit::graphql
