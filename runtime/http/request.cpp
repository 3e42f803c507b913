#include "http/request.h"

#include "codec/ascii.h"

namespace lys::http {

using codec::equals_ignoring_case;

bool lists_token(std::string_view value, std::string_view token) {
  while (!value.empty()) {
    std::size_t comma = value.find(',');
    std::string_view item = codec::trim_whitespace(value.substr(0, comma));
    value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    if (equals_ignoring_case(item, token)) return true;
  }
  return false;
}

std::optional<std::string_view> Request::header(std::string_view name) const {
  for (const auto& [field, value] : headers) {
    if (equals_ignoring_case(field, name)) return value;
  }
  return std::nullopt;
}

}  // namespace lys::http
