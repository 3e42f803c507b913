// Parsed JSON for assertions (cJSON), owned.
#pragma once

#include <cJSON.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lys::e2e {

using Json = std::unique_ptr<cJSON, decltype(&cJSON_Delete)>;

// Null when the text is not JSON.
inline Json parse_json(std::string_view text) {
  return Json(cJSON_ParseWithLength(text.data(), text.size()), cJSON_Delete);
}

// The first error's extensions.code, or "" when there is none.
inline std::string_view first_error_code(const cJSON* response) {
  const cJSON* errors = cJSON_GetObjectItemCaseSensitive(response, "errors");
  const cJSON* first = cJSON_GetArrayItem(errors, 0);
  const cJSON* extensions = cJSON_GetObjectItemCaseSensitive(first, "extensions");
  const cJSON* code = cJSON_GetObjectItemCaseSensitive(extensions, "code");
  return cJSON_IsString(code) ? code->valuestring : "";
}

// The value at `path`: member names and [index]es, e.g. "data.products.nodes[0].name"
// or "errors[0].extensions.field"; null when something on the way is missing.
const cJSON* at(const cJSON* root, std::string_view path);

// `text` as a JSON string literal (quotes and escapes); GraphQL reads it the same.
std::string json_string(std::string_view text);

// The value printed compactly ("" for a missing one): strings keep their quotes, so
// `print(at(json, "a")) == "null"` tells a JSON null from a missing member.
std::string print(const cJSON* value);

// The string at `path`, or "" when it is missing or not a string.
std::string text_at(const cJSON* root, std::string_view path);

// The string `member` of each element of the array `list`: the names of some nodes.
std::vector<std::string> texts_of(const cJSON* list, std::string_view member);

// The texts joined by single spaces: "Cable Camera Charger".
std::string joined(const std::vector<std::string>& texts);

}  // namespace lys::e2e
