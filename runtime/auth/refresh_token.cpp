#include "lys/auth/refresh_token.h"

#include "auth/random_bytes.h"
#include "codec/base64.h"
#include "codec/digest.h"
#include "lys/db/ids.h"

namespace lys::auth {
namespace {

constexpr std::size_t kTokenBytes = 32;

}  // namespace

RefreshToken new_refresh_token() {
  std::string token = codec::base64url(random_bytes(kTokenBytes));
  std::string hash = codec::sha256_hex(token);
  return {std::move(token), std::move(hash)};
}

std::optional<std::string> refresh_token_hash(std::string_view token) {
  const std::optional<std::string> bytes = codec::base64url_decode(token);
  if (!bytes || bytes->size() != kTokenBytes) return std::nullopt;
  return codec::sha256_hex(token);
}

std::string new_token_family() {
  return db::random_uuid();
}

}  // namespace lys::auth
