#include "api/resolvers.h"

namespace lys::api {

void register_api(graphql::Executor& executor, const model::Model& model, db::Database& database,
                  const ExternRegistry& externs, ApiOptions options) {
  register_read_resolvers(executor, model, database, options);
  register_mutation_resolvers(executor, model, database, externs, options);
  if (has_sign_in(model)) register_sign_in_resolvers(executor, model, database, options);
}

std::string internal_error_message(const std::exception& error, const ApiOptions& options) {
  return options.error_detail ? std::string("internal error: ") + error.what() : "internal error";
}

}  // namespace lys::api
