#include "auth/strict_json.h"

#include <cstddef>
#include <set>
#include <string>

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

// RFC 8259 allows no raw control character in a string (§7) and only space, tab, line
// feed and carriage return between tokens (§2); cJSON lets both through. It also keeps
// strings and member names as C strings, so a NUL, raw or escaped, would cut one short:
// a "sub" of "admin\u0000x" read as "admin".
bool free_of_control_characters(std::string_view text) {
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!in_string) {
      if (c == '"') in_string = true;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
    } else if (c < 0x20) {
      return false;
    } else if (c == '\\') {
      if (text.substr(i + 1, 5) == "u0000") return false;
      ++i;  // the escaped character, so that \" does not end the string
    } else if (c == '"') {
      in_string = false;
    }
  }
  return true;
}

}  // namespace

ParsedObject parse_json_object(std::string_view text) {
  if (!free_of_control_characters(text)) return {nullptr, Rejection::bad_json};
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
