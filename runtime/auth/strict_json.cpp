#include "auth/strict_json.h"

#include <set>
#include <string>

#include "codec/json_scan.h"

namespace lys::auth {
namespace {

bool has_duplicate_member(const cJSON* object) {
  std::set<std::string_view> names;
  for (const cJSON* member = object->child; member != nullptr; member = member->next) {
    if (!names.insert(member->string).second) return true;
  }
  return false;
}

bool only_whitespace(std::string_view rest) {
  return rest.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

ParsedObject parse_json_object(std::string_view text) {
  if (codec::json_holds_control_characters(text)) return {nullptr, Rejection::bad_json};
  const char* end = nullptr;
  JsonPtr json(cJSON_ParseWithLengthOpts(text.data(), text.size(), &end, false));
  // cJSON stops after the first value, leaving the rest behind.
  if (!json || end == nullptr || !only_whitespace(text.substr(end - text.data()))) {
    return {nullptr, Rejection::bad_json};
  }
  if (!cJSON_IsObject(json.get())) return {nullptr, Rejection::not_an_object};
  if (has_duplicate_member(json.get())) return {nullptr, Rejection::duplicate_member};
  return {std::move(json), Rejection::none};
}

}  // namespace lys::auth
