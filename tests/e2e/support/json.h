// Parsed JSON for assertions (cJSON), owned.
#pragma once

#include <cJSON.h>

#include <memory>
#include <string_view>

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

}  // namespace lys::e2e
