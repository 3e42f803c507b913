// Introspection (spec §4): the engine answers __schema and __type itself, walking the
// schema along the field's selection and writing JSON.
#pragma once

#include <string>

#include "graphql/schema.h"
#include "lys/graphql/selection.h"

namespace lys::graphql {

// Writes the value of a root `__schema` or `__type(name:)` field.
void write_introspection_field(const Schema& schema, const FieldSelection& field, std::string& out);

}  // namespace lys::graphql
