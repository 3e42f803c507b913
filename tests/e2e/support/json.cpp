#include "support/json.h"

#include <charconv>

namespace lys::e2e {

const cJSON* at(const cJSON* root, std::string_view path) {
  const cJSON* value = root;
  while (value != nullptr && !path.empty()) {
    if (path.front() == '.') path.remove_prefix(1);
    if (path.front() == '[') {
      std::size_t close = path.find(']');
      int index = -1;
      std::from_chars(path.data() + 1, path.data() + close, index);
      value = cJSON_GetArrayItem(value, index);
      path.remove_prefix(close + 1);
      continue;
    }
    std::size_t end = path.find_first_of(".[");
    std::string name(path.substr(0, end));
    value = cJSON_GetObjectItemCaseSensitive(value, name.c_str());
    path.remove_prefix(end == std::string_view::npos ? path.size() : end);
  }
  return value;
}

std::string print(const cJSON* value) {
  if (value == nullptr) return "";
  std::unique_ptr<char, decltype(&cJSON_free)> printed(cJSON_PrintUnformatted(value), cJSON_free);
  return printed.get();
}

std::string json_string(std::string_view text) {
  Json string(cJSON_CreateString(std::string(text).c_str()), cJSON_Delete);
  return print(string.get());
}

std::string text_at(const cJSON* root, std::string_view path) {
  const cJSON* value = at(root, path);
  return cJSON_IsString(value) ? value->valuestring : "";
}

std::vector<std::string> texts_of(const cJSON* list, std::string_view member) {
  std::vector<std::string> texts;
  const cJSON* element = nullptr;
  cJSON_ArrayForEach(element, list) texts.push_back(text_at(element, member));
  return texts;
}

std::string joined(const std::vector<std::string>& texts) {
  std::string text;
  for (const std::string& item : texts) text += (text.empty() ? "" : " ") + item;
  return text;
}

}  // namespace lys::e2e
