// The parts of the generated API, registered together by register_api over one planner
// (so one plan cache).
#pragma once

#include <memory>

#include "lys/api/api.h"
#include "lys/query/planner.h"

namespace lys::api {

// node, nodes, by-id fields, root and inverse connections, named queries.
void register_read_resolvers(graphql::Executor& executor,
                             std::shared_ptr<const query::Planner> planner, db::Database& database,
                             ApiOptions options = {});

// create/update/delete per entity, named mutations, extern operations.
void register_mutation_resolvers(graphql::Executor& executor, const model::Model& model,
                                 std::shared_ptr<const query::Planner> planner,
                                 db::Database& database, const ExternRegistry& externs,
                                 ApiOptions options = {});

// Whether the model has the auth app's users and refresh tokens: then the API has
// login, refreshToken, logout and me (sign_in_resolvers.cpp).
bool has_sign_in(const model::Model& model);
void register_sign_in_resolvers(graphql::Executor& executor, const model::Model& model,
                                std::shared_ptr<const query::Planner> planner,
                                db::Database& database, ApiOptions options);

// The error of a failure with no more specific answer: TOO_COMPLEX when the database
// refused the statement as beyond its limits, else INTERNAL, "internal error" with the
// detail only if asked. Without locations or path: the caller adds its field's.
graphql::Error unexpected_failure(const std::exception& failure, const ApiOptions& options);

}  // namespace lys::api
