// The GraphQL names lys derives from the schema's names, in one place: the SDL
// generator writes them, sema reserves them (so an entity called `PageInfo`, or one
// called `ProductEdge` beside `Product`, is an error instead of an invalid SDL), and
// the C++ generator refers to them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lys::ir::graphql_names {

// For an entity's GraphQL type name `T`:
std::string connection_type(std::string_view type);   // TConnection
std::string edge_type(std::string_view type);         // TEdge
std::string filter_type(std::string_view type);       // TFilter (also for enums and scalars)
std::string order_type(std::string_view type);        // TOrder
std::string order_field_type(std::string_view type);  // TOrderField
std::string payload_type(std::string_view type);      // TPayload
// verb is "create", "update" or "delete".
std::string mutation_input_type(std::string_view verb, std::string_view type);  // CreateTInput
std::string mutation_field(std::string_view verb, std::string_view type);       // createT

// Types and root fields every lys schema has, whatever it declares, and those of signing
// in with the auth app, reserved in every schema so that adding the app breaks none.
const std::vector<std::string>& fixed_types();  // Query, Node, PageInfo, scalars, their filters…
const std::vector<std::string>& fixed_root_fields();      // node, nodes, me
const std::vector<std::string>& fixed_mutation_fields();  // login, refreshToken, logout

}  // namespace lys::ir::graphql_names
