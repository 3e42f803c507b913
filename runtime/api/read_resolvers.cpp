#include "api/read_resolvers.h"

#include <memory>

#include "lys/query/planner.h"

namespace lys::api {

namespace {

graphql::Error field_error(std::string message, std::string code,
                           const graphql::FieldSelection& field,
                           const graphql::ResolveContext& context) {
  graphql::Error error;
  error.message = std::move(message);
  error.code = std::move(code);
  error.locations.push_back(field.location);
  error.path = context.path;
  return error;
}

graphql::RootResolver read_resolver(std::shared_ptr<const query::Planner> planner,
                                    db::Database& database, ReadOptions options) {
  return [planner = std::move(planner), &database, options](
             const graphql::FieldSelection& field, graphql::ResolveContext& context,
             std::string& out) -> std::optional<graphql::Error> {
    try {
      std::optional<query::Statement> statement = planner->plan_root(field, context.session);
      if (!statement) {
        out += "null";
        return std::nullopt;
      }
      db::Database::Lease connection = database.acquire();
      query::run(*connection, *statement, out);
      return std::nullopt;
    } catch (const query::InputError& error) {
      return field_error(error.what(), "BAD_USER_INPUT", field, context);
    } catch (const std::exception& error) {
      return field_error(options.error_detail ? error.what() : "internal error", "INTERNAL", field,
                         context);
    }
  };
}

}  // namespace

void register_read_resolvers(graphql::Executor& executor, const model::Model& model,
                             db::Database& database, ReadOptions options) {
  auto planner = std::make_shared<const query::Planner>(model, database.dialect());
  for (const query::RootField& root : planner->root_fields()) {
    executor.set_resolver("Query", root.name, read_resolver(planner, database, options));
  }
}

void register_read_resolvers(graphql::Executor& executor, const model::Model& model,
                             db::Database& database) {
  register_read_resolvers(executor, model, database, ReadOptions{});
}

}  // namespace lys::api
