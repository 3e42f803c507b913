// A structured GraphQL input value (a JSON scalar given as an object or list
// literal) written as JSON text for a json column.
#pragma once

#include <string>
#include <string_view>

#include "lys/graphql/value.h"

namespace lys::api {

std::string to_json_text(const graphql::Value& value);

// `text` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);

}  // namespace lys::api
