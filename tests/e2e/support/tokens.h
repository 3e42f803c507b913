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

// The key and audience of internal service tokens (LYS_INTERNAL_SECRET_KEY,
// LYS_INTERNAL_TOKEN_AUDIENCE's default) on servers that accept them.
inline constexpr const char* kTestInternalSecretKey = "lys-e2e-internal-secret-0123456789abcd";
inline constexpr const char* kInternalAudience = "lys-internal";

// `who`'s claims signed with any secret for any audience (issuer lys): service tokens
// (the subject names the service) and tokens of one kind dressed as the other.
std::string signed_token(const TokenFor& who, const std::string& secret,
                         const std::string& audience);

}  // namespace lys::e2e
