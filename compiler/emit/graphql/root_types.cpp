#include "compiler/emit/graphql/root_types.h"

#include "compiler/emit/graphql/entity_mutations.h"
#include "compiler/emit/graphql/entity_types.h"
#include "compiler/emit/graphql/exposure.h"
#include "compiler/emit/graphql/sign_in.h"
#include "compiler/emit/graphql/type_mapping.h"
#include "compiler/ir/naming.h"

namespace lys::emit::graphql {

namespace {

std::vector<SdlArgument> operation_arguments(const ir::Schema& schema,
                                             const ir::NamedOperation& operation) {
  std::vector<SdlArgument> arguments;
  for (const ir::Parameter& parameter : operation.parameters) {
    SdlArgument argument{parameter.graphql_name, input_type_name(schema, parameter.type), {}};
    std::optional<std::string> shown_default;
    if (parameter.default_value) {
      shown_default = default_literal(parameter.type, *parameter.default_value);
    }
    bool optional = parameter.nullable || (parameter.default_value && !shown_default);
    argument.type = non_null(argument.type, optional);
    if (shown_default) argument.default_value = *shown_default;
    arguments.push_back(argument);
  }
  return arguments;
}

// The root field of a named operation; nullopt when it has none: no rule allows it,
// or its result is an entity the API does not show.
std::optional<SdlField> named_operation_field(const ir::Schema& schema,
                                              const ir::NamedOperation& operation) {
  if (operation.rules.empty()) return std::nullopt;
  bool returns_entity = operation.result_type.kind == ir::Type::Kind::Reference;
  const ir::Entity* entity = exposed_target(schema, operation.result_type);
  if (returns_entity && entity == nullptr) return std::nullopt;

  SdlField field{
      operation.doc, operation.graphql_name, operation_arguments(schema, operation), "", {}};
  std::string element = output_type_name(schema, operation.result_type);
  switch (operation.result_shape) {
    case ir::ResultShape::Single:
      // A missing or denied object is null, whatever the declared result.
      field.type = non_null(element, operation.result_nullable || returns_entity);
      break;
    case ir::ResultShape::List:
      field.type = "[" + element + "!]!";
      break;
    case ir::ResultShape::Connection:
      if (entity == nullptr) return std::nullopt;  // only entities page
      for (SdlArgument& argument : pagination_arguments()) field.arguments.push_back(argument);
      field.type = connection_type_name(*entity) + "!";
      break;
  }
  return field;
}

void add_named_operations(const ir::Schema& schema, ir::OperationKind kind,
                          std::vector<SdlField>& fields) {
  for (const ir::NamedOperation& operation : schema.operations) {
    if (operation.kind != kind) continue;
    if (auto field = named_operation_field(schema, operation)) fields.push_back(*field);
  }
}

}  // namespace

SdlDefinition query_type(const ir::Schema& schema) {
  SdlDefinition query{SdlDefinition::Kind::Object, "", "Query"};
  query.fields.push_back(
      {"Fetches an object given its global id.", "node", {{"id", "ID!", {}}}, "Node", {}});
  query.fields.push_back({"Fetches objects given their global ids, in the same order.",
                          "nodes",
                          {{"ids", "[ID!]!", {}}},
                          "[Node]!",
                          {}});
  for (const ir::Entity& entity : schema.entities) {
    if (!is_exposed(entity) || !allows(entity, ir::Operation::Read)) continue;
    query.fields.push_back({"",
                            ir::naming::graphql_singular(entity.name),
                            {{"id", "ID!", {}}},
                            entity.graphql_name,
                            {}});
    query.fields.push_back({"",
                            entity.graphql_plural,
                            connection_arguments(entity),
                            connection_type_name(entity) + "!",
                            {}});
  }
  if (const ir::Entity* user = sign_in_user(schema)) query.fields.push_back(me_field(*user));
  add_named_operations(schema, ir::OperationKind::Query, query.fields);
  return query;
}

std::vector<SdlDefinition> mutation_type(const ir::Schema& schema) {
  SdlDefinition mutation{SdlDefinition::Kind::Object, "", "Mutation"};
  for (const ir::Entity& entity : schema.entities) {
    if (!is_exposed(entity)) continue;
    for (SdlField& field : entity_mutation_fields(entity)) mutation.fields.push_back(field);
  }
  if (sign_in_user(schema) != nullptr) {
    for (SdlField& field : sign_in_mutations()) mutation.fields.push_back(field);
  }
  add_named_operations(schema, ir::OperationKind::Mutation, mutation.fields);
  if (mutation.fields.empty()) return {};
  return {mutation};
}

}  // namespace lys::emit::graphql
