#include "api/input_global_id.h"

#include "api/input_scalars.h"

namespace lys::api {

std::string encode_global_id(std::string_view type, std::string_view id) {
  std::string plain;
  plain.reserve(type.size() + 1 + id.size());
  plain.append(type).append(":").append(id);
  return encode_base64(plain, Base64Alphabet::Url);
}

std::optional<GlobalId> decode_global_id(std::string_view text) {
  std::optional<std::string> plain = decode_base64(text, Base64Alphabet::Url);
  if (!plain) return std::nullopt;
  std::size_t colon = plain->find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == plain->size()) return std::nullopt;
  return GlobalId{plain->substr(0, colon), plain->substr(colon + 1)};
}

}  // namespace lys::api
