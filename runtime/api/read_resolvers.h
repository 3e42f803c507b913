// The read half of the generated API: one root resolver per Query field the planner
// serves (node, nodes, by-id, connections, named queries), each running exactly one
// statement on a pooled connection and writing its JSON cell straight to `out`.
#pragma once

#include "api/resolvers.h"

namespace lys::api {

struct ReadOptions {
  // Database error messages in INTERNAL errors: only in dev, never elsewhere.
  bool error_detail = false;
};

void register_read_resolvers(graphql::Executor& executor, const model::Model& model,
                             db::Database& database, ReadOptions options);

}  // namespace lys::api
