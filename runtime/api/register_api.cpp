#include "api/resolvers.h"

namespace lys::api {

void register_api(graphql::Executor& executor, const model::Model& model, db::Database& database,
                  const ExternRegistry& externs) {
  register_read_resolvers(executor, model, database);
  register_mutation_resolvers(executor, model, database, externs);
}

}  // namespace lys::api
