// The claims of a lys token (RFC 7519 §4.1, plus the two the server reads to build a
// session). Absent claims are not written; unknown claims in a token are ignored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lys::auth {

struct Claims {
  std::optional<std::string> subject;       // "sub": the user id
  std::optional<std::string> issuer;        // "iss"
  std::vector<std::string> audience;        // "aud": one (written as a string) or several
  std::optional<std::int64_t> expires;      // "exp", NumericDate (Unix seconds)
  std::optional<std::int64_t> not_before;   // "nbf"
  std::optional<std::int64_t> issued_at;    // "iat"
  std::optional<std::string> token_id;      // "jti"
  std::optional<std::string> organization;  // "org": the caller's current organization
  std::vector<std::string> roles;           // "roles": global role codes

  bool operator==(const Claims&) const = default;
};

}  // namespace lys::auth
