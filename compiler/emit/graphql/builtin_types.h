// The definitions every generated schema starts with, whatever its entities: the
// Relay Node interface and PageInfo, OrderDirection, the custom scalars, and the
// operator inputs that filter one field of each type.
#pragma once

#include <string>
#include <vector>

#include "compiler/emit/graphql/sdl_document.h"

namespace lys::emit::graphql {

std::vector<SdlDefinition> relay_types();
std::vector<SdlDefinition> custom_scalars();
std::vector<SdlDefinition> operator_filters();

// The filter input of one enum type (equality and membership).
SdlDefinition enum_filter(const std::string& enum_name);

// `type DeletePayload { deletedId: ID! }`, the result of every delete mutation.
SdlDefinition delete_payload();

}  // namespace lys::emit::graphql
