#include "support/tokens.h"

#include <chrono>

#include "lys/auth/jwt.h"

namespace lys::e2e {

std::string signed_token(const TokenFor& who, const std::string& secret,
                         const std::string& audience) {
  auto now = std::chrono::duration_cast<std::chrono::seconds>(
                 std::chrono::system_clock::now().time_since_epoch())
                 .count();
  auth::Claims claims;
  claims.subject = who.user_id;
  claims.issuer = "lys";
  claims.audience = {audience};
  claims.issued_at = now;
  claims.expires = now + who.lifetime_seconds;
  claims.organization = who.organization;
  claims.roles = who.roles;
  return auth::sign_jwt(claims, auth::Key::hs256(secret));
}

std::string access_token(const TokenFor& who) {
  return signed_token(who, kTestSecretKey, "lys");
}

std::string forged_token(const TokenFor& who) {
  return signed_token(who, "not-the-server-secret-0123456789abcdef", "lys");
}

}  // namespace lys::e2e
