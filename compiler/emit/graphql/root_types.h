// The root types: Query (node, nodes, by-id and list fields of readable entities, `me`,
// named queries) and Mutation (entity mutations, sign-in, named mutations).
#pragma once

#include <vector>

#include "compiler/emit/graphql/sdl_document.h"
#include "compiler/ir/ir.h"

namespace lys::emit::graphql {

SdlDefinition query_type(const ir::Schema& schema);

// Empty definitions list when no mutation is allowed at all (GraphQL has no empty types).
std::vector<SdlDefinition> mutation_type(const ir::Schema& schema);

}  // namespace lys::emit::graphql
