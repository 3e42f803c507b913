#include "lys/query/global_id.h"

#include "codec/base64.h"

namespace lys::query {

std::string base64url_encode(std::string_view bytes) {
  return codec::base64url(bytes);
}

std::optional<std::string> base64url_decode(std::string_view text) {
  return codec::base64url_decode(text);
}

std::string encode_global_id(std::string_view type, std::string_view raw_id) {
  std::string plain;
  plain.reserve(type.size() + 1 + raw_id.size());
  plain.append(type).append(":").append(raw_id);
  return base64url_encode(plain);
}

std::optional<GlobalId> decode_global_id(std::string_view id) {
  std::optional<std::string> plain = base64url_decode(id);
  if (!plain) return std::nullopt;
  std::size_t colon = plain->find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == plain->size()) return std::nullopt;
  return GlobalId{plain->substr(0, colon), plain->substr(colon + 1)};
}

}  // namespace lys::query
