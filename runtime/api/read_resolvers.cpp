// The read half of the generated API: one root resolver per Query field the planner
// serves (node, nodes, by-id, connections, named queries), each running exactly one
// statement on a pooled connection and writing its JSON cell straight to `out`.
#include <memory>

#include "api/resolvers.h"
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
                                    db::Database& database, ApiOptions options) {
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
    } catch (const std::exception& failure) {
      graphql::Error error = unexpected_failure(failure, options);
      return field_error(std::move(error.message), std::move(error.code), field, context);
    }
  };
}

}  // namespace

void register_read_resolvers(graphql::Executor& executor,
                             std::shared_ptr<const query::Planner> planner, db::Database& database,
                             ApiOptions options) {
  for (const query::RootField& root : planner->root_fields()) {
    executor.set_resolver("Query", root.name, read_resolver(planner, database, options));
  }
}

}  // namespace lys::api
