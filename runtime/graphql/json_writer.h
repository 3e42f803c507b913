// Writes response JSON into a string buffer: escaped strings and GraphQL errors.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lys/graphql/value.h"

namespace lys::graphql {

// Appends `text` as a JSON string: quotes, backslashes and control characters escaped,
// invalid UTF-8 replaced by U+FFFD so the body is always valid JSON.
void append_json_string(std::string& out, std::string_view text);

// Appends {"message":…,"locations":[…],"path":[…],"extensions":{"code":…}}.
void append_error(std::string& out, const Error& error);

// Appends "errors":[…] (without a leading comma).
void append_errors_member(std::string& out, const std::vector<Error>& errors);

}  // namespace lys::graphql
