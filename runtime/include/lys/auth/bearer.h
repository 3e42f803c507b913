// Who a request is from: its `Authorization: Bearer <token>` header (RFC 6750 §2.1),
// verified as a lys access token (a user's session) or as an internal service token
// (the `internal` principal), and turned into the request's session. The two kinds
// have their own keys and audiences, so neither passes for the other. A request
// without the header is anonymous; one with a header that does not verify is refused,
// never downgraded to anonymous.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "lys/access/session.h"
#include "lys/auth/jwt.h"

namespace lys::auth {

struct Authentication {
  access::Session session;  // anonymous unless a token verified
  std::string error;        // empty when the request may proceed; else why it may not

  bool ok() const { return error.empty(); }
};

class BearerAuthenticator {
 public:
  // `users` verifies user access tokens, `services` internal service tokens; tokens of
  // a kind without a verifier are refused.
  explicit BearerAuthenticator(std::optional<JwtVerifier> users,
                               std::optional<JwtVerifier> services = std::nullopt)
      : users_(std::move(users)), services_(std::move(services)) {}

  // `header`: the Authorization header's value, if the request has one.
  Authentication authenticate(std::optional<std::string_view> header) const;

  // A user access token carried otherwise (the access cookie): service tokens are
  // refused.
  Authentication authenticate_user(std::string_view token) const;

 private:
  std::optional<JwtVerifier> users_;
  std::optional<JwtVerifier> services_;
};

}  // namespace lys::auth
