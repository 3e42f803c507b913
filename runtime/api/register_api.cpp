#include "api/resolvers.h"

namespace lys::api {

std::shared_ptr<const query::Planner> register_api(graphql::Executor& executor,
                                                   const model::Model& model,
                                                   db::Database& database,
                                                   const ExternRegistry& externs,
                                                   ApiOptions options) {
  auto planner = std::make_shared<const query::Planner>(model, database.dialect());
  register_read_resolvers(executor, planner, database, options);
  register_mutation_resolvers(executor, model, planner, database, externs, options);
  if (has_sign_in(model)) register_sign_in_resolvers(executor, model, planner, database, options);
  return planner;
}

std::string internal_error_message(const std::exception& error, const ApiOptions& options) {
  return options.error_detail ? std::string("internal error: ") + error.what() : "internal error";
}

}  // namespace lys::api
