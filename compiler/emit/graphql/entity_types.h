// The read side of one entity in GraphQL: its object type (implementing Node), its
// connection and edge types, and the filter and order inputs its lists accept.
#pragma once

#include <vector>

#include "compiler/emit/graphql/inverse_connections.h"
#include "compiler/emit/graphql/sdl_document.h"
#include "compiler/ir/ir.h"

namespace lys::emit::graphql {

// type X implements Node.
SdlDefinition entity_object_type(const ir::Schema& schema, const ir::Entity& entity,
                                 const InverseConnections& inverses);

// XConnection, XEdge, XFilter, XOrder, XOrderField, in that order.
std::vector<SdlDefinition> entity_list_types(const ir::Schema& schema, const ir::Entity& entity);

// first, after, last, before: Relay cursor pagination.
std::vector<SdlArgument> pagination_arguments();

// Pagination plus `filter: XFilter` and `orderBy: [XOrder!]`.
std::vector<SdlArgument> connection_arguments(const ir::Entity& entity);

std::string connection_type_name(const ir::Entity& entity);

}  // namespace lys::emit::graphql
