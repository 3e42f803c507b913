#include "lys/query/global_id.h"

#include "codec/base64.h"
#include "codec/seal.h"

namespace lys::query {

namespace {

std::optional<std::string> unseal_base64url(std::string_view text) {
  std::optional<std::string> sealed = codec::base64url_decode(text);
  if (!sealed) return std::nullopt;
  return codec::unseal(*sealed);
}

}  // namespace

void set_id_secret(std::string_view secret) {
  codec::set_seal_secret(secret);
}

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
  return codec::base64url(codec::seal(plain));
}

std::optional<GlobalId> decode_global_id(std::string_view id) {
  std::optional<std::string> plain = unseal_base64url(id);
  if (!plain) return std::nullopt;
  std::size_t colon = plain->find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == plain->size()) return std::nullopt;
  return GlobalId{plain->substr(0, colon), plain->substr(colon + 1)};
}

std::string encode_cursor(std::string_view json_array) {
  return codec::base64url(codec::seal(json_array));
}

std::optional<std::string> decode_cursor_json(std::string_view cursor) {
  return unseal_base64url(cursor);
}

}  // namespace lys::query
