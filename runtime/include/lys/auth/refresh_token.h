// Refresh tokens: opaque random strings. The client holds the token; the server stores
// only its SHA-256, so a leaked table does not leak usable tokens. Tokens rotate within
// a family (one sign-in); reuse of a rotated token revokes the whole family.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lys::auth {

struct RefreshToken {
  std::string token;  // 32 random bytes, base64url (43 characters): given to the client
  std::string hash;   // refresh_token_hash(token): what the server stores
};

RefreshToken new_refresh_token();

// The stored form of a token (64 lowercase hex digits), or nullopt when the text
// cannot be a token this module issued, so garbage never reaches the database.
std::optional<std::string> refresh_token_hash(std::string_view token);

// A new family id: a random UUID v4.
std::string new_token_family();

}  // namespace lys::auth
