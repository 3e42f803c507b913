// The rules a schema built from SDL must satisfy (spec §3: type validation), beyond
// what building it checks.
#pragma once

#include "graphql/schema.h"

namespace lys::graphql {

// Throws std::invalid_argument naming the first broken rule.
void check_schema(const Schema& schema);

}  // namespace lys::graphql
