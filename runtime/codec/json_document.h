// One whole JSON text (RFC 8259 §2): a value with nothing but whitespace around it.
// cJSON stops after the first value, so `{"a":1} x` would otherwise parse.
#pragma once

#include <cJSON.h>

#include <memory>
#include <string_view>

namespace lys::codec {

using JsonDocument = std::unique_ptr<cJSON, decltype(&cJSON_Delete)>;

// Null when `text` is not exactly one JSON value.
JsonDocument parse_json_document(std::string_view text);

// The same, with shared ownership: parts of the document (a request's variables) can
// be handed on without copying, keeping the whole document alive.
std::shared_ptr<const cJSON> parse_shared_json_document(std::string_view text);

}  // namespace lys::codec
