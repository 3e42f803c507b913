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

graphql::Error unexpected_failure(const std::exception& failure, const ApiOptions& options) {
  graphql::Error error;
  const auto* database_error = dynamic_cast<const db::Error*>(&failure);
  if (database_error != nullptr && database_error->kind() == db::ErrorKind::TooComplex) {
    error.code = "TOO_COMPLEX";
    error.message = "the query is too complex for the database to run; nest fewer relations";
  } else {
    error.code = "INTERNAL";
    error.message =
        options.error_detail ? std::string("internal error: ") + failure.what() : "internal error";
  }
  return error;
}

}  // namespace lys::api
