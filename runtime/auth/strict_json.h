// Parsing a token's header and claims: exactly one JSON object, nothing after it, no
// member named twice (parsers disagree on which duplicate wins, so neither may count),
// no control character outside what RFC 8259 allows and no NUL in a string.
#pragma once

#include <cjson/cJSON.h>

#include <memory>
#include <string_view>

#include "lys/auth/jwt.h"

namespace lys::auth {

struct JsonDeleter {
  void operator()(cJSON* json) const { cJSON_Delete(json); }
};
using JsonPtr = std::unique_ptr<cJSON, JsonDeleter>;

struct ParsedObject {
  JsonPtr object;  // set when rejection is none
  Rejection rejection = Rejection::none;
};

ParsedObject parse_json_object(std::string_view text);

}  // namespace lys::auth
