// Access tokens for e2e requests: signed with the HS256 secret every test server is
// given (LYS_SECRET_KEY), with the issuer and audience the server expects by default.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lys::e2e {

// The secret test servers verify tokens with.
inline constexpr const char* kTestSecretKey = "lys-e2e-test-secret-0123456789abcdef";

struct TokenFor {
  std::string user_id;  // "sub"
  std::vector<std::string> roles{};
  std::optional<std::string> organization{};
  long long lifetime_seconds = 600;  // negative: already expired
};

std::string access_token(const TokenFor& who);
// The same claims signed with another secret: a forged token.
std::string forged_token(const TokenFor& who);

}  // namespace lys::e2e
