// How every mutation resolver runs: its work in one transaction of its own, every
// failure turned into the field's GraphQL error after the rollback.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "api/mutation_db_error.h"
#include "api/mutation_statements.h"
#include "api/resolvers.h"
#include "lys/db/database.h"
#include "lys/graphql/executor.h"

namespace lys::api {

// Runs `resolve`, which appends the field's JSON to `out`; a MutationError or a thrown
// graphql::Error becomes the field's error, anything else INTERNAL (with detail only
// as `options` say). `out` is left untouched on failure.
std::optional<graphql::Error> resolve_field(const graphql::FieldSelection& field,
                                            const graphql::ResolveContext& context,
                                            const ApiOptions& options, std::string& out,
                                            const std::function<void(std::string& out)>& resolve);

// Runs `work` in a transaction on a pooled connection and commits; whatever it throws
// rolls everything back. A serialization failure (a concurrent writer, SQLITE_BUSY)
// runs it again from the start, a few times. `work` appends to its own buffer, which
// `out` receives only on commit.
void in_transaction(db::Database& database,
                    const std::function<void(db::Connection& connection, std::string& out)>& work,
                    std::string& out);

// Runs one write; a constraint violation becomes the API's error (see
// throw_constraint_error).
db::Rows execute_write(db::Connection& connection, const Statement& statement,
                       const model::Entity& entity, WriteKind write,
                       const std::optional<std::string>& input_prefix);

}  // namespace lys::api
