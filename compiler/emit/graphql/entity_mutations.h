// The write side of one entity in GraphQL: the inputs and payload of its create,
// update and delete mutations, and the root fields themselves. Only the operations
// some rule allows exist (no rule = denied = no field).
#pragma once

#include <vector>

#include "compiler/emit/graphql/sdl_document.h"
#include "compiler/ir/ir.h"

namespace lys::emit::graphql {

// CreateXInput, UpdateXInput, DeleteXInput and XPayload, as far as allowed.
std::vector<SdlDefinition> entity_write_types(const ir::Schema& schema, const ir::Entity& entity);

// createX, updateX, deleteX, as far as allowed.
std::vector<SdlField> entity_mutation_fields(const ir::Entity& entity);

// Whether any entity of the schema may be deleted (DeletePayload is needed).
bool any_delete_allowed(const ir::Schema& schema);

}  // namespace lys::emit::graphql
