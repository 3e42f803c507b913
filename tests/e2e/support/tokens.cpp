#include "support/tokens.h"

#include <chrono>

#include "lys/auth/jwt.h"

namespace lys::e2e {

namespace {

std::string signed_with(const TokenFor& who, const char* secret) {
  auto now = std::chrono::duration_cast<std::chrono::seconds>(
                 std::chrono::system_clock::now().time_since_epoch())
                 .count();
  auth::Claims claims;
  claims.subject = who.user_id;
  claims.issuer = "lys";
  claims.audience = {"lys"};
  claims.issued_at = now;
  claims.expires = now + who.lifetime_seconds;
  claims.organization = who.organization;
  claims.roles = who.roles;
  return auth::sign_jwt(claims, auth::Key::hs256(secret));
}

}  // namespace

std::string access_token(const TokenFor& who) {
  return signed_with(who, kTestSecretKey);
}

std::string forged_token(const TokenFor& who) {
  return signed_with(who, "not-the-server-secret-0123456789abcdef");
}

}  // namespace lys::e2e
