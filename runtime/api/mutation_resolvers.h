// The three kinds of mutation resolvers register_mutation_resolvers installs.
#pragma once

#include "api/mutation_object.h"
#include "lys/api/api.h"

namespace lys::api {

// What every mutation resolver holds; the model and database outlive the executor.
struct MutationServices {
  const model::Model* model = nullptr;
  db::Database* database = nullptr;
  ObjectWriter write_object;
  ApiOptions options;
};

// createX / updateX / deleteX, as the entity's operations allow.
void register_entity_mutations(graphql::Executor& executor, const MutationServices& services,
                               int entity);

// A schema mutation with `set` assignments or `delete`, acting on its target's row.
void register_named_mutation(graphql::Executor& executor, const MutationServices& services,
                             const model::NamedOperation& operation);

// An `extern` query or mutation: the user's function registered under its name.
// Throws std::invalid_argument when there is none.
void register_extern_operation(graphql::Executor& executor, const MutationServices& services,
                               const model::NamedOperation& operation,
                               const ExternRegistry& externs);

}  // namespace lys::api
