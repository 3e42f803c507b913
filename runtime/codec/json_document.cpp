#include "codec/json_document.h"

namespace lys::codec {

JsonDocument parse_json_document(std::string_view text) {
  const char* end = nullptr;
  JsonDocument parsed(cJSON_ParseWithLengthOpts(text.data(), text.size(), &end, false),
                      cJSON_Delete);
  if (!parsed) return parsed;
  for (const char* p = end; p < text.data() + text.size(); ++p) {
    if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') return {nullptr, cJSON_Delete};
  }
  return parsed;
}

std::shared_ptr<const cJSON> parse_shared_json_document(std::string_view text) {
  JsonDocument parsed = parse_json_document(text);
  if (!parsed) return nullptr;
  return std::shared_ptr<const cJSON>(parsed.release(), cJSON_Delete);
}

}  // namespace lys::codec
