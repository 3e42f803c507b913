// How IR types and names appear in GraphQL: scalar names, type references, filter
// inputs, default values, and the derived names (camelCase singular, ENUM_CASE).
#pragma once

#include <optional>
#include <string>

#include "compiler/ir/ir.h"

namespace lys::emit::graphql {

// "String", "Int", "DateTime", … (built-in or one of the custom scalars).
std::string scalar_name(ir::ScalarType scalar);

// The named type a field of this type has in an object type: a scalar, an enum,
// the referenced object type, or ID (global id) when the target has no type.
std::string output_type_name(const ir::Schema& schema, const ir::Type& type);

// The named type an argument or input field of this type takes: references are ID.
std::string input_type_name(const ir::Schema& schema, const ir::Type& type);

// The operator input that filters a field of this type ("StringFilter",
// "ProductStatusFilter", "IDFilter"); empty when the type cannot be filtered.
std::string filter_input_name(const ir::Schema& schema, const ir::Type& type);

// `type` with `!` unless nullable.
std::string non_null(const std::string& type, bool nullable);

// The SDL literal for a default value of the given type; nullopt when it is not a
// constant the client could see (current_user, now, fixture references, JSON).
std::optional<std::string> default_literal(const ir::Type& type, const ir::Value& value);

// "productCategory" -> "ProductCategory".
std::string upper_camel(const std::string& name);
// "legacyCode" -> "LEGACY_CODE".
std::string enum_case(const std::string& camel_name);

}  // namespace lys::emit::graphql
