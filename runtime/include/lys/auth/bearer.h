// Who a request is from: its `Authorization: Bearer <token>` header (RFC 6750 §2.1),
// verified as a lys access token and turned into the request's session. A request
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
  // Without a verifier the server has no key: every token is refused.
  explicit BearerAuthenticator(std::optional<JwtVerifier> verifier)
      : verifier_(std::move(verifier)) {}

  // `header`: the Authorization header's value, or nullptr when the request has none.
  Authentication authenticate(const char* header) const;

 private:
  std::optional<JwtVerifier> verifier_;
};

}  // namespace lys::auth
