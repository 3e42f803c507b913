// A schema mutation acting on one row: `set` assignments (SQL templates from the
// model) with the version bump, or `delete`.
#include <fmt/format.h>

#include <stdexcept>

#include "api/input_json.h"
#include "api/input_value.h"
#include "api/mutation_access.h"
#include "api/mutation_error.h"
#include "api/mutation_object.h"
#include "api/mutation_resolvers.h"
#include "api/mutation_run.h"
#include "lys/query/global_id.h"

namespace lys::api {

namespace {

// A parameter checked like a field of its type.
model::Field parameter_field(const model::Model& model, const model::Parameter& parameter) {
  model::Field field;
  field.name = parameter.name;
  field.graphql_name = parameter.graphql_name;
  field.kind = parameter.kind;
  field.nullable = parameter.nullable;
  field.target = parameter.target;
  if (parameter.target >= 0) {
    const model::Field& key =
        model.entities[static_cast<std::size_t>(parameter.target)].fields.front();
    field.key_kind = key.kind;
    field.length = key.length;
  }
  return field;
}

// Every argument as a bound value, in parameter order; absent optional ones are null.
std::vector<db::Param> coerce_arguments(const model::Model& model,
                                        const model::NamedOperation& operation,
                                        const graphql::FieldSelection& field) {
  static const graphql::Value kNull;
  std::vector<db::Param> arguments;
  for (const model::Parameter& parameter : operation.parameters) {
    const graphql::Value* value = field.argument(parameter.graphql_name);
    arguments.push_back(coerce_input_value(model, parameter_field(model, parameter),
                                           value != nullptr ? *value : kNull,
                                           parameter.graphql_name));
  }
  return arguments;
}

// The result of a deleting mutation that returns no object.
void write_deleted_scalar(const model::NamedOperation& operation, const model::Entity& entity,
                          std::string_view key, std::string& out) {
  if (operation.result_kind == model::Kind::Bool) {
    out += "true";
  } else {
    append_json_string(out, query::encode_global_id(entity.graphql_name, key));
  }
}

struct NamedMutation {
  MutationServices services;
  const model::NamedOperation* operation;
  int entity_index;  // the target's entity

  void run(db::Connection& connection, const graphql::FieldSelection& field,
           const access::Session& session, std::vector<db::Param> arguments,
           std::string& out) const {
    const model::Entity& entity = services.model->entities[static_cast<std::size_t>(entity_index)];
    std::string key =
        std::get<std::string>(arguments[static_cast<std::size_t>(operation->target_parameter)]);
    auto write_result = [&](std::string& result) {
      if (operation->result_entity >= 0) {
        services.write_object(connection, entity_index, key, field.selection, session, result);
      } else {
        write_deleted_scalar(*operation, entity, key, result);
      }
    };
    // The row must pass the operation's rules and the entity's for the write; a row
    // it changes, the entity's update rules afterwards too.
    WriteAccess access{services.model, &entity, &session, &arguments};
    const std::vector<model::Rule>& entity_rules =
        operation->deletes ? entity.permissions.remove : entity.permissions.update;
    RowRestriction allowed =
        access.allowed_rows({&operation->rules, &entity_rules}, connection.dialect());
    // The object a delete returns is read before it goes.
    std::string result;
    if (operation->deletes) write_result(result);
    Statement statement = operation->deletes
                              ? delete_statement(entity, key, allowed)
                              : assignment_statement(entity, connection.dialect(), *operation, key,
                                                     arguments, allowed);
    WriteKind write = operation->deletes ? WriteKind::Delete : WriteKind::Update;
    if (execute_write(connection, statement, entity, write, std::nullopt).empty()) {
      throw_not_found(fmt::format("no {} with this id", entity.graphql_name));
    }
    if (!operation->deletes) {
      access.require_row(connection, entity_rules, key);
      write_result(result);
    }
    out += result;
  }
};

}  // namespace

void register_named_mutation(graphql::Executor& executor, const MutationServices& services,
                             const model::NamedOperation& operation) {
  if (operation.target_parameter < 0) {
    throw std::invalid_argument(
        fmt::format("mutation '{}' names no target parameter", operation.graphql_name));
  }
  const model::Parameter& target =
      operation.parameters[static_cast<std::size_t>(operation.target_parameter)];
  if (target.target < 0 ||
      (operation.result_entity >= 0 && operation.result_entity != target.target)) {
    throw std::invalid_argument(fmt::format(
        "mutation '{}' must return the entity of its target parameter", operation.graphql_name));
  }
  NamedMutation mutation{services, &operation, target.target};
  executor.set_resolver(
      "Mutation", operation.graphql_name,
      [mutation](const graphql::FieldSelection& field, graphql::ResolveContext& context,
                 std::string& out) {
        return resolve_field(
            field, context, mutation.services.options, out, [&](std::string& value) {
              const model::Entity& entity =
                  mutation.services.model
                      ->entities[static_cast<std::size_t>(mutation.entity_index)];
              WriteAccess access{mutation.services.model, &entity, &context.session};
              if (!access.may_ever(mutation.operation->rules)) {
                throw_forbidden(
                    fmt::format("not allowed to call {}", mutation.operation->graphql_name));
              }
              std::vector<db::Param> arguments =
                  coerce_arguments(*mutation.services.model, *mutation.operation, field);
              in_transaction(
                  *mutation.services.database,
                  [&](db::Connection& connection, std::string& result) {
                    mutation.run(connection, field, context.session, arguments, result);
                  },
                  value);
            });
      });
}

}  // namespace lys::api
