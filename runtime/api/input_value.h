// One input value → the value bound for its column: the field's type, length,
// precision, enum values and formats are checked here, before any statement runs.
#pragma once

#include <string>
#include <string_view>

#include "lys/db/connection.h"
#include "lys/graphql/value.h"
#include "lys/model/model.h"

namespace lys::api {

// The database value of `value` for `field`. Throws MutationError (BAD_USER_INPUT,
// extensions.field = `path`) when the value does not fit; null is accepted only for
// a nullable field.
db::Param coerce_input_value(const model::Model& model, const model::Field& field,
                             const graphql::Value& value, std::string_view path);

// The row key a global id names, checked to be a `entity` and of its key's form.
std::string decode_entity_id(const model::Model& model, int entity, const graphql::Value& value,
                             std::string_view path);

}  // namespace lys::api
