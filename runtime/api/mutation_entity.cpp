// createX / updateX / deleteX of one entity.
#include <fmt/format.h>

#include "api/input_json.h"
#include "api/input_row.h"
#include "api/mutation_access.h"
#include "api/mutation_error.h"
#include "api/mutation_object.h"
#include "api/mutation_payload.h"
#include "api/mutation_reference_probe.h"
#include "api/mutation_resolvers.h"
#include "api/mutation_run.h"
#include "lys/query/global_id.h"

namespace lys::api {

namespace {

const std::string kInputPrefix = "input.";

const graphql::Value& input_argument(const graphql::FieldSelection& field) {
  static const graphql::Value kMissing;
  const graphql::Value* input = field.argument("input");
  return input != nullptr ? *input : kMissing;
}

// INSERT or UPDATE of `row`; a missing referenced row is named even when the
// database does not say which (SQLite).
db::Rows write_row(const MutationServices& services, db::Connection& connection,
                   const Statement& statement, const model::Entity& entity, WriteKind write,
                   const InputRow& row) {
  try {
    return connection.query(statement.sql, statement.params);
  } catch (const db::Error& error) {
    if (error.kind() == db::ErrorKind::ForeignKeyViolation && error.constraint().empty()) {
      if (const model::Field* field = missing_reference(connection, *services.model, entity, row)) {
        throw_missing_reference(*field, kInputPrefix);
      }
    }
    throw_constraint_error(entity, error, write, kInputPrefix);
  }
}

// XPayload { x { … } } for the row `key`, read after the write.
void write_entity_payload(const MutationServices& services, db::Connection& connection, int entity,
                          std::string_view key, const graphql::FieldSelection& field,
                          const access::Session& session, std::string& out) {
  write_payload(
      field,
      [&](const graphql::FieldSelection& member, std::string& member_out) {
        services.write_object(connection, entity, key, member.selection, session, member_out);
      },
      out);
}

// After an update matched no row: the row is gone (or not the caller's to change), or
// someone else changed it first.
[[noreturn]] void throw_update_miss(db::Connection& connection, const WriteAccess& access,
                                    const UpdateRow& update) {
  const model::Entity& entity = *access.entity;
  Statement lookup = current_version_statement(
      entity, update.id, access.allowed_rows({&entity.permissions.update}, connection.dialect()));
  db::Rows rows = connection.query(lookup.sql, lookup.params);
  if (rows.empty()) throw_not_found(fmt::format("no {} with this id", entity.graphql_name));
  throw_conflict(fmt::format("stale version: the {} is at version {}, not {}", entity.graphql_name,
                             rows.text(0, 0), update.version));
}

graphql::RootResolver create_resolver(MutationServices services, int entity_index) {
  return [services, entity_index](const graphql::FieldSelection& field,
                                  graphql::ResolveContext& context, std::string& out) {
    return resolve_field(field, context, services.options, out, [&](std::string& value) {
      const model::Entity& entity =
          services.model->entities[static_cast<std::size_t>(entity_index)];
      WriteAccess access{services.model, &entity, &context.session};
      if (!access.may_ever(entity.permissions.create)) {
        throw_forbidden(fmt::format("not allowed to create a {}", entity.graphql_name));
      }
      InputRow row =
          create_row(*services.model, entity_index, input_argument(field), context.session);
      in_transaction(
          *services.database,
          [&](db::Connection& connection, std::string& payload) {
            db::Rows rows = write_row(services, connection, insert_statement(entity, row), entity,
                                      WriteKind::Insert, row);
            access.require_row(connection, entity.permissions.create, rows.text(0, 0));
            access.require_owner_assignable(connection, entity.permissions.create, rows.text(0, 0),
                                            row);
            write_entity_payload(services, connection, entity_index, rows.text(0, 0), field,
                                 context.session, payload);
          },
          value);
    });
  };
}

graphql::RootResolver update_resolver(MutationServices services, int entity_index) {
  return [services, entity_index](const graphql::FieldSelection& field,
                                  graphql::ResolveContext& context, std::string& out) {
    return resolve_field(field, context, services.options, out, [&](std::string& value) {
      const model::Entity& entity =
          services.model->entities[static_cast<std::size_t>(entity_index)];
      UpdateRow update = update_row(*services.model, entity_index, input_argument(field));
      WriteAccess access{services.model, &entity, &context.session};
      const std::vector<model::Rule>& rules = entity.permissions.update;
      in_transaction(
          *services.database,
          [&](db::Connection& connection, std::string& payload) {
            // The row as it was must be the caller's to change, and as it is now too.
            Statement statement =
                update_statement(entity, connection.dialect(), update,
                                 access.allowed_rows({&rules}, connection.dialect()));
            db::Rows rows = write_row(services, connection, statement, entity, WriteKind::Update,
                                      update.changes);
            if (rows.empty()) throw_update_miss(connection, access, update);
            access.require_row(connection, rules, rows.text(0, 0));
            access.require_owner_assignable(connection, rules, rows.text(0, 0), update.changes);
            write_entity_payload(services, connection, entity_index, rows.text(0, 0), field,
                                 context.session, payload);
          },
          value);
    });
  };
}

graphql::RootResolver delete_resolver(MutationServices services, int entity_index) {
  return [services, entity_index](const graphql::FieldSelection& field,
                                  graphql::ResolveContext& context, std::string& out) {
    return resolve_field(field, context, services.options, out, [&](std::string& value) {
      const model::Entity& entity =
          services.model->entities[static_cast<std::size_t>(entity_index)];
      std::string key = target_key(*services.model, entity_index, input_argument(field));
      WriteAccess access{services.model, &entity, &context.session};
      in_transaction(
          *services.database,
          [&](db::Connection& connection, std::string& payload) {
            Statement statement = delete_statement(
                entity, key,
                access.allowed_rows({&entity.permissions.remove}, connection.dialect()));
            db::Rows rows =
                execute_write(connection, statement, entity, WriteKind::Delete, kInputPrefix);
            if (rows.empty())
              throw_not_found(fmt::format("no {} with this id", entity.graphql_name));
            std::string deleted_id = query::encode_global_id(entity.graphql_name, rows.text(0, 0));
            write_payload(
                field,
                [&](const graphql::FieldSelection&, std::string& member_out) {
                  append_json_string(member_out, deleted_id);
                },
                payload);
          },
          value);
    });
  };
}

}  // namespace

void register_entity_mutations(graphql::Executor& executor, const MutationServices& services,
                               int entity_index) {
  const model::Entity& entity = services.model->entities[static_cast<std::size_t>(entity_index)];
  const model::Operations& allowed = entity.operations;
  if (allowed.create) {
    executor.set_resolver("Mutation", "create" + entity.graphql_name,
                          create_resolver(services, entity_index));
  }
  if (allowed.update) {
    executor.set_resolver("Mutation", "update" + entity.graphql_name,
                          update_resolver(services, entity_index));
  }
  if (allowed.remove) {
    executor.set_resolver("Mutation", "delete" + entity.graphql_name,
                          delete_resolver(services, entity_index));
  }
}

}  // namespace lys::api
