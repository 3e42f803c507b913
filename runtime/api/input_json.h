// A structured GraphQL input value (a JSON scalar given as an object or list
// literal) written as JSON text for a json column.
#pragma once

#include <string>
#include <string_view>

#include "graphql/json_writer.h"
#include "lys/graphql/value.h"

namespace lys::api {

std::string to_json_text(const graphql::Value& value);

// `text` as a JSON string literal, quotes included (the engine's writer).
using graphql::append_json_string;

}  // namespace lys::api
